using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Parcours;
using Sillage.Domaine.Securite;
using Sillage.Domaine.Temps;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Enfants;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Parcours;

/// <summary>One objective as typed (page form and API body); a row with an empty objective is ignored.</summary>
public sealed class SaisieObjectif
{
    public string? Domaine { get; set; }
    public string? Objectif { get; set; }
    public string? Actions { get; set; }
    public string? Qui { get; set; }
    public string? Quand { get; set; }
}

/// <summary>What the référent writes: the project itself (everything else is prefilled from the file).</summary>
public sealed class SaisiePpe
{
    /// <summary>The version being edited and its concurrency token; empty = start a new version.</summary>
    public int? PpeId { get; set; }
    public int? Version { get; set; }
    public string? BesoinsEnfant { get; set; }
    public string? PersonneConfiance { get; set; }
    public DateOnly? DateBilanSante { get; set; }
    public string? BilanSante { get; set; }
    public string? ProjetAutonomie { get; set; }
    public string? ParoleEnfant { get; set; }
    public string? ParoleParents { get; set; }
    public List<SaisieObjectif> Objectifs { get; set; } = [];
}

public sealed class SaisieSignature
{
    public string? Qualite { get; set; }
    public int? ParentId { get; set; }
    public string? Nom { get; set; }
    public DateOnly? Date { get; set; }
}

public sealed record ObjectifVue(int Id, string Domaine, string Objectif, string? Actions, string? Qui, string? Quand);
public sealed record SignatureVue(string Qualite, string Libelle, string Nom, DateOnly Date);
public sealed record DestinataireVue(string Destinataire, DateOnly Date, string? EnregistrePar);

/// <summary>One version of a PPE as the page, the API and the printed document show it.</summary>
public sealed record VersionPpe(int Id, int Numero, int Version, DateOnly? DateRedaction, string? RedigePar, DateOnly? DateSignature,
    string? BesoinsEnfant, string? PersonneConfiance, DateOnly? DateBilanSante, string? BilanSante, string? ProjetAutonomie, string? ParoleEnfant, string? ParoleParents,
    IReadOnlyList<ObjectifVue> Objectifs, IReadOnlyList<SignatureVue> Signatures, IReadOnlyList<DestinataireVue> Destinataires)
{
    public bool Modifiable => ReglesPpe.Modifiable(Signatures.Count) && DateSignature is null;
}

/// <summary>The child's PPE: what Sillage knows (prefilled) and the versions written.</summary>
public sealed record DossierPpe(VueDossier Dossier, int Age, bool ProjetAutonomieAttendu, IReadOnlyList<VersionPpe> Versions)
{
    public VersionPpe? Derniere => Versions.Count == 0 ? null : Versions[^1];
}

/// <summary>
/// The projet pour l'enfant (CASF L223-1-1): prefilled from the file, written in versions (a signed version
/// is frozen, a change makes the next one), signed by the parents, the child and the département, given
/// to recipients (each one logged), printed. Same service for the pages and the API.
/// </summary>
public sealed class ServicePpe(SillageDbContext db, PorteeAcces portee, DossierEnfant dossiers, JournalAudit audit)
{
    private static DateOnly Aujourdhui => DateOnly.FromDateTime(DateTime.Today);

    /// <summary>Null when the child is outside the user's territories (404; the attempt is audited).</summary>
    public async Task<DossierPpe?> OuvrirAsync(int enfantId, CancellationToken ct = default)
    {
        if (!await PeutModifierAsync(enfantId, ct)) return null;
        var vue = await dossiers.OuvrirAsync(enfantId, "ppe", ct);
        if (vue is null) return null;
        var ppes = await db.Ppes.AsNoTracking().Include(p => p.Objectifs).Include(p => p.Signatures)
            .Where(p => p.EnfantId == enfantId).OrderBy(p => p.Numero).ThenBy(p => p.Id).ToListAsync(ct);
        var ids = ppes.Select(p => p.Id).ToList();
        var destinataires = (await db.Destinataires.AsNoTracking().Where(d => d.Document == "PPE" && ids.Contains(d.DocumentId)).OrderBy(d => d.Date).ThenBy(d => d.Id).ToListAsync(ct))
            .ToLookup(d => d.DocumentId);
        var versions = ppes.Select(p => Vue(p, destinataires[p.Id])).ToList();
        var age = Ages.AgeAu(vue.Enfant.DateNaissance, Aujourdhui);
        return new DossierPpe(vue, age, ReglesPpe.ProjetAutonomieAttendu(vue.Enfant.DateNaissance, Aujourdhui), versions);
    }

