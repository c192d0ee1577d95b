using System.Globalization;
using System.Text;

namespace Sillage.Demo;

// Records mirroring the files of FORMAT-ECHANGE.md column for column (string ids, null = empty cell).

public sealed record TerritoireDemo(string Code, string Libelle);
public sealed record PopulationDemo(int Annee, string Territoire, int Age, int Effectif);
public sealed record LieuDemo(string Id, string Type, string Nom, string Territoire, int Capacite, int AgeMin, int AgeMax, DateOnly DateOuverture, DateOnly? DateFermeture);
public sealed record EnfantDemo(string Id, string Nom, string Prenoms, string Sexe, DateOnly DateNaissance, string Territoire, string? Famille, bool Mna, string? NomNaissanceMere);
public sealed record InformationDemo(string Id, DateOnly DateReception, string Origine, string Qualification, DateOnly? DateQualification);
public sealed record InformationEnfantDemo(string InformationId, string EnfantId, DateOnly? DateFinEvaluation, string? Conclusion, DateOnly? DateDecision);
public sealed record MesureDemo(string Id, string EnfantId, string Type, DateOnly DateDecision, DateOnly? DateDebut, DateOnly? DateFinPrevue, DateOnly? DateFin, string? MotifFin, string? Renouvelle);
public sealed record SejourDemo(string Id, string EnfantId, string MesureId, string? LieuId, string Mode, DateOnly DateDebut, DateOnly? DateFin, string? Motif);
public sealed record PpeDemo(string Id, string EnfantId, DateOnly DateSignature);
public sealed record RapportDemo(string Id, string EnfantId, DateOnly Date);
public sealed record EntretienDemo(string EnfantId, DateOnly Date);
public sealed record CessecDemo(string EnfantId, DateOnly DateExamen);

/// <summary>
/// A synthetic département in memory, in the shape of the interchange format; <see cref="EcrireDossier"/>
/// writes it as the CSV files <c>sillage import</c> reads.
/// </summary>
public sealed class JeuDemo
{
    public required string CodeDepartement { get; init; }
    public required string Departement { get; init; }
    public required int Graine { get; init; }
    public required IReadOnlyList<TerritoireDemo> Territoires { get; init; }
    public required IReadOnlyList<PopulationDemo> Population { get; init; }
    public required IReadOnlyList<LieuDemo> Lieux { get; init; }
    public required IReadOnlyList<EnfantDemo> Enfants { get; init; }
    public required IReadOnlyList<InformationDemo> Informations { get; init; }
    public required IReadOnlyList<InformationEnfantDemo> InformationsEnfants { get; init; }
    public required IReadOnlyList<MesureDemo> Mesures { get; init; }
    public required IReadOnlyList<SejourDemo> Sejours { get; init; }
    public required IReadOnlyList<PpeDemo> Ppe { get; init; }
    public required IReadOnlyList<RapportDemo> Rapports { get; init; }
    public required IReadOnlyList<EntretienDemo> Entretiens { get; init; }
    public required IReadOnlyList<CessecDemo> Cessec { get; init; }

    /// <summary>Row count per file name (e.g. "mesures.csv" → 12 345), in the order the files are written.</summary>
    public IReadOnlyDictionary<string, int> Comptes => new Dictionary<string, int>
    {
        ["territoires.csv"] = Territoires.Count,
        ["population.csv"] = Population.Count,
        ["lieux.csv"] = Lieux.Count,
        ["enfants.csv"] = Enfants.Count,
        ["informations.csv"] = Informations.Count,
        ["informations_enfants.csv"] = InformationsEnfants.Count,
        ["mesures.csv"] = Mesures.Count,
        ["sejours.csv"] = Sejours.Count,
        ["ppe.csv"] = Ppe.Count,
        ["rapports.csv"] = Rapports.Count,
        ["entretiens.csv"] = Entretiens.Count,
        ["cessec.csv"] = Cessec.Count,
    };

    /// <summary>
    /// Writes the twelve CSV files into <paramref name="dossier"/> (created if needed): UTF-8 without BOM, <c>;</c>, LF, ISO dates.
    /// With <paramref name="ajouter"/>, rows are appended to files already there (header written once): several départements,
    /// each <see cref="Prefixe"/>d, make one folder.
    /// </summary>
    public void EcrireDossier(string dossier, bool ajouter = false)
    {
        Directory.CreateDirectory(dossier);
        var utf8 = new UTF8Encoding(false);
        foreach (var (nom, entete, lignes) in Fichiers())
        {
            var chemin = Path.Combine(dossier, nom);
            var suite = ajouter && File.Exists(chemin);
            using var ecrivain = new StreamWriter(chemin, suite, utf8, 1 << 16) { NewLine = "\n" };
            if (!suite) ecrivain.WriteLine(entete);
            foreach (var l in lignes) ecrivain.WriteLine(string.Join(';', l.Select(Cellule)));
        }
    }

