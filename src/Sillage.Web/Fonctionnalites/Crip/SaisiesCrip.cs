namespace Sillage.Web.Fonctionnalites.Crip;

// What a user types at each step of the CRIP workflow (page forms and API bodies alike).
// Every edit of an existing information carries the Version it was read at (optimistic concurrency).

public sealed class SaisieRecueil
{
    public DateOnly? DateReception { get; set; }
    public TimeOnly? HeureReception { get; set; }
    public string? Canal { get; set; }
    public string? Origine { get; set; }
    public bool? InformateurProfessionnel { get; set; }
    public string? InformateurIdentite { get; set; }
    public string? InformateurQualite { get; set; }
    public DateOnly? DateDemandeRetour { get; set; }
    public List<string> Faits { get; set; } = [];
    public string? Recit { get; set; }
    public List<int> Enfants { get; set; } = [];
}

public sealed class SaisieAnalyse
{
    public string? Analyse { get; set; }
    public string? Motif { get; set; }
    public DateOnly? Date { get; set; }
    public int Version { get; set; }
}

public sealed class SaisieSaisineParquet
{
    public DateOnly? Date { get; set; }
    public string? ActionsPrecedentes { get; set; }
    public int Version { get; set; }
}

public sealed class SaisieEvaluateurs
{
    public List<string> Evaluateurs { get; set; } = [];
    public int Version { get; set; }
}

public sealed class SaisieEvaluationEnfant
{
    public int EnfantId { get; set; }
    public bool? RencontreSeul { get; set; }
    public string? MotifNonRencontreSeul { get; set; }
    // Conclusion of the evaluators (when DateFin is given).
    public DateOnly? DateFin { get; set; }
    public bool? DangerConfirme { get; set; }
    public string? Proposition { get; set; }
    public string? Conclusion { get; set; }
}

/// <summary>The evaluation checklist and, per child, the evaluators' common conclusion.</summary>
public sealed class SaisieEvaluation
{
    public DateOnly? DateParentsInformes { get; set; }
    public string? MotifParentsNonInformes { get; set; }
    public string? VisitesDomicile { get; set; }
    public string? AccompagnementAnterieur { get; set; }
    public List<SaisieEvaluationEnfant> Enfants { get; set; } = [];
    public int Version { get; set; }
}

public sealed class SaisieDecisionEnfant
{
    public int EnfantId { get; set; }
    /// <summary>Empty = no decision for this child now.</summary>
    public string? Suite { get; set; }
    public string? Fondement { get; set; }
    public string? TypeMesure { get; set; }
    public DateOnly? DateAccordParents { get; set; }
}

/// <summary>The decision of the person in charge, child by child (separate from the evaluators' conclusion).</summary>
public sealed class SaisieDecision
{
    public DateOnly? Date { get; set; }
    public string? Motif { get; set; }
    public string? ActionsPrecedentes { get; set; }
    public List<SaisieDecisionEnfant> Enfants { get; set; } = [];
    public int Version { get; set; }
}

public sealed class SaisieRetour
{
    public DateOnly? Date { get; set; }
    public int Version { get; set; }
}
