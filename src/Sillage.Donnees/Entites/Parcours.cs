namespace Sillage.Donnees.Entites;

// Parcours de l'enfant: PPE content and versions, rapports, CESSEC, accès à l'autonomie, relations
// parents-enfant. Columns added to interchange tables are nullable or have a default (the bulk importer does not write them).

public partial class ProjetPourEnfant
{
    /// <summary>Version number (1, 2, …): a signed version is frozen, a change makes the next one.</summary>
    public int Numero { get; set; } = 1;
    public int? PrecedentId { get; set; }
    public DateOnly? DateRedaction { get; set; }
    public string? RedigePar { get; set; }
    public string? BesoinsEnfant { get; set; }
    public string? PersonneConfiance { get; set; }
    public DateOnly? DateBilanSante { get; set; }
    public string? BilanSante { get; set; }
    public string? ProjetAutonomie { get; set; }
    public string? ParoleEnfant { get; set; }
    public string? ParoleParents { get; set; }
    public List<ObjectifPpe> Objectifs { get; set; } = [];
    public List<SignaturePpe> Signatures { get; set; } = [];
}

/// <summary>An objective of the PPE in one of the three domains of D223-15, with its actions, who and when.</summary>
public class ObjectifPpe
{
    public int Id { get; set; }
    public int PpeId { get; set; }
    public int Ordre { get; set; }
    /// <summary>SANTE, RELATIONS, SCOLARITE (ReglesPpe.Domaines).</summary>
    public string Domaine { get; set; } = "";
    public string Objectif { get; set; } = "";
    public string? Actions { get; set; }
    public string? Qui { get; set; }
    public string? Quand { get; set; }
}

/// <summary>A signature of one PPE version: a parent titulaire, the child, the département.</summary>
public class SignaturePpe
{
    public int Id { get; set; }
    public int PpeId { get; set; }
    /// <summary>PARENT, ENFANT, DEPARTEMENT.</summary>
    public string Qualite { get; set; } = "";
    public int? ParentId { get; set; }
    public string Nom { get; set; } = "";
    public DateOnly Date { get; set; }
}

/// <summary>Someone the PPE (or a rapport) was given to: the recipients list (CASF D223-17).</summary>
public class DestinataireDocument
{
    public int Id { get; set; }
    public int EnfantId { get; set; }
    /// <summary>PPE or RAPPORT, and the record's id.</summary>
    public string Document { get; set; } = "";
    public int DocumentId { get; set; }
    public string Destinataire { get; set; } = "";
    public DateOnly Date { get; set; }
    public string? EnregistrePar { get; set; }
}

public partial class RapportSituation
{
    public int? PpeId { get; set; }
    public string? Sante { get; set; }
    public string? Relations { get; set; }
    public string? Scolarite { get; set; }
    /// <summary>MAINTIEN, MODIFICATION, FIN (ReglesRapport.Conclusions).</summary>
    public string? Conclusion { get; set; }
    public string? StatutPropose { get; set; }
    public bool SaisineCessec { get; set; }
    public string? Observations { get; set; }
    public List<ProgresObjectif> Progres { get; set; } = [];
}

/// <summary>Progress on one objective of the PPE, as the rapport de situation reports it.</summary>
public class ProgresObjectif
{
    public int Id { get; set; }
    public int RapportId { get; set; }
    public int ObjectifId { get; set; }
    /// <summary>ATTEINT, EN_COURS, NON_ATTEINT, ABANDONNE.</summary>
    public string Avancement { get; set; } = "";
    public string? Commentaire { get; set; }
}

public partial class Entretien17Ans
{
    public string? Synthese { get; set; }
}

public partial class ExamenCessec
{
    public int? SeanceId { get; set; }
    /// <summary>ListeCessec.Avis code.</summary>
    public string? Avis { get; set; }
    public string? Motivation { get; set; }
}

/// <summary>A session of the CESSEC with its members.</summary>
public class SeanceCessec : IVersionne
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public List<MembreCessec> Membres { get; set; } = [];
    public int Version { get; set; }
}

public class MembreCessec
{
    public int Id { get; set; }
    public int SeanceId { get; set; }
    public string Nom { get; set; } = "";
    /// <summary>ListeCessec.Roles code.</summary>
    public string Role { get; set; } = "";
}

/// <summary>A référent's flag: this child confié should be examined by the CESSEC (risk of délaissement, unsuited statut).</summary>
public class SignalementCessec
{
    public int Id { get; set; }
    public int EnfantId { get; set; }
    public DateOnly Date { get; set; }
    public string Raison { get; set; } = "";
    public string? SignalePar { get; set; }
}

/// <summary>A visit or contact between the child and a parent (visites médiatisées included), or one that did not take place.</summary>
public class ContactParent
{
    public int Id { get; set; }
    public int EnfantId { get; set; }
    public int? ParentId { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>Delaissement.TypesContact code.</summary>
    public string Type { get; set; } = "";
    /// <summary>False: planned but the parent did not come.</summary>
    public bool Realise { get; set; } = true;
    public string? Commentaire { get; set; }
}

/// <summary>The solution found for a young person leaving care at 18 (AccesAutonomie.TypesSolution).</summary>
public class SolutionSortie
{
    public int Id { get; set; }
    public int EnfantId { get; set; }
    public DateOnly Date { get; set; }
    public string Type { get; set; } = "";
    public string? Commentaire { get; set; }
}
