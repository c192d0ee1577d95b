namespace Sillage.Domaine.Conservation;

/// <summary>Where a record stands in its life cycle (RGPD, CNIL référentiel protection de l'enfance; code du patrimoine L212-2).</summary>
public enum EtatConservation
{
    /// <summary>Base active : consultable par les professionnels de la mission.</summary>
    Actif,
    /// <summary>Archive intermédiaire : accès restreint, en attente du sort final.</summary>
    ArchiveIntermediaire,
    /// <summary>Sort final échu : élimination (données personnelles supprimées, statistiques gardées) ou versement aux archives, avec visa.</summary>
    SortFinalEchu,
}

public enum SortFinal { Elimination, Versement }

/// <summary>The kinds of records the retention engine knows, each with its own settings.</summary>
public enum TypeEnregistrement
{
    /// <summary>Dossier d'un enfant qui a connu au moins une mesure ou un séjour.</summary>
    DossierAvecMesure,
    /// <summary>Dossier ouvert sur une information préoccupante sans suite de protection.</summary>
    DossierSansMesure,
}

/// <summary>Per-type settings: years in the active base after the last contact, years in intermediate archive, final fate.</summary>
public sealed record ReglesConservation(TypeEnregistrement Type, int AnneesActives, int AnneesIntermediaires, SortFinal Sort, string Source)
{
    /// <summary>Default settings: active until 2 years after the last contact, then intermediate archive, then the final fate.</summary>
    public static readonly IReadOnlyList<ReglesConservation> ParDefaut =
    [
        new(TypeEnregistrement.DossierAvecMesure, 2, 8, SortFinal.Versement,
            "CNIL, référentiel protection de l'enfance (délibération 2022-008) ; instruction DAF DPACI/RES/2009/018 : dossiers de mesures versés aux archives départementales"),
        new(TypeEnregistrement.DossierSansMesure, 2, 3, SortFinal.Elimination,
            "CNIL, référentiel protection de l'enfance (délibération 2022-008) : information sans suite, élimination"),
    ];

    public static ReglesConservation Pour(TypeEnregistrement type, IEnumerable<ReglesConservation>? reglages = null) =>
        (reglages ?? ParDefaut).FirstOrDefault(r => r.Type == type) ?? ParDefaut.First(r => r.Type == type);

    /// <summary>One editable setting (administration page, stored with the other rule settings by its code).
    /// <paramref name="Choix"/>: the allowed values with their labels, for a setting that is a choice (the final fate).</summary>
    public sealed record Reglage(string Code, string Libelle, string Source, string Unite, int Minimum, int Maximum, int Defaut,
        IReadOnlyList<(int Valeur, string Libelle)>? Choix = null)
    {
        /// <summary>The stored value, or the default when it is missing or out of range.</summary>
        public int Lire(IReadOnlyDictionary<string, int> valeurs) => valeurs.TryGetValue(Code, out var v) && v >= Minimum && v <= Maximum ? v : Defaut;
    }

    private static string Prefixe(TypeEnregistrement t) => t == TypeEnregistrement.DossierAvecMesure ? "ConservationAvecMesure" : "ConservationSansMesure";

    /// <summary>Three settings per record type: years in the active base, years in intermediate archive, final fate (0 élimination, 1 versement).</summary>
    public static readonly IReadOnlyList<Reglage> Reglages = ParDefaut.SelectMany(r => new Reglage[]
    {
        new($"{Prefixe(r.Type)}ActiveAns", $"{r.Type.Libelle()} : base active après le dernier contact", r.Source, "an(s)", 1, 50, r.AnneesActives),
        new($"{Prefixe(r.Type)}IntermediaireAns", $"{r.Type.Libelle()} : archive intermédiaire (accès restreint)", r.Source, "an(s)", 0, 100, r.AnneesIntermediaires),
        new($"{Prefixe(r.Type)}Sort", $"{r.Type.Libelle()} : sort final", "Code du patrimoine L212-2 et L212-3 ; visa des archives départementales", "", 0, 1, (int)r.Sort,
            [((int)SortFinal.Elimination, SortFinal.Elimination.Libelle()), ((int)SortFinal.Versement, SortFinal.Versement.Libelle())]),
    }).ToList();

    /// <summary>The rules in force from the stored settings (a missing or out-of-range value keeps its default).</summary>
    public static IReadOnlyList<ReglesConservation> Depuis(IReadOnlyDictionary<string, int> valeurs)
    {
        int Lire(string code) => Reglages.First(r => r.Code == code).Lire(valeurs);
        return ParDefaut.Select(r => r with
        {
            AnneesActives = Lire($"{Prefixe(r.Type)}ActiveAns"),
            AnneesIntermediaires = Lire($"{Prefixe(r.Type)}IntermediaireAns"),
            Sort = (SortFinal)Lire($"{Prefixe(r.Type)}Sort"),
        }).ToList();
    }

    public IReadOnlyList<ErreurValidation> Verifier()
    {
        var e = new List<ErreurValidation>();
        if (AnneesActives < 1 || AnneesActives > 50) e.Add(new("AnneesActives", "Durée en base active : entre 1 et 50 ans."));
        if (AnneesIntermediaires < 0 || AnneesIntermediaires > 100) e.Add(new("AnneesIntermediaires", "Durée en archive intermédiaire : entre 0 et 100 ans."));
        return e;
    }
}

/// <summary>What the engine says about one record on a date.</summary>
public sealed record SituationConservation(EtatConservation Etat, DateOnly FinActive, DateOnly FinIntermediaire, SortFinal Sort);

/// <summary>The retention engine: pure, dated, no database.</summary>
public static class MoteurConservation
{
    /// <summary>
    /// <paramref name="dernierContact"/>: the last dated event of the record (null = none, the opening date is used);
    /// <paramref name="enCours"/>: a measure or placement still running keeps the record active whatever the dates.
    /// Majority does not shorten anything: a former child keeps a right of access to the whole file.
    /// </summary>
    public static SituationConservation Evaluer(ReglesConservation regles, DateOnly dernierContact, bool enCours, DateOnly au)
    {
        var reference = enCours && au > dernierContact ? au : dernierContact;
        var finActive = reference.AddYears(regles.AnneesActives);
        var finIntermediaire = finActive.AddYears(regles.AnneesIntermediaires);
        var etat = enCours || au < finActive ? EtatConservation.Actif
            : au < finIntermediaire ? EtatConservation.ArchiveIntermediaire
            : EtatConservation.SortFinalEchu;
        return new(etat, finActive, finIntermediaire, regles.Sort);
    }

    public static string Libelle(this EtatConservation e) => e switch
    {
        EtatConservation.Actif => "Base active",
        EtatConservation.ArchiveIntermediaire => "Archive intermédiaire (accès restreint)",
        _ => "Sort final échu",
    };

    public static string Libelle(this SortFinal s) => s == SortFinal.Elimination ? "Élimination" : "Versement aux archives départementales";

    public static string Libelle(this TypeEnregistrement t) => t == TypeEnregistrement.DossierAvecMesure
        ? "Dossier avec mesure ou séjour" : "Dossier sans mesure (information sans suite)";
}
