namespace Sillage.Domaine.Echange;

/// <summary>The files of the interchange format (FORMAT-ECHANGE.md), in dependency order, with their exact columns.</summary>
public static class FormatEchange
{
    public const string Territoires = "territoires.csv";
    public const string Population = "population.csv";
    public const string Lieux = "lieux.csv";
    public const string Enfants = "enfants.csv";
    public const string Informations = "informations.csv";
    public const string InformationsEnfants = "informations_enfants.csv";
    public const string Mesures = "mesures.csv";
    public const string Sejours = "sejours.csv";
    public const string Ppe = "ppe.csv";
    public const string Rapports = "rapports.csv";
    public const string Entretiens = "entretiens.csv";
    public const string Cessec = "cessec.csv";

    /// <summary>Every file, in the order they are read, written and reported.</summary>
    public static readonly IReadOnlyList<(string Fichier, string[] Colonnes)> Fichiers =
    [
        (Territoires, ["code", "libelle"]),
        (Population, ["annee", "territoire", "age", "effectif"]),
        (Lieux, ["id", "type", "nom", "territoire", "capacite", "age_min", "age_max", "date_ouverture", "date_fermeture"]),
        (Enfants, ["id", "nom", "prenoms", "sexe", "date_naissance", "territoire", "famille", "mna", "nom_naissance_mere"]),
        (Informations, ["id", "date_reception", "origine", "qualification", "date_qualification"]),
        (InformationsEnfants, ["information_id", "enfant_id", "date_fin_evaluation", "conclusion", "date_decision"]),
        (Mesures, ["id", "enfant_id", "type", "date_decision", "date_debut", "date_fin_prevue", "date_fin", "motif_fin", "renouvelle"]),
        (Sejours, ["id", "enfant_id", "mesure_id", "lieu_id", "mode", "date_debut", "date_fin", "motif"]),
        (Ppe, ["id", "enfant_id", "date_signature"]),
        (Rapports, ["id", "enfant_id", "date"]),
        (Entretiens, ["enfant_id", "date"]),
        (Cessec, ["enfant_id", "date_examen"]),
    ];

    public static string[] Colonnes(string fichier) => Fichiers.First(f => f.Fichier == fichier).Colonnes;

    public static int Rang(string fichier)
    {
        for (var i = 0; i < Fichiers.Count; i++)
            if (Fichiers[i].Fichier == fichier) return i;
        return Fichiers.Count;
    }

    /// <summary>`population.territoire` value meaning the whole département.</summary>
    public const string TousTerritoires = "*";
}

/// <summary>A refused input: <c>file:line: column: message</c>.</summary>
public sealed record ErreurEchange(string Fichier, int Ligne, string Colonne, string Message)
{
    /// <summary>A message quotes the faulty cell: a 100 000-character cell is cut, the message stays readable.</summary>
    public string Message { get; init; } = Message.Length > 500 ? Message[..500] + "… (valeur tronquée)" : Message;

    public override string ToString() => $"{Fichier}:{Ligne}: {Colonne}: {Message}";
}

/// <summary>A record that breaks a legal rule (an <see cref="Regles.Infraction"/>) at a place of the folder.</summary>
public sealed record AnomalieEchange(string Fichier, int Ligne, string Colonne, string? SourceId, string? EnfantId, string Regle, string Message, string Source)
{
    public override string ToString() => $"{Fichier}:{Ligne}: {Colonne}: {Message} [{Regle}, {Source}]";
    public ErreurEchange EnErreur() => new(Fichier, Ligne, Colonne, $"{Message} ({Source})");
}

public sealed record TerritoireLu(int Ligne, string Code, string Libelle);
public sealed record PopulationLue(int Ligne, int Annee, string Territoire, int Age, int Effectif);
public sealed record LieuLu(int Ligne, string Id, string Type, string Nom, string Territoire, int Capacite, int? AgeMin, int? AgeMax, DateOnly? Ouverture, DateOnly? Fermeture);
public sealed record EnfantLu(int Ligne, string Id, string Nom, string Prenoms, string Sexe, DateOnly Naissance, string Territoire, string? Famille, bool Mna, string? NomNaissanceMere);
public sealed record InformationLue(int Ligne, string Id, DateOnly Reception, string Origine, string Qualification, DateOnly? DateQualification);
public sealed record InformationEnfantLue(int Ligne, string InformationId, string EnfantId, DateOnly? FinEvaluation, string? Conclusion, DateOnly? DateDecision);
public sealed record MesureLue(int Ligne, string Id, string EnfantId, string Type, DateOnly Decision, DateOnly? Debut, DateOnly? FinPrevue, DateOnly? Fin, string? MotifFin, string? Renouvelle);
public sealed record SejourLu(int Ligne, string Id, string EnfantId, string MesureId, string? LieuId, string Mode, DateOnly Debut, DateOnly? Fin, string? Motif);
public sealed record PpeLu(int Ligne, string Id, string EnfantId, DateOnly? Signature);
public sealed record RapportLu(int Ligne, string Id, string EnfantId, DateOnly Date);
/// <summary>A dated fact of a child without its own id: entretien « 17 ans », examen CESSEC.</summary>
public sealed record DateEnfantLue(int Ligne, string EnfantId, DateOnly Date);

/// <summary>What one file of the folder contained.</summary>
public sealed record FichierLu(string Fichier, bool Present, int Lignes, string? Sha256);

/// <summary>
/// Records already in the database that the folder may reference without repeating them (a
/// partial folder imported after a full one). Keys are source ids (territory codes for territories).
/// </summary>
public sealed class ReferencesExistantes
{
    public HashSet<string> Territoires { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, DateOnly> Enfants { get; } = new(StringComparer.Ordinal);
    /// <summary>Lieu source id → type.</summary>
    public Dictionary<string, string> Lieux { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, DateOnly> Informations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, MesureExistante> Mesures { get; } = new(StringComparer.Ordinal);

    public static ReferencesExistantes Aucune => new();
}

public sealed record MesureExistante(string EnfantId, DateOnly? Debut, DateOnly? Fin);

/// <summary>The whole folder, parsed and checked: records, structural errors and broken legal rules.</summary>
public sealed class LotEchange
{
    public List<FichierLu> Fichiers { get; } = [];
    public List<TerritoireLu> Territoires { get; } = [];
    public List<PopulationLue> Population { get; } = [];
    public List<LieuLu> Lieux { get; } = [];
    public List<EnfantLu> Enfants { get; } = [];
    public List<InformationLue> Informations { get; } = [];
    public List<InformationEnfantLue> InformationsEnfants { get; } = [];
    public List<MesureLue> Mesures { get; } = [];
    public List<SejourLu> Sejours { get; } = [];
    public List<PpeLu> Ppe { get; } = [];
    public List<RapportLu> Rapports { get; } = [];
    public List<DateEnfantLue> Entretiens { get; } = [];
    public List<DateEnfantLue> Cessec { get; } = [];

    /// <summary>Structural errors (header, dates, codes, references, duplicates): always refused.</summary>
    public List<ErreurEchange> Erreurs { get; } = [];
    /// <summary>Broken legal rules: refused, or imported and flagged with --tolerant.</summary>
    public List<AnomalieEchange> Anomalies { get; } = [];

    /// <summary>Every problem in file order, then line order: structural errors and legal rules alike.</summary>
    public IReadOnlyList<ErreurEchange> ToutesErreurs() =>
        Erreurs.Concat(Anomalies.Select(a => a.EnErreur())).OrderBy(e => FormatEchange.Rang(e.Fichier)).ThenBy(e => e.Ligne).ToList();
}
