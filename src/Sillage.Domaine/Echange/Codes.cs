namespace Sillage.Domaine.Echange;

/// <summary>The closed code lists of the interchange format (FORMAT-ECHANGE.md), with their French labels.</summary>
public static class Codes
{
    public static readonly IReadOnlyDictionary<string, string> TypesLieu = new Dictionary<string, string>
    {
        ["ASSISTANT_FAMILIAL"] = "Assistant(e) familial(e)",
        ["MECS"] = "Maison d'enfants à caractère social",
        ["FDE"] = "Foyer départemental de l'enfance",
        ["POUPONNIERE"] = "Pouponnière",
        ["LVA"] = "Lieu de vie et d'accueil",
        ["VILLAGE_ENFANTS"] = "Village d'enfants",
        ["CENTRE_MATERNEL"] = "Centre maternel",
        ["FOYER_JEUNES_MAJEURS"] = "Foyer jeunes majeurs",
        ["LOGEMENT_AUTONOME"] = "Logement autonome",
        ["HOTEL"] = "Hôtel ou structure non autorisée",
        ["AUTRE"] = "Autre",
    };

    public static readonly IReadOnlyDictionary<string, string> Origines = new Dictionary<string, string>
    {
        ["EDUCATION_NATIONALE"] = "Éducation nationale",
        ["SANTE"] = "Santé",
        ["FORCES_ORDRE"] = "Forces de l'ordre",
        ["SNATED_119"] = "SNATED (119)",
        ["FAMILLE"] = "Famille",
        ["VOISINAGE"] = "Voisinage",
        ["ANONYME"] = "Anonyme",
        ["SERVICE_SOCIAL"] = "Service social",
        ["ASE"] = "ASE",
        ["PMI"] = "PMI",
        ["PARQUET"] = "Parquet",
        ["AUTRE_DEPARTEMENT"] = "Autre département",
        ["AUTRE"] = "Autre",
    };

    public static readonly IReadOnlyDictionary<string, string> Qualifications = new Dictionary<string, string>
    {
        ["IP"] = "Information préoccupante",
        ["NON_IP"] = "Non qualifiée IP",
        ["EN_COURS"] = "Première analyse en cours",
    };

    public static readonly IReadOnlyDictionary<string, string> Conclusions = new Dictionary<string, string>
    {
        ["CLASSEMENT"] = "Classement sans suite",
        ["ACCOMPAGNEMENT"] = "Orientation vers un accompagnement hors ASE",
        ["PRESTATION_ADMINISTRATIVE"] = "Prestation administrative",
        ["SAISINE_JUDICIAIRE"] = "Saisine judiciaire (signalement au Parquet)",
    };

    public static readonly IReadOnlyDictionary<string, string> MotifsFin = new Dictionary<string, string>
    {
        ["ECHEANCE"] = "Échéance",
        ["MAINLEVEE"] = "Mainlevée",
        ["MAJORITE"] = "Majorité",
        ["DEMENAGEMENT"] = "Déménagement",
        ["ADOPTION"] = "Adoption",
        ["DECES"] = "Décès",
        ["AUTRE"] = "Autre",
    };

    public static readonly IReadOnlyDictionary<string, string> ModesSejour = new Dictionary<string, string>
    {
        ["LIEU"] = "En lieu d'accueil",
        ["DOMICILE"] = "Au domicile",
        ["TDC"] = "Chez un tiers digne de confiance",
        ["AUTRE"] = "Autre",
    };

    /// <summary>DREES mode d'hébergement of a child confié, from the type of the lieu (or the séjour mode).</summary>
    public static string HebergementDrees(string? modeSejour, string? typeLieu) => (modeSejour, typeLieu) switch
    {
        ("LIEU", "ASSISTANT_FAMILIAL") => "FAMILLES_ACCUEIL",
        ("LIEU", "MECS" or "FDE" or "POUPONNIERE" or "LVA" or "VILLAGE_ENFANTS" or "CENTRE_MATERNEL" or "FOYER_JEUNES_MAJEURS") => "ETABLISSEMENTS",
        ("LIEU", "LOGEMENT_AUTONOME") => "AUTONOMES",
        _ => "AUTRES",
    };
}