    /// <summary>
    /// The same département with every identifier, territory code and family prefixed by its code ("59-E000001",
    /// "59-DT01") and its territories named after it: the départements of a national base (the ONPE view) no longer
    /// collide, since each generated département numbers its rows from 1. The population of the whole département
    /// (territoire <c>*</c>) is left out: in a base of several départements, <c>*</c> is their sum.
    /// </summary>
    public JeuDemo Prefixe()
    {
        var p = CodeDepartement + "-";
        string? P(string? id) => id is null ? null : p + id;
        return new JeuDemo
        {
            CodeDepartement = CodeDepartement,
            Departement = Departement,
            Graine = Graine,
            Territoires = Territoires.Select(t => new TerritoireDemo(p + t.Code, $"{Departement} — {t.Libelle}")).ToList(),
            Population = Population.Where(x => x.Territoire != "*").Select(x => x with { Territoire = p + x.Territoire }).ToList(),
            Lieux = Lieux.Select(l => l with { Id = p + l.Id, Territoire = p + l.Territoire }).ToList(),
            Enfants = Enfants.Select(e => e with { Id = p + e.Id, Territoire = p + e.Territoire, Famille = P(e.Famille) }).ToList(),
            Informations = Informations.Select(i => i with { Id = p + i.Id }).ToList(),
            InformationsEnfants = InformationsEnfants.Select(i => i with { InformationId = p + i.InformationId, EnfantId = p + i.EnfantId }).ToList(),
            Mesures = Mesures.Select(m => m with { Id = p + m.Id, EnfantId = p + m.EnfantId, Renouvelle = P(m.Renouvelle) }).ToList(),
            Sejours = Sejours.Select(s => s with { Id = p + s.Id, EnfantId = p + s.EnfantId, MesureId = p + s.MesureId, LieuId = P(s.LieuId) }).ToList(),
            Ppe = Ppe.Select(x => x with { Id = p + x.Id, EnfantId = p + x.EnfantId }).ToList(),
            Rapports = Rapports.Select(x => x with { Id = p + x.Id, EnfantId = p + x.EnfantId }).ToList(),
            Entretiens = Entretiens.Select(x => x with { EnfantId = p + x.EnfantId }).ToList(),
            Cessec = Cessec.Select(x => x with { EnfantId = p + x.EnfantId }).ToList(),
        };
    }

    private sealed record Fichier(string Nom, string Entete, IEnumerable<object?[]> Lignes);

    private static string Cellule(object? v) => v switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => s.Replace(';', ',').Replace('\n', ' ').Replace('\r', ' '),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    private IEnumerable<Fichier> Fichiers()
    {
        yield return new("territoires.csv", "code;libelle", Territoires.Select(t => new object?[] { t.Code, t.Libelle }));
        yield return new("population.csv", "annee;territoire;age;effectif", Population.Select(p => new object?[] { p.Annee, p.Territoire, p.Age, p.Effectif }));
        yield return new("lieux.csv", "id;type;nom;territoire;capacite;age_min;age_max;date_ouverture;date_fermeture",
            Lieux.Select(l => new object?[] { l.Id, l.Type, l.Nom, l.Territoire, l.Capacite, l.AgeMin, l.AgeMax, l.DateOuverture, l.DateFermeture }));
        yield return new("enfants.csv", "id;nom;prenoms;sexe;date_naissance;territoire;famille;mna;nom_naissance_mere",
            Enfants.Select(e => new object?[] { e.Id, e.Nom, e.Prenoms, e.Sexe, e.DateNaissance, e.Territoire, e.Famille, e.Mna, e.NomNaissanceMere }));
        yield return new("informations.csv", "id;date_reception;origine;qualification;date_qualification",
            Informations.Select(i => new object?[] { i.Id, i.DateReception, i.Origine, i.Qualification, i.DateQualification }));
        yield return new("informations_enfants.csv", "information_id;enfant_id;date_fin_evaluation;conclusion;date_decision",
            InformationsEnfants.Select(i => new object?[] { i.InformationId, i.EnfantId, i.DateFinEvaluation, i.Conclusion, i.DateDecision }));
        yield return new("mesures.csv", "id;enfant_id;type;date_decision;date_debut;date_fin_prevue;date_fin;motif_fin;renouvelle",
            Mesures.Select(m => new object?[] { m.Id, m.EnfantId, m.Type, m.DateDecision, m.DateDebut, m.DateFinPrevue, m.DateFin, m.MotifFin, m.Renouvelle }));
        yield return new("sejours.csv", "id;enfant_id;mesure_id;lieu_id;mode;date_debut;date_fin;motif",
            Sejours.Select(s => new object?[] { s.Id, s.EnfantId, s.MesureId, s.LieuId, s.Mode, s.DateDebut, s.DateFin, s.Motif }));
        yield return new("ppe.csv", "id;enfant_id;date_signature", Ppe.Select(p => new object?[] { p.Id, p.EnfantId, p.DateSignature }));
        yield return new("rapports.csv", "id;enfant_id;date", Rapports.Select(r => new object?[] { r.Id, r.EnfantId, r.Date }));
        yield return new("entretiens.csv", "enfant_id;date", Entretiens.Select(e => new object?[] { e.EnfantId, e.Date }));
        yield return new("cessec.csv", "enfant_id;date_examen", Cessec.Select(c => new object?[] { c.EnfantId, c.DateExamen }));
    }
}
