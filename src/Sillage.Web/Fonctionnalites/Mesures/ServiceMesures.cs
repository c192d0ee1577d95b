using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Securite;
using Sillage.Domaine.Temps;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Mesures;

/// <summary>What a user types to record a decision and its measure (page form and API body).</summary>
public sealed class SaisieMesure
{
    public string? Type { get; set; }
    public string? Autorite { get; set; }
    public DateOnly? DateDecision { get; set; }
    public DateOnly? DateAccordParents { get; set; }
    public DateOnly? DateDebut { get; set; }
    public DateOnly? DateFinPrevue { get; set; }
    public string? ServiceExecutant { get; set; }
    public int? RenouvelleId { get; set; }
    public bool ExceptionLongueDuree { get; set; }
    public string? MotifProlongation { get; set; }
}

public sealed record LigneAttente(int MesureId, int EnfantId, string NumeroDossier, string Enfant, string Type, string Libelle, string Cadre,
    DateOnly DateDecision, int JoursAttente, string Service, string Territoire, int Version);

/// <summary>Decisions and measures: recorded under the legal invariants, started, ended; the waiting register.</summary>
public sealed class ServiceMesures(SillageDbContext db, PorteeAcces portee)
{
    public static readonly IReadOnlyDictionary<string, string> Autorites = new Dictionary<string, string>
    {
        ["PCD"] = "Président du conseil départemental",
        ["JUGE_ENFANTS"] = "Juge des enfants",
        ["PARQUET"] = "Parquet (procureur de la République)",
        ["JAF"] = "Juge aux affaires familiales",
    };

    /// <summary>Administrative measures decided without the parents' agreement by nature (urgency, pupille, financial aid).</summary>
    private static readonly HashSet<string> SansAccord = ["ACCUEIL_72H", "RECUEIL_URGENCE", "PUPILLE", "AIDE_FIN"];

    public async Task<List<LigneAttente>> EnAttenteAsync(DateOnly au, string? type = null, int? territoireId = null, string? service = null, CancellationToken ct = default)
    {
        var enfants = await portee.EnfantsAsync(Permission.LireDossierEnfant, ct);
        var q = from m in db.Mesures.AsNoTracking()
                join e in enfants on m.EnfantId equals e.Id
                where m.DateDebut == null && m.DateFin == null && m.DateDecision <= au
                select new { m.Id, m.EnfantId, e.NumeroDossier, e.Nom, e.Prenoms, m.Type, m.DateDecision, m.ServiceExecutant, e.TerritoireId, Territoire = e.Territoire!.Libelle, m.Version };
        if (type is not null) q = q.Where(x => x.Type == type);
        if (territoireId is not null) q = q.Where(x => x.TerritoireId == territoireId);
        if (!string.IsNullOrWhiteSpace(service)) q = q.Where(x => x.ServiceExecutant == service);
        var lignes = await q.ToListAsync(ct);
        return lignes.Select(x =>
            {
                var t = Catalogue.Trouver(x.Type);
                return new LigneAttente(x.Id, x.EnfantId, x.NumeroDossier, $"{x.Prenoms} {x.Nom}", x.Type, t?.Libelle ?? x.Type,
                    t?.Cadre == Cadre.Judiciaire ? "judiciaire" : "administratif", x.DateDecision, Calendrier.DureeJours(x.DateDecision, au),
                    x.ServiceExecutant ?? "(non désigné)", x.Territoire, x.Version);
            })
            .OrderByDescending(l => l.JoursAttente).ThenBy(l => l.NumeroDossier, StringComparer.Ordinal).ToList();
    }