    private static VersionPpe Vue(ProjetPourEnfant p, IEnumerable<DestinataireDocument> destinataires) => new(p.Id, p.Numero, p.Version, p.DateRedaction, p.RedigePar, p.DateSignature,
        p.BesoinsEnfant, p.PersonneConfiance, p.DateBilanSante, p.BilanSante, p.ProjetAutonomie, p.ParoleEnfant, p.ParoleParents,
        p.Objectifs.OrderBy(o => Ordre(o.Domaine)).ThenBy(o => o.Ordre).Select(o => new ObjectifVue(o.Id, o.Domaine, o.Objectif, o.Actions, o.Qui, o.Quand)).ToList(),
        p.Signatures.OrderBy(s => s.Date).ThenBy(s => s.Id).Select(s => new SignatureVue(s.Qualite, ReglesPpe.Signataires.GetValueOrDefault(s.Qualite, s.Qualite), s.Nom, s.Date)).ToList(),
        destinataires.Select(d => new DestinataireVue(d.Destinataire, d.Date, d.EnregistrePar)).ToList());

    private static int Ordre(string domaine) => ReglesPpe.Domaines.Keys.ToList().IndexOf(domaine);

    private async Task<bool> PeutModifierAsync(int enfantId, CancellationToken ct) =>
        await (await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct)).AnyAsync(e => e.Id == enfantId, ct);

    /// <summary>
    /// Writes the project: the latest version while nobody signed it (stale version refused), else a new
    /// version (copying nothing implicitly: the form comes prefilled with the previous one). Null = child not visible.
    /// </summary>
    public async Task<(ProjetPourEnfant? Ppe, List<ErreurValidation>? Erreurs)> EnregistrerAsync(int enfantId, SaisiePpe s, string? auteur, CancellationToken ct = default)
    {
        if (!await PeutModifierAsync(enfantId, ct)) return (null, null);
        var naissance = await db.Enfants.Where(e => e.Id == enfantId).Select(e => e.DateNaissance).SingleAsync(ct);
        var erreurs = new List<ErreurValidation>();
        var objectifs = s.Objectifs.Where(o => !string.IsNullOrWhiteSpace(o.Objectif)).ToList();
        for (var i = 0; i < s.Objectifs.Count; i++)
        {
            var o = s.Objectifs[i];
            if (string.IsNullOrWhiteSpace(o.Objectif))
            {
                if (!string.IsNullOrWhiteSpace(o.Actions) || !string.IsNullOrWhiteSpace(o.Qui) || !string.IsNullOrWhiteSpace(o.Quand))
                    erreurs.Add(new($"Objectifs[{i}].Objectif", "Objectif : décrivez l'objectif auquel se rattachent ces actions."));
                continue;
            }
            if (o.Domaine is null || !ReglesPpe.Domaines.ContainsKey(o.Domaine))
                erreurs.Add(new($"Objectifs[{i}].Domaine", "Domaine : choisissez l'un des trois domaines du projet (CASF D223-15)."));
            if (string.IsNullOrWhiteSpace(o.Qui) || string.IsNullOrWhiteSpace(o.Quand))
                erreurs.Add(new($"Objectifs[{i}].Qui", $"Objectif « {Court(o.Objectif!)} » : indiquez qui agit et quand (CASF D223-15)."));
        }
        if (objectifs.Count == 0) erreurs.Add(new("Objectifs", "Objectifs : le projet contient au moins un objectif (CASF D223-15)."));
        foreach (var i in Domaine.Regles.Invariants.FaitAccompli("Bilan de santé", s.DateBilanSante, Aujourdhui))
            erreurs.Add(new(nameof(s.DateBilanSante), i.Message));
        if (s.DateBilanSante is { } b && b < naissance) erreurs.Add(new(nameof(s.DateBilanSante), "Bilan de santé : la date précède la naissance de l'enfant."));
        if (erreurs.Count > 0) return (null, erreurs);

        var derniere = await db.Ppes.Include(p => p.Objectifs).Include(p => p.Signatures).Where(p => p.EnfantId == enfantId)
            .OrderByDescending(p => p.Numero).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        ProjetPourEnfant ppe;
        if (derniere is not null && ReglesPpe.Modifiable(derniere.Signatures.Count) && derniere.DateSignature is null)
        {
            if (s.PpeId != derniere.Id || s.Version != derniere.Version)
                return (null, [new(ErreurValidation.ChampVersion, "Ce projet a été modifié par quelqu'un d'autre entre-temps : rien n'a été enregistré, rechargez la page.")]);
            ppe = derniere;
            db.Entry(ppe).Property(p => p.Version).OriginalValue = s.Version.Value;
            db.ObjectifsPpe.RemoveRange(ppe.Objectifs);
            ppe.Objectifs = [];
        }
        else
        {
            if (derniere is not null && s.PpeId is not null && s.PpeId != derniere.Id)
                return (null, [new(ErreurValidation.ChampVersion, "Une version plus récente de ce projet existe : rien n'a été enregistré, rechargez la page.")]);
            var numeros = await db.Ppes.Where(p => p.EnfantId == enfantId).Select(p => p.Numero).ToListAsync(ct);
            ppe = new ProjetPourEnfant { EnfantId = enfantId, Numero = ReglesPpe.NumeroSuivant(numeros), PrecedentId = derniere?.Id };
            db.Ppes.Add(ppe);
        }
        ppe.DateRedaction = Aujourdhui;
        ppe.RedigePar = auteur;
        ppe.BesoinsEnfant = Net(s.BesoinsEnfant);
        ppe.PersonneConfiance = Net(s.PersonneConfiance);
        ppe.DateBilanSante = s.DateBilanSante;
        ppe.BilanSante = Net(s.BilanSante);
        ppe.ProjetAutonomie = Net(s.ProjetAutonomie);
        ppe.ParoleEnfant = Net(s.ParoleEnfant);
        ppe.ParoleParents = Net(s.ParoleParents);
        var ordre = 0;
        foreach (var o in objectifs)
            ppe.Objectifs.Add(new ObjectifPpe { Ordre = ordre++, Domaine = o.Domaine!, Objectif = o.Objectif!.Trim(), Actions = Net(o.Actions), Qui = Net(o.Qui), Quand = Net(o.Quand) });
        // A change of objectives only is still a new state of the version: its token moves.
        if (db.Entry(ppe).State == EntityState.Unchanged) db.Entry(ppe).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, [new(ErreurValidation.ChampVersion, "Ce projet a été modifié par quelqu'un d'autre entre-temps : rien n'a été enregistré, rechargez la page.")]);
        }
        if (ppe.Numero > 1)
            await audit.EnregistrerAsync(TypeEvenementAudit.NouvelleVersionPpe, nameof(ProjetPourEnfant), ppe.Id.ToString(), new { ppe.Numero, ppe.PrecedentId }, ct: ct);
        return (ppe, []);
    }

    /// <summary>Records a signature (rules of <see cref="ReglesPpe.Signature"/>); the département's makes the PPE « signé ». Null = not found.</summary>
    public async Task<List<ErreurValidation>?> SignerAsync(int ppeId, SaisieSignature s, CancellationToken ct = default)
    {
        var ppe = await db.Ppes.Include(p => p.Signatures).Include(p => p.Objectifs).FirstOrDefaultAsync(p => p.Id == ppeId, ct);
        if (ppe is null || !await PeutModifierAsync(ppe.EnfantId, ct)) return null;
        var enfant = await db.Enfants.AsNoTracking().Where(e => e.Id == ppe.EnfantId).Select(e => new { e.DateNaissance, e.Prenoms, e.Nom }).SingleAsync(ct);
        var dernier = await db.Ppes.Where(p => p.EnfantId == ppe.EnfantId).MaxAsync(p => p.Numero, ct);
        Parent? parent = s.ParentId is { } pid ? await db.Parents.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid && p.EnfantId == ppe.EnfantId, ct) : null;
        var version = new ReglesPpe.VersionASigner(ppe.Numero, dernier, ppe.DateRedaction ?? DateOnly.MinValue, enfant.DateNaissance, ppe.Objectifs.Count,
            !string.IsNullOrWhiteSpace(ppe.ProjetAutonomie), ppe.Signatures.Select(x => (x.Qualite, x.ParentId)).ToList());
        var erreurs = ReglesPpe.Signature(version, s.Qualite, s.Qualite == ReglesPpe.SignataireParent ? parent?.Id ?? s.ParentId : null, parent?.AutoriteParentale == true, s.Date, Aujourdhui);
        if (s.Qualite == ReglesPpe.SignataireParent && s.ParentId is not null && parent is null)
            erreurs.Add(new("ParentId", "Parent : il doit être un parent enregistré de cet enfant."));
        if (s.Qualite == ReglesPpe.SignataireDepartement && string.IsNullOrWhiteSpace(s.Nom))
            erreurs.Add(new("Nom", "Nom : indiquez qui signe pour le département (le président du conseil départemental ou son délégataire)."));
        if (erreurs.Count > 0) return erreurs;
        var nom = s.Qualite switch
        {
            ReglesPpe.SignataireParent => $"{parent!.Prenoms} {parent.Nom}",
            ReglesPpe.SignataireEnfant => $"{enfant.Prenoms} {enfant.Nom}",
            _ => s.Nom!.Trim(),
        };
        ppe.Signatures.Add(new SignaturePpe { Qualite = s.Qualite!, ParentId = s.Qualite == ReglesPpe.SignataireParent ? parent!.Id : null, Nom = nom, Date = s.Date!.Value });
        if (s.Qualite == ReglesPpe.SignataireDepartement) ppe.DateSignature = s.Date;
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerAsync(TypeEvenementAudit.SignaturePpe, nameof(ProjetPourEnfant), ppe.Id.ToString(), new { s.Qualite, s.Date }, ct: ct);
        return [];
    }

    /// <summary>Logs that the PPE was given to someone (D223-17: the parents, the child, the judge, the lieu…).</summary>
    public async Task<List<ErreurValidation>?> DiffuserAsync(int ppeId, string? destinataire, DateOnly? date, string? auteur, CancellationToken ct = default)
    {
        var ppe = await db.Ppes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == ppeId, ct);
        if (ppe is null || !await PeutModifierAsync(ppe.EnfantId, ct)) return null;
        var erreurs = new List<ErreurValidation>();
        if (string.IsNullOrWhiteSpace(destinataire)) erreurs.Add(new("Destinataire", "Destinataire : indiquez à qui le projet a été remis."));
        if (date is null) erreurs.Add(new("DateRemise", "Date de remise : valeur obligatoire (JJ/MM/AAAA)."));
        else if (date > Aujourdhui) erreurs.Add(new("DateRemise", "Date de remise : elle ne peut pas être dans le futur (fait accompli)."));
        if (erreurs.Count > 0) return erreurs;
        db.Destinataires.Add(new DestinataireDocument { EnfantId = ppe.EnfantId, Document = "PPE", DocumentId = ppe.Id, Destinataire = destinataire!.Trim(), Date = date!.Value, EnregistrePar = auteur });
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerAsync(TypeEvenementAudit.DiffusionPpe, nameof(ProjetPourEnfant), ppe.Id.ToString(), new { date }, ct: ct);
        return [];
    }

    /// <summary>The model of the printed document for one version (null = not visible); the printing is audited.</summary>
    public async Task<(DossierPpe Dossier, VersionPpe Version)?> DocumentAsync(int enfantId, int ppeId, CancellationToken ct = default)
    {
        var d = await OuvrirAsync(enfantId, ct);
        if (d?.Versions.FirstOrDefault(v => v.Id == ppeId) is not { } v) return null;
        await audit.EnregistrerAsync(TypeEvenementAudit.ImpressionPpe, nameof(ProjetPourEnfant), ppeId.ToString(), new { v.Numero }, ct: ct);
        return (d, v);
    }

    /// <summary>The form of a new version: the latest one's content, so only the changes are typed.</summary>
    public static SaisiePpe Saisie(VersionPpe? v, int lignesVidesParDomaine)
    {
        var s = new SaisiePpe();
        if (v is not null)
        {
            s = new SaisiePpe
            {
                PpeId = v.Modifiable ? v.Id : null, Version = v.Modifiable ? v.Version : null,
                BesoinsEnfant = v.BesoinsEnfant, PersonneConfiance = v.PersonneConfiance, DateBilanSante = v.DateBilanSante, BilanSante = v.BilanSante,
                ProjetAutonomie = v.ProjetAutonomie, ParoleEnfant = v.ParoleEnfant, ParoleParents = v.ParoleParents,
            };
        }
        foreach (var domaine in ReglesPpe.Domaines.Keys)
        {
            foreach (var o in v?.Objectifs.Where(o => o.Domaine == domaine) ?? [])
                s.Objectifs.Add(new SaisieObjectif { Domaine = domaine, Objectif = o.Objectif, Actions = o.Actions, Qui = o.Qui, Quand = o.Quand });
            for (var i = 0; i < lignesVidesParDomaine; i++) s.Objectifs.Add(new SaisieObjectif { Domaine = domaine });
        }
        return s;
    }

    private static string? Net(string? t) => string.IsNullOrWhiteSpace(t) ? null : t.Trim();
    private static string Court(string t) => t.Length <= 40 ? t.Trim() : t[..40].Trim() + "…";
}
