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
    /// <summary>RAPPORT_ECHEANCE — reminder of the rapport to the judge before a judicial measure ends (practice; C. civ. 375).</summary>
    public int RappelRapportEcheanceMois { get; init; } = 3;

    public static ParametresEcheances ParDefaut { get; } = new();

    public sealed record Reglage(string Code, string Libelle, string Source, string Unite, int Minimum, int Maximum, Func<ParametresEcheances, int> Lire, Func<ParametresEcheances, int, ParametresEcheances> Ecrire)
    {
        public int Defaut => Lire(ParDefaut);
    }

    /// <summary>Every setting, with its French label and legal source, as the administration page shows them.</summary>
    public static readonly IReadOnlyList<Reglage> Reglages =
    [
        new(nameof(EvaluationMois), "Délai d'évaluation d'une information préoccupante", "CASF D226-2-4", "mois", 1, 6, p => p.EvaluationMois, (p, v) => p with { EvaluationMois = v }),
        new(nameof(EvaluationMoinsDeDeuxAnsMois), "Délai d'évaluation pour un enfant de moins de 2 ans (protocole local)", "CASF D226-2-4 ; protocole départemental", "mois", 1, 6, p => p.EvaluationMoinsDeDeuxAnsMois, (p, v) => p with { EvaluationMoinsDeDeuxAnsMois = v }),
        new(nameof(PpeMois), "Délai d'établissement du projet pour l'enfant", "CASF L223-1-1, D223-12", "mois", 1, 6, p => p.PpeMois, (p, v) => p with { PpeMois = v }),
        new(nameof(RapportMois), "Périodicité du rapport de situation", "CASF L223-5", "mois", 1, 12, p => p.RapportMois, (p, v) => p with { RapportMois = v }),
        new(nameof(RapportJeuneEnfantMois), "Périodicité du rapport pour un jeune enfant", "CASF L223-5, D223-18", "mois", 1, 12, p => p.RapportJeuneEnfantMois, (p, v) => p with { RapportJeuneEnfantMois = v }),
        new(nameof(SeuilJeuneEnfantAns), "Âge en dessous duquel l'enfant est « jeune enfant » (rapport, CESSEC)", "CASF L223-5 (loi 2022-140 : 3 ans ; D223-18 et C. civ. 375 : 2 ans)", "ans", 1, 6, p => p.SeuilJeuneEnfantAns, (p, v) => p with { SeuilJeuneEnfantAns = v }),
        new(nameof(CessecJeuneEnfantMois), "Périodicité de l'examen CESSEC d'un jeune enfant confié", "CASF L223-1, D223-26", "mois", 1, 12, p => p.CessecJeuneEnfantMois, (p, v) => p with { CessecJeuneEnfantMois = v }),
        new(nameof(RappelRapportEcheanceMois), "Rappel du rapport d'échéance avant la fin d'une mesure judiciaire", "C. civ. 375, CASF L223-5 (rapport au juge avant l'échéance)", "mois", 1, 6, p => p.RappelRapportEcheanceMois, (p, v) => p with { RappelRapportEcheanceMois = v }),
    ];

    public static ParametresEcheances Depuis(IReadOnlyDictionary<string, int> valeurs) =>
        Reglages.Aggregate(ParDefaut, (p, r) => valeurs.TryGetValue(r.Code, out var v) && v >= r.Minimum && v <= r.Maximum ? r.Ecrire(p, v) : p);
}
