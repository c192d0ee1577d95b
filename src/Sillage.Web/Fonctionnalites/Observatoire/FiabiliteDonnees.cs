using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Securite;
using Sillage.Domaine.Temps;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>One check of the data-quality report: what is wrong, the rule, and where to fix it.</summary>
public sealed record ControleFiabilite(string Code, string Libelle, string Regle, string Correction);

/// <summary>The counts table of the report (Lien: the page's link to the rows behind a count, none in print).</summary>
public sealed record ComptesFiabilite(DateOnly Jour, Dictionary<int, string> Territoires, Dictionary<(string Controle, int? Territoire), int> Comptes, Func<string, string, string>? Lien)
{
    public void Deconstruct(out Dictionary<int, string> territoires, out Dictionary<(string Controle, int? Territoire), int> comptes) =>
        (territoires, comptes) = (Territoires, Comptes);
}

/// <summary>A record that fails a check on the day (EnfantId/NumeroDossier hidden from pseudonymised readers by the page).</summary>
public sealed record LigneFiabilite(string Controle, int EnfantId, string NumeroDossier, int TerritoireId, string Objet, DateOnly? Repere, string Lien);

/// <summary>
/// « Fiabilité des données »: the records that make the observatoire's figures wrong, counted per territory on a day,
/// each with the page where it is fixed. Counts are aggregates (every observatoire reader); the rows behind them are
/// shown to the roles that read children's files (their territories) and, pseudonymised, to the ODPE.
/// </summary>
public sealed class FiabiliteDonnees(SillageDbContext db, Administration.ServiceReglages reglages)
{
    public static readonly IReadOnlyList<ControleFiabilite> Controles =
    [
        new("MESURE_ECHUE", "Mesures échues ni terminées ni renouvelées", "Date de fin prévue dépassée, sans date de fin ni mesure de renouvellement (CASF L223-5, C. civ. 375).", "Saisir la fin de la mesure ou son renouvellement."),
        new("SEJOUR_SANS_MESURE", "Séjours sans mesure en cours", "Séjour en cours le jour dit alors que la mesure qui le fonde n'a pas commencé ou est terminée.", "Rattacher le séjour à la mesure en cours ou le terminer."),
        new("ENFANT_SANS_TERRITOIRE", "Enfants sans territoire", "Dossier dont le territoire est inconnu ou sans code : il n'entre dans aucun chiffre territorial.", "Renseigner le territoire dans le dossier."),
        new("IP_NON_QUALIFIEE", "Informations non qualifiées après 7 jours", "Information entrante encore « en cours » de qualification plus de 7 jours après sa réception.", "Qualifier l'information (IP ou non)."),
        new("EVALUATION_SANS_CONCLUSION", "Évaluations sans conclusion après l'échéance", "Évaluation d'une IP sans conclusion ni décision alors que l'échéance (réception + délai réglementaire, CASF D226-2-4) est passée.", "Saisir la conclusion de l'évaluation."),
        new("NAISSANCE_MANQUANTE", "Dates de naissance manquantes", "Date de naissance absente (0001-01-01) ou postérieure au jour dit : l'âge et les échéances sont faux.", "Corriger la date de naissance dans le dossier."),
    ];

    /// <summary>Counts per check for the département (territory null) and each territory: aggregates, every territory whoever reads them.</summary>
    public async Task<ComptesFiabilite> CompterAsync(DateOnly jour, CancellationToken ct = default)
    {
        var territoires = await db.Territoires.AsNoTracking().OrderBy(t => t.Code).ToDictionaryAsync(t => t.Id, t => t.Code, ct);
        var comptes = new Dictionary<(string, int?), int>();
        foreach (var g in (await ListerAsync(jour, db.Enfants.Where(e => e.FusionneDansId == null), ct: ct)).GroupBy(l => l.Controle))
        {
            comptes[(g.Key, null)] = g.Count();
            foreach (var t in g.GroupBy(l => l.TerritoireId)) comptes[(g.Key, t.Key)] = t.Count();
        }
        return new(jour, territoires, comptes, null);
    }

