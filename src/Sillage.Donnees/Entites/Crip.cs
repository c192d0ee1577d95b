namespace Sillage.Donnees.Entites;

/// <summary>An evaluator assigned to an information (at least two, CASF D226-2-5 / HAS).</summary>
public class EvaluateurInformation
{
    public int Id { get; set; }
    public int InformationId { get; set; }
    public InformationEntrante? Information { get; set; }
    public string UtilisateurId { get; set; } = "";
    public Utilisateur? Utilisateur { get; set; }
    public DateOnly DateAssignation { get; set; }
}

/// <summary>A tracked feedback task of the CRIP: parents informed, professional reporter, non-professional reporter's request.</summary>
public class RetourCrip : IVersionne
{
    public int Id { get; set; }
    public int InformationId { get; set; }
    public InformationEntrante? Information { get; set; }
    /// <summary>Code of <c>ReglesCrip.TypesRetour</c>.</summary>
    public string Type { get; set; } = "";
    public DateOnly DateCreation { get; set; }
    public DateOnly Echeance { get; set; }
    public DateOnly? DateFaite { get; set; }
    public string? FaitePar { get; set; }
    public int Version { get; set; }
}
