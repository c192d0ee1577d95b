using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Droits;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Enfants;

namespace Sillage.Web.Fonctionnalites.Droits;

/// <summary>What the DPO types to record a request or change its status (page form and API body).</summary>
public sealed class SaisieDemande
{
    public string? Type { get; set; }
    public DateOnly? DateReception { get; set; }
    public string? DemandeurNom { get; set; }
    public string? DemandeurQualite { get; set; }
    /// <summary>Numéro de dossier of the child concerned; empty while the file is not found.</summary>
    public string? NumeroDossier { get; set; }
    public string? Notes { get; set; }
}

public sealed class SaisieStatut
{
    public string? Statut { get; set; }
    public string? MotifProlongation { get; set; }
    public DateOnly? DateNotificationProlongation { get; set; }
    public string? MotifRefus { get; set; }
    public DateOnly? DateReponse { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
}

public sealed record LigneDemande(int Id, string Type, DateOnly DateReception, string DemandeurNom, string Qualite, int? EnfantId, string? NumeroDossier,
    DateOnly Echeance, string Statut, DateOnly? DateReponse, bool EnRetard, bool Proche, int JoursRestants, int Version)
{
    public bool Close => Statut is "REPONDUE" or "REFUSEE";
    public string Etat => EnRetard ? "En retard" : Close ? "Close" : Proche ? "Échéance dans 7 jours ou moins" : "Dans les délais";
}

/// <summary>The register of rights requests (RGPD art. 12 to 21): recorded, followed to their one-month deadline
/// (<see cref="DelaiDroits"/>), answered or refused with a reason. Every write is audited (4510, 4511).</summary>
public sealed class ServiceDroits(SillageDbContext db, JournalAudit audit)
{
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>
    {
        [nameof(TypeDroit.Acces)] = "Accès (art. 15)", [nameof(TypeDroit.Rectification)] = "Rectification (art. 16)",
        [nameof(TypeDroit.Effacement)] = "Effacement (art. 17)", [nameof(TypeDroit.Limitation)] = "Limitation (art. 18)",
        [nameof(TypeDroit.Opposition)] = "Opposition (art. 21)",
    };
    public static readonly IReadOnlyDictionary<string, string> Qualites = new Dictionary<string, string>
    {
        ["PERSONNE"] = "La personne elle-même", ["ANCIEN_ENFANT_MAJEUR"] = "Ancien enfant confié, devenu majeur",
        ["PARENT_AUTORITE"] = "Parent titulaire de l'autorité parentale", ["REPRESENTANT_LEGAL"] = "Représentant légal",
    };
    public static readonly IReadOnlyDictionary<string, string> Statuts = new Dictionary<string, string>
    {
        ["RECUE"] = "Reçue", ["EN_COURS"] = "En cours", ["PROLONGEE"] = "Prolongée", ["REPONDUE"] = "Répondue", ["REFUSEE"] = "Refusée",
    };
    public const int JoursAlerte = 7;

    public static DateOnly Aujourdhui => DateOnly.FromDateTime(DateTime.Today);

    public async Task<List<LigneDemande>> ListerAsync(DateOnly au, CancellationToken ct = default)
    {
        var demandes = await db.DemandesDroits.AsNoTracking()
            .Select(d => new { d, Numero = d.Enfant == null ? null : d.Enfant.NumeroDossier }).ToListAsync(ct);
        return demandes.Select(x => Ligne(x.d, x.Numero, au))
            .OrderByDescending(l => l.EnRetard && !l.Close).ThenBy(l => l.Close).ThenBy(l => l.Echeance).ThenBy(l => l.Id).ToList();
    }

    public async Task<(DemandeDroit Demande, LigneDemande Ligne)?> LireAsync(int id, CancellationToken ct = default)
    {
        var d = await db.DemandesDroits.AsNoTracking().Include(x => x.Enfant).FirstOrDefaultAsync(x => x.Id == id, ct);
        return d is null ? null : (d, Ligne(d, d.Enfant?.NumeroDossier, Aujourdhui));
    }

    private static LigneDemande Ligne(DemandeDroit d, string? numero, DateOnly au)
    {
        var close = d.Statut is "REPONDUE" or "REFUSEE";
        var retard = DelaiDroits.EnRetard(d.DateReception, d.DateNotificationProlongation is not null, close ? d.DateReponse ?? au : null, au);
        var restants = d.Echeance.DayNumber - au.DayNumber;
        return new(d.Id, d.Type, d.DateReception, d.DemandeurNom, d.DemandeurQualite, d.EnfantId, numero, d.Echeance, d.Statut, d.DateReponse,
            retard, !close && !retard && restants <= JoursAlerte, restants, d.Version);
    }