    /// <summary>Every failing record on <paramref name="jour"/>, for the children of <paramref name="enfants"/>.</summary>
    public async Task<List<LigneFiabilite>> ListerAsync(DateOnly jour, IQueryable<Donnees.Entites.Enfant> enfants, string? controle = null, CancellationToken ct = default)
    {
        var lignes = new List<LigneFiabilite>();
        bool Veut(string c) => controle is null || controle == c;
        if (Veut("MESURE_ECHUE"))
            lignes.AddRange((await db.Mesures.AsNoTracking()
                    .Where(m => m.DateFinPrevue != null && m.DateFinPrevue < jour && m.DateFin == null && !db.Mesures.Any(r => r.RenouvelleId == m.Id))
                    .Join(enfants, m => m.EnfantId, e => e.Id, (m, e) => new { m.Id, m.Type, m.DateFinPrevue, e.NumeroDossier, e.TerritoireId, EnfantId = e.Id })
                    .ToListAsync(ct))
                .Select(x => new LigneFiabilite("MESURE_ECHUE", x.EnfantId, x.NumeroDossier, x.TerritoireId, $"Mesure {x.Type} n° {x.Id}", x.DateFinPrevue, $"/mesures/{x.Id}")));
        if (Veut("SEJOUR_SANS_MESURE"))
            lignes.AddRange((await db.Sejours.AsNoTracking()
                    .Where(s => s.DateDebut <= jour && (s.DateFin == null || s.DateFin >= jour)
                        && !(s.Mesure!.DateDebut != null && s.Mesure.DateDebut <= jour && (s.Mesure.DateFin == null || s.Mesure.DateFin >= jour)))
                    .Join(enfants, s => s.EnfantId, e => e.Id, (s, e) => new { s.Id, s.MesureId, s.DateDebut, e.NumeroDossier, e.TerritoireId, EnfantId = e.Id })
                    .ToListAsync(ct))
                .Select(x => new LigneFiabilite("SEJOUR_SANS_MESURE", x.EnfantId, x.NumeroDossier, x.TerritoireId, $"Séjour n° {x.Id} (mesure n° {x.MesureId})", x.DateDebut, $"/enfants/{x.EnfantId}")));
        if (Veut("ENFANT_SANS_TERRITOIRE"))
            lignes.AddRange((await enfants.AsNoTracking().Where(e => !db.Territoires.Any(t => t.Id == e.TerritoireId && t.Code != ""))
                    .Select(e => new { e.Id, e.NumeroDossier, e.TerritoireId }).ToListAsync(ct))
                .Select(x => new LigneFiabilite("ENFANT_SANS_TERRITOIRE", x.Id, x.NumeroDossier, x.TerritoireId, "Dossier de l'enfant", null, $"/enfants/{x.Id}")));
        if (Veut("IP_NON_QUALIFIEE"))
        {
            var limite = jour.AddDays(-7);
            lignes.AddRange((await db.InformationsEnfants.AsNoTracking()
                    .Where(x => (x.Information!.Qualification == "EN_COURS" || x.Information.Qualification == "") && x.Information.DateReception < limite)
                    .Join(enfants, x => x.EnfantId, e => e.Id, (x, e) => new { x.InformationId, x.Information!.DateReception, e.NumeroDossier, e.TerritoireId, EnfantId = e.Id })
                    .ToListAsync(ct))
                .Select(x => new LigneFiabilite("IP_NON_QUALIFIEE", x.EnfantId, x.NumeroDossier, x.TerritoireId, $"Information n° {x.InformationId}", x.DateReception, $"/enfants/{x.EnfantId}")));
        }
        if (Veut("EVALUATION_SANS_CONCLUSION"))
        {
            var p = await reglages.LireAsync(ct);
            var candidates = await db.InformationsEnfants.AsNoTracking()
                .Where(x => x.Information!.Qualification == "IP" && x.Conclusion == null && x.DateDecision == null && x.Information.DateReception <= jour)
                .Join(enfants, x => x.EnfantId, e => e.Id, (x, e) => new { x.InformationId, x.Information!.DateReception, e.DateNaissance, e.NumeroDossier, e.TerritoireId, EnfantId = e.Id })
                .ToListAsync(ct);
            lignes.AddRange(candidates
                .Select(x => (x, Echeance: Calendrier.AjouterMois(x.DateReception, Ages.AgeAu(x.DateNaissance, x.DateReception) < 2 ? p.EvaluationMoinsDeDeuxAnsMois : p.EvaluationMois)))
                .Where(c => c.Echeance < jour)
                .Select(c => new LigneFiabilite("EVALUATION_SANS_CONCLUSION", c.x.EnfantId, c.x.NumeroDossier, c.x.TerritoireId, $"Évaluation de l'information n° {c.x.InformationId}", c.Echeance, $"/enfants/{c.x.EnfantId}")));
        }
        if (Veut("NAISSANCE_MANQUANTE"))
            lignes.AddRange((await enfants.AsNoTracking().Where(e => e.DateNaissance == default || e.DateNaissance > jour)
                    .Select(e => new { e.Id, e.NumeroDossier, e.TerritoireId }).ToListAsync(ct))
                .Select(x => new LigneFiabilite("NAISSANCE_MANQUANTE", x.Id, x.NumeroDossier, x.TerritoireId, "Date de naissance", null, $"/enfants/{x.Id}")));
        return lignes;
    }
}

/// <summary>
/// Pseudonyms for the ODPE's record lists: a keyed hash of the child's internal number (HMAC-SHA256), stable while the key is,
/// not reversible without it. Key: configuration Sillage:ClePseudonymes, else a random key per start of the application.
/// </summary>
public sealed class Pseudonymes(IConfiguration configuration)
{
    private readonly byte[] _cle = configuration["Sillage:ClePseudonymes"] is { Length: > 0 } c ? Encoding.UTF8.GetBytes(c) : RandomNumberGenerator.GetBytes(32);

    public string De(int enfantId) =>
        "P-" + Convert.ToHexString(HMACSHA256.HashData(_cle, Encoding.UTF8.GetBytes(enfantId.ToString(System.Globalization.CultureInfo.InvariantCulture))))[..10];
}

/// <summary>Who sees which rows behind a figure: the file readers (their territories, named by file number, with links) or the ODPE (pseudonymised).</summary>
public sealed class DetailObservatoire(PorteeAcces portee, JournalAudit audit, Pseudonymes pseudonymes)
{
    public bool Nominatif => portee.Peut(Permission.LireDossierEnfant);
    public bool Autorise => Nominatif || portee.Peut(Permission.LireDonneesPseudonymisees);

    public Task<IQueryable<Donnees.Entites.Enfant>> EnfantsAsync(CancellationToken ct) =>
        portee.EnfantsAsync(Nominatif ? Permission.LireDossierEnfant : Permission.LireDonneesPseudonymisees, ct);

    /// <summary>What identifies the child in a list: the file number for file readers, a pseudonym for the ODPE.</summary>
    public string Identifiant(int enfantId, string numeroDossier) => Nominatif ? numeroDossier : pseudonymes.De(enfantId);

    public Task AuditerAsync(TypeEvenementAudit type, string cible, object details, CancellationToken ct) =>
        audit.EnregistrerAsync(type, cible, null, details, ct: ct);
}