    /// <summary>Records a decision; <c>Erreurs</c> is null when the child is not in the user's territories.</summary>
    public async Task<(Mesure? Mesure, List<ErreurValidation>? Erreurs)> CreerAsync(int enfantId, SaisieMesure s, CancellationToken ct = default)
    {
        var enfants = await portee.EnfantsAsync(Permission.DeciderMesure, ct);
        var enfant = await enfants.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enfantId, ct);
        if (enfant is null) return (null, null);
        var aujourdhui = DateOnly.FromDateTime(DateTime.Today);
        var erreurs = new List<ErreurValidation>();
        var type = Catalogue.Trouver(s.Type);
        if (type is null) erreurs.Add(new("Type", "Type de mesure : choisissez une mesure du catalogue."));
        if (s.Autorite is null || !Autorites.ContainsKey(s.Autorite)) erreurs.Add(new("Autorite", "Autorité : choisissez qui a décidé (PCD, juge des enfants, Parquet, JAF)."));
        else if (type is not null && (type.Cadre == Cadre.Administratif) != (s.Autorite == "PCD"))
            erreurs.Add(new("Autorite", type.Cadre == Cadre.Administratif
                ? "Autorité : une mesure administrative est décidée par le président du conseil départemental (CASF L223-2)."
                : "Autorité : une mesure judiciaire est ordonnée par un magistrat (C. civ. 375)."));
        if (s.DateDecision is null) erreurs.Add(new("DateDecision", "Date de décision : valeur obligatoire (JJ/MM/AAAA)."));
        else if (s.DateDecision > aujourdhui) erreurs.Add(new("DateDecision", "Date de décision : elle ne peut pas être dans le futur."));
        else if (s.DateDecision < enfant.DateNaissance) erreurs.Add(new("DateDecision", "Date de décision : elle précède la naissance de l'enfant."));
        if (type is { Cadre: Cadre.Administratif } && !SansAccord.Contains(type.Code) && s.DateAccordParents is null)
            erreurs.Add(new("DateAccordParents", "Accord écrit : une mesure administrative exige l'accord écrit des parents ou du jeune majeur (CASF L223-2) ; indiquez sa date."));
        if (s.DateDebut is { } d && s.DateDecision is { } dd && d < dd) erreurs.Add(new("DateDebut", "Date de début : elle précède la décision."));
        if (s.ExceptionLongueDuree && type is { Cadre: Cadre.Administratif })
            erreurs.Add(new("ExceptionLongueDuree", "Décision de longue durée : l'exception de l'article 375 du code civil ne concerne que les mesures judiciaires."));
        if (s.ExceptionLongueDuree && string.IsNullOrWhiteSpace(s.MotifProlongation))
            erreurs.Add(new("MotifProlongation", "Motif : une décision de longue durée (C. civ. 375) s'enregistre avec son motif."));
        Mesure? renouvelee = null;
        if (s.RenouvelleId is { } r)
        {
            renouvelee = await db.Mesures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == r && m.EnfantId == enfantId, ct);
            if (renouvelee is null) erreurs.Add(new("RenouvelleId", "Mesure renouvelée : elle doit être une mesure du même enfant."));
        }
        if (type is not null && s.DateDecision is not null)
        {
            var debutReference = s.DateDebut ?? s.DateDecision;
            foreach (var i in Invariants.Mesure(type, debutReference, s.DateFinPrevue, null, enfant.DateNaissance, s.ExceptionLongueDuree, !string.IsNullOrWhiteSpace(s.MotifProlongation)))
                erreurs.Add(new(i.Regle == Invariants.DatesOrdre ? "DateFinPrevue" : "Type", $"{i.Message} ({i.Source})"));
        }
        if (erreurs.Count > 0) return (null, erreurs);

        var mesure = new Mesure
        {
            EnfantId = enfantId, Type = type!.Code, Autorite = s.Autorite, DateDecision = s.DateDecision!.Value, DateAccordParents = s.DateAccordParents,
            DateDebut = s.DateDebut, DateFinPrevue = s.DateFinPrevue, ServiceExecutant = string.IsNullOrWhiteSpace(s.ServiceExecutant) ? null : s.ServiceExecutant.Trim(),
            RenouvelleId = renouvelee?.Id, ExceptionLongueDuree = s.ExceptionLongueDuree,
            MotifProlongation = string.IsNullOrWhiteSpace(s.MotifProlongation) ? null : s.MotifProlongation.Trim(),
        };
        db.Mesures.Add(mesure);
        await db.SaveChangesAsync(ct);
        return (mesure, []);
    }

    /// <summary>Starts a waiting measure (it leaves the register) or ends a running one; stale versions are refused.</summary>
    public async Task<List<ErreurValidation>?> ChangerAsync(int mesureId, int version, DateOnly? debut, DateOnly? fin, string? motifFin, CancellationToken ct = default)
    {
        var enfants = await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct);
        var mesure = await db.Mesures.Where(m => enfants.Any(e => e.Id == m.EnfantId)).FirstOrDefaultAsync(m => m.Id == mesureId, ct);
        if (mesure is null) return null;
        var aujourdhui = DateOnly.FromDateTime(DateTime.Today);
        var erreurs = new List<ErreurValidation>();
        if (debut is { } d)
        {
            if (mesure.DateDebut is not null) erreurs.Add(new("DateDebut", "Date de début : la mesure a déjà commencé."));
            else if (d < mesure.DateDecision) erreurs.Add(new("DateDebut", "Date de début : elle précède la décision."));
            else if (d > aujourdhui) erreurs.Add(new("DateDebut", "Date de début : un début d'exécution ne peut pas être dans le futur."));
        }
        if (fin is { } f)
        {
            var debutEffectif = debut ?? mesure.DateDebut;
            if (debutEffectif is null) erreurs.Add(new("DateFin", "Date de fin : la mesure n'a pas commencé."));
            else if (f < debutEffectif) erreurs.Add(new("DateFin", "Date de fin : elle précède le début de la mesure."));
            if (f > aujourdhui) erreurs.Add(new("DateFin", "Date de fin : une fin de mesure ne peut pas être dans le futur."));
            if (motifFin is null || !Codes.MotifsFin.ContainsKey(motifFin)) erreurs.Add(new("MotifFin", "Motif de fin : choisissez un motif de la liste."));
        }
        if (debut is null && fin is null) erreurs.Add(new("", "Indiquez une date de début ou de fin."));
        if (erreurs.Count > 0) return erreurs;
        db.Entry(mesure).Property(m => m.Version).OriginalValue = version;
        if (debut is not null) mesure.DateDebut = debut;
        if (fin is not null) { mesure.DateFin = fin; mesure.MotifFin = motifFin; }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return [new(ErreurValidation.ChampVersion, "Cette mesure a été modifiée par quelqu'un d'autre entre-temps : rien n'a été enregistré, rechargez la page.")];
        }
        return [];
    }
}