    /// <summary>Records a request; the errors name the field and the rule, nothing is written when there is one.</summary>
    public async Task<(IReadOnlyList<ErreurValidation> Erreurs, int? Id)> EnregistrerAsync(SaisieDemande s, string? login, CancellationToken ct = default)
    {
        var e = new List<ErreurValidation>();
        var au = Aujourdhui;
        if (s.Type is null || !Types.ContainsKey(s.Type)) e.Add(new("Type", "Type de droit : choisissez accès, rectification, effacement, limitation ou opposition."));
        if (s.DateReception is not { } recue) e.Add(new("DateReception", "Date de réception : obligatoire."));
        else if (recue > au) e.Add(new("DateReception", "Date de réception : elle ne peut pas être dans le futur."));
        else if (recue.Year < 2000) e.Add(new("DateReception", "Date de réception : antérieure à 2000, vérifiez la saisie."));
        var nom = s.DemandeurNom?.Trim();
        if (string.IsNullOrEmpty(nom)) e.Add(new("DemandeurNom", "Demandeur : le nom de la personne qui exerce le droit est obligatoire."));
        else if (nom.Length > 200) e.Add(new("DemandeurNom", "Demandeur : 200 caractères au plus."));
        if (s.DemandeurQualite is null || !Qualites.ContainsKey(s.DemandeurQualite))
            e.Add(new("DemandeurQualite", "Qualité du demandeur : choisissez la personne elle-même, l'ancien enfant confié majeur, le parent titulaire de l'autorité parentale ou le représentant légal."));
        if (s.Notes?.Length > 4000) e.Add(new("Notes", "Notes : 4 000 caractères au plus."));
        int? enfantId = null;
        if (!string.IsNullOrWhiteSpace(s.NumeroDossier))
        {
            var numero = s.NumeroDossier.Trim();
            enfantId = await db.Enfants.AsNoTracking().Where(x => x.NumeroDossier == numero && x.FusionneDansId == null).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
            if (enfantId is null) e.Add(new("NumeroDossier", $"Numéro de dossier : aucun dossier « {numero} ». Laissez vide si le dossier n'est pas encore identifié."));
        }
        if (e.Count > 0) return (e, null);
        var d = new DemandeDroit
        {
            Type = s.Type!, DateReception = s.DateReception!.Value, DemandeurNom = nom!, DemandeurQualite = s.DemandeurQualite!, EnfantId = enfantId,
            Echeance = DelaiDroits.Echeance(s.DateReception!.Value), Statut = "RECUE", Notes = Vide(s.Notes), EnregistreePar = login,
        };
        db.DemandesDroits.Add(d);
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerAsync(TypeEvenementAudit.DemandeDroitEnregistree, nameof(DemandeDroit), d.Id.ToString(),
            new { type = d.Type, qualite = d.DemandeurQualite, enfantId, echeance = d.Echeance }, ct: ct);
        return ([], d.Id);
    }

    /// <summary>Changes the status; null = not found; a stale <see cref="SaisieStatut.Version"/> is refused (conflict).</summary>
    public async Task<IReadOnlyList<ErreurValidation>?> ChangerStatutAsync(int id, SaisieStatut s, CancellationToken ct = default)
    {
        var d = await db.DemandesDroits.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return null;
        var e = new List<ErreurValidation>();
        var au = Aujourdhui;
        if (s.Statut is null || !Statuts.ContainsKey(s.Statut)) e.Add(new("Statut", "Statut : choisissez reçue, en cours, prolongée, répondue ou refusée."));
        if (s.Statut == "PROLONGEE" || s.DateNotificationProlongation is not null || !string.IsNullOrWhiteSpace(s.MotifProlongation))
            e.AddRange(DelaiDroits.VerifierProlongation(d.DateReception, s.DateNotificationProlongation, s.MotifProlongation)
                .Select(x => x.Champ == "Motif" ? x with { Champ = "MotifProlongation" } : x.Champ == "NotifieeLe" ? x with { Champ = "DateNotificationProlongation" } : x));
        if (s.DateNotificationProlongation > au) e.Add(new("DateNotificationProlongation", "Date d'information de la personne : elle ne peut pas être dans le futur."));
        if (s.Statut == "REFUSEE" && string.IsNullOrWhiteSpace(s.MotifRefus))
            e.Add(new("MotifRefus", "Motif du refus : obligatoire (il est communiqué à la personne avec les voies de recours, RGPD art. 12.4)."));
        if (s.Statut is "REPONDUE" or "REFUSEE" && s.DateReponse is null) e.Add(new("DateReponse", "Date de réponse : obligatoire pour une demande répondue ou refusée."));
        if (s.DateReponse is { } r && (r < d.DateReception || r > au))
            e.Add(new("DateReponse", $"Date de réponse : entre la réception ({d.DateReception:dd/MM/yyyy}) et aujourd'hui."));
        if (s.MotifProlongation?.Length > 1000 || s.MotifRefus?.Length > 1000) e.Add(new("MotifRefus", "Motifs : 1 000 caractères au plus."));
        if (s.Notes?.Length > 4000) e.Add(new("Notes", "Notes : 4 000 caractères au plus."));
        if (e.Count > 0) return e;
        db.Entry(d).Property(x => x.Version).OriginalValue = s.Version;
        d.Statut = s.Statut!;
        d.MotifProlongation = Vide(s.MotifProlongation);
        d.DateNotificationProlongation = s.DateNotificationProlongation;
        d.Echeance = DelaiDroits.Echeance(d.DateReception, d.DateNotificationProlongation is not null);
        d.MotifRefus = s.Statut == "REFUSEE" ? Vide(s.MotifRefus) : null;
        d.DateReponse = s.Statut is "REPONDUE" or "REFUSEE" ? s.DateReponse : null;
        d.Notes = Vide(s.Notes);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            return [new(ErreurValidation.ChampVersion, ResultatEcriture.Perime("Cette demande").Erreurs[0].Message)];
        }
        await audit.EnregistrerAsync(TypeEvenementAudit.DemandeDroitModifiee, nameof(DemandeDroit), id.ToString(),
            new { statut = d.Statut, echeance = d.Echeance, dateReponse = d.DateReponse }, ct: ct);
        return [];
    }

    private static string? Vide(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
