namespace Sillage.Domaine.Regles;

/// <summary>
/// The deadlines that are settings rather than constants (REGLES.md): each has a default and its
/// legal source; an administrator may change them where a text is ambiguous or a local protocol applies.
/// </summary>
public sealed record ParametresEcheances
{
    /// <summary>EVAL_IP — evaluation within 3 months of receipt (CASF D226-2-4).</summary>
    public int EvaluationMois { get; init; } = 3;
    /// <summary>EVAL_IP for a child under 2 on the day of receipt (local protocol), default also 3 months.</summary>
    public int EvaluationMoinsDeDeuxAnsMois { get; init; } = 3;
    /// <summary>PPE within 3 months of the start of the parcours (CASF L223-1-1, D223-12).</summary>
    public int PpeMois { get; init; } = 3;
    /// <summary>Rapport de situation yearly (CASF L223-5).</summary>
    public int RapportMois { get; init; } = 12;
    /// <summary>Rapport every 6 months for a young child (CASF L223-5, D223-18).</summary>
    public int RapportJeuneEnfantMois { get; init; } = 6;
    /// <summary>Age threshold for young children: 3 years since 2022 (D223-18 and CC 375 still say 2).</summary>
    public int SeuilJeuneEnfantAns { get; init; } = 3;
    /// <summary>CESSEC examination every 6 months for a young child confié (CASF L223-1, D223-26).</summary>
    public int CessecJeuneEnfantMois { get; init; } = 6;

    public static ParametresEcheances ParDefaut { get; } = new();
}
