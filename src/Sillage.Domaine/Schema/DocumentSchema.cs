namespace Sillage.Domaine.Schema;

/// <summary>A schéma départemental as written in the file format of shared/data/schemas/FORMAT.md.
/// Strings are kept verbatim (never trimmed): the product must show exactly what the département voted.</summary>
public sealed record PlanLu(
    string CodeDepartement, string NomDepartement, string Titre, int Debut, int Fin, string? Adoption,
    IReadOnlyList<string> Sources, IReadOnlyList<string> Gouvernance, IReadOnlyList<AxeLu> Axes,
    IReadOnlyList<IndicateurLu> IndicateursImpact, IReadOnlyList<BilanLu> BilanPrecedent);

public sealed record ObjectifLu(string Numero, string Titre);

public sealed record AxeLu(string Numero, string Titre, string? Principe, IReadOnlyList<ObjectifLu> Objectifs, IReadOnlyList<FicheLue> Fiches);

public sealed record ActionLue(string Numero, string Titre, IReadOnlyList<string> Details);

public sealed record LigneCalendrier(string Libelle, IReadOnlyList<string> Periodes);

public sealed record IndicateurLu(string Libelle, string? Type);

public sealed record FicheLue(
    string Numero, string Titre, string? Objectif, string? PeriodeDebut, string? PeriodeFin,
    IReadOnlyList<string> Diagnostic, IReadOnlyList<string> ObjectifsOperationnels,
    IReadOnlyList<string> Pilotes, IReadOnlyList<string> Copilotes, IReadOnlyList<string> PartiesPrenantesInternes,
    IReadOnlyList<string> Partenaires, IReadOnlyList<ActionLue> Actions, IReadOnlyList<LigneCalendrier> Calendrier,
    IReadOnlyList<IndicateurLu> Indicateurs, IReadOnlyList<string> PointsVigilance);

public sealed record BilanLu(string Axe, string Fiche, IReadOnlyList<string> Realisations, IReadOnlyList<string> Perspectives, string? NiveauAtteinte);

/// <summary>The indicator types of the format, with their French label.</summary>
public static class TypesIndicateur
{
    public static readonly IReadOnlyDictionary<string, string> Libelles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["realisation"] = "réalisation",
        ["impact"] = "impact",
        ["resultat"] = "résultat",
        ["suivi"] = "suivi",
        ["evaluation"] = "évaluation",
    };

    public static string Libelle(string? type) => type is null ? "type non précisé" : Libelles.GetValueOrDefault(type, type);
}
