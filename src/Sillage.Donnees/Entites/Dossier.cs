namespace Sillage.Donnees.Entites;

// The child's recorded history, as in the interchange format (FORMAT-ECHANGE.md). Every record
// keeps the source system's identifier in SourceId so that a second import updates, never duplicates.

/// <summary>INSEE population on 1 January of <see cref="Annee"/>, by single year of age (0..20); no territory = the whole département.</summary>
public class Population
{
    public int Id { get; set; }
    public int Annee { get; set; }
    public int? TerritoireId { get; set; }
    public Territoire? Territoire { get; set; }
    public int Age { get; set; }
    public int Effectif { get; set; }
}

/// <summary>Lieu d'accueil: assistant familial, MECS, FDE, pouponnière, LVA…</summary>
public class LieuAccueil : IVersionne
{
    public int Id { get; set; }
    public string? SourceId { get; set; }
    /// <summary>Code of <see cref="Sillage.Domaine.Echange.Codes.TypesLieu"/>.</summary>
    public string Type { get; set; } = "";
    public string Nom { get; set; } = "";
    public int TerritoireId { get; set; }
    public Territoire? Territoire { get; set; }
    public int Capacite { get; set; }
    public int? AgeMin { get; set; }
    public int? AgeMax { get; set; }
    public DateOnly? DateOuverture { get; set; }
    public DateOnly? DateFermeture { get; set; }
    /// <summary>Authorised capacity (habilitation, agrément) when it differs from the installed <see cref="Capacite"/>.</summary>
    public int? CapaciteAutorisee { get; set; }
    /// <summary>M or F when the lieu receives only one sex; empty = mixed.</summary>
    public string? Sexe { get; set; }
    public string? Adresse { get; set; }
    /// <summary>The judge ordered an anonymous place: the address is hidden from everyone but the LIEUX role.</summary>
    public bool Anonyme { get; set; }
    /// <summary>Employer of an assistant familial (the département or an association).</summary>
    public string? Employeur { get; set; }
    /// <summary>Needs the lieu can meet, comma-separated codes: HANDICAP, POUPONNIERE, MERE_ENFANT.</summary>
    public string? Specialites { get; set; }
    public int Version { get; set; }
}

/// <summary>A unit of a lieu (groupe de vie, service) with its own places and public.</summary>
public class UniteLieu
{
    public int Id { get; set; }
    public int LieuId { get; set; }
    public string Nom { get; set; } = "";
    public int Capacite { get; set; }
    public int? AgeMin { get; set; }
    public int? AgeMax { get; set; }
    public string? Sexe { get; set; }
}

/// <summary>A place held for an admission until it expires (it counts as taken meanwhile).</summary>
public class Reservation : IVersionne
{
    public int Id { get; set; }
    public int LieuId { get; set; }
    public LieuAccueil? Lieu { get; set; }
    public int EnfantId { get; set; }
    public Enfant? Enfant { get; set; }
    public DateOnly DateArrivee { get; set; }
    public DateOnly Expiration { get; set; }
    /// <summary>ACTIVE, ADMISE, REFUSEE, ANNULEE.</summary>
    public string Statut { get; set; } = StatutActive;
    public string? MotifRefus { get; set; }
    public string? CreeePar { get; set; }
    public int Version { get; set; }

    public const string StatutActive = "ACTIVE";
    public const string StatutAdmise = "ADMISE";
    public const string StatutRefusee = "REFUSEE";
    public const string StatutAnnulee = "ANNULEE";
}

/// <summary>Places declared unavailable for a while (a foster carer's leave, works), with the reason.</summary>
public class Indisponibilite
{
    public int Id { get; set; }
    public int LieuId { get; set; }
    public int Places { get; set; }
    public DateOnly DateDebut { get; set; }
    public DateOnly? DateFin { get; set; }
    public string Motif { get; set; } = "";
}

/// <summary>Parent or other holder of parental authority (not in the interchange format).</summary>
public class Parent : IVersionne
{
    public int Id { get; set; }
    public int EnfantId { get; set; }
    /// <summary>MERE, PERE, TUTEUR, AUTRE.</summary>
    public string Lien { get; set; } = "";
    public string Nom { get; set; } = "";
    public string Prenoms { get; set; } = "";
    public bool AutoriteParentale { get; set; }
    public string? Adresse { get; set; }
    public string? Telephone { get; set; }
    public int Version { get; set; }
}

/// <summary>Information entrante of the CRIP register.</summary>
public class InformationEntrante : IVersionne
{
    public int Id { get; set; }
    public string? SourceId { get; set; }
    public DateOnly DateReception { get; set; }
    public string Origine { get; set; } = "";
    /// <summary>IP, NON_IP, EN_COURS.</summary>
    public string Qualification { get; set; } = "";
    public DateOnly? DateQualification { get; set; }
    public List<InformationEnfant> Enfants { get; set; } = [];
    public int Version { get; set; }
    // CRIP register (Fonctionnalites/Crip); empty for imported records. See Entites/Crip.cs.
    public TimeOnly? HeureReception { get; set; }
    /// <summary>Code of <c>ReglesCrip.Canaux</c>.</summary>
    public string? Canal { get; set; }
    public bool? InformateurProfessionnel { get; set; }
    /// <summary>Identity and contact of the reporter: confidential, never in a document given to the family.</summary>
    public string? InformateurIdentite { get; set; }
    public string? InformateurQualite { get; set; }
    /// <summary>A non-professional reporter asked for a reply on this day (CASF L226-5: answered within 3 months).</summary>
    public DateOnly? DateDemandeRetour { get; set; }
    /// <summary>Codes of <c>ReglesCrip.Faits</c>, comma-separated.</summary>
    public string? Faits { get; set; }
    public string? Recit { get; set; }
    /// <summary>IP, NON_IP or DEJA_CONNUE (a NON_IP in the interchange format) and its reason.</summary>
    public string? Analyse { get; set; }
    public string? MotifAnalyse { get; set; }
    public string? RecueillePar { get; set; }
    public string? QualifieePar { get; set; }
    // Evaluation checklist (common to the children of the information).
    public DateOnly? DateParentsInformes { get; set; }
    public string? MotifParentsNonInformes { get; set; }
    public string? VisitesDomicile { get; set; }
    public string? AccompagnementAnterieur { get; set; }
}

/// <summary>One child concerned by an information: its own evaluation and conclusion.</summary>
public class InformationEnfant : IVersionne
{
    public int Id { get; set; }
    public int InformationId { get; set; }
    public InformationEntrante? Information { get; set; }
    public int EnfantId { get; set; }
    public Enfant? Enfant { get; set; }
    public DateOnly? DateFinEvaluation { get; set; }
    public string? Conclusion { get; set; }
    public DateOnly? DateDecision { get; set; }
    public int Version { get; set; }
    // CRIP workflow (Fonctionnalites/Crip); empty for imported records.
    public bool? RencontreSeul { get; set; }
    public string? MotifNonRencontreSeul { get; set; }
    /// <summary>The evaluators' common conclusion (separate from the decision): danger confirmed or not, proposed suite.</summary>
    public bool? DangerConfirme { get; set; }
    public string? Proposition { get; set; }
    public string? ConclusionEvaluateurs { get; set; }
    /// <summary>Who decided the suite (<see cref="Conclusion"/>, <see cref="DateDecision"/>).</summary>
    public string? DecidePar { get; set; }
    /// <summary>Ground of a saisine judiciaire: code of <c>ReglesCrip.Fondements</c>.</summary>
    public string? FondementSaisine { get; set; }
    public string? ActionsPrecedentes { get; set; }
    public string? MotifDecision { get; set; }
    /// <summary>The measure a prestation administrative opened.</summary>
    public int? MesureId { get; set; }
}

/// <summary>A decision and the measure it orders (type of the catalogue).</summary>
public class Mesure : IVersionne
{
    public int Id { get; set; }
    public string? SourceId { get; set; }
    public int EnfantId { get; set; }
    public Enfant? Enfant { get; set; }
    public string Type { get; set; } = "";
    public DateOnly DateDecision { get; set; }
    /// <summary>Empty = decided but not yet executed (mesure en attente d'exécution).</summary>
    public DateOnly? DateDebut { get; set; }
    public DateOnly? DateFinPrevue { get; set; }
    public DateOnly? DateFin { get; set; }
    public string? MotifFin { get; set; }
    public int? RenouvelleId { get; set; }
    public Mesure? Renouvelle { get; set; }
    /// <summary>Who decided: PCD (président du conseil départemental), JUGE_ENFANTS, PARQUET, JAF.</summary>
    public string? Autorite { get; set; }
    /// <summary>Date of the parents' (or the young adult's) written agreement, for an administrative measure.</summary>
    public DateOnly? DateAccordParents { get; set; }
    /// <summary>The service that executes the measure: an ASE team or an authorised association.</summary>
    public string? ServiceExecutant { get; set; }
    /// <summary>The decision is the long-duration exception of CC 375 (no 2-year limit).</summary>
    public bool ExceptionLongueDuree { get; set; }
    /// <summary>Reason for a jeune majeur measure continuing past 21 (end of the school year).</summary>
    public string? MotifProlongation { get; set; }
    public int Version { get; set; }
}

/// <summary>Where the child actually lives under a measure.</summary>
public class Sejour : IVersionne
{
    public int Id { get; set; }
    public string? SourceId { get; set; }
    public int EnfantId { get; set; }
    public Enfant? Enfant { get; set; }
    public int MesureId { get; set; }
    public Mesure? Mesure { get; set; }
    public int? LieuId { get; set; }
    public LieuAccueil? Lieu { get; set; }
    /// <summary>LIEU, DOMICILE, TDC, AUTRE.</summary>
    public string Mode { get; set; } = "";
    public DateOnly DateDebut { get; set; }
    public DateOnly? DateFin { get; set; }
    /// <summary>Reason recorded when the séjour separates siblings (CC 375-7) or uses the hotel derogation.</summary>
    public string? Motif { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// One version of a projet pour l'enfant (CASF L223-1-1). <see cref="DateSignature"/> is the département's
/// signature (the PPE is then « signé » for the échéancier); the content is in Parcours.cs.
/// </summary>
public partial class ProjetPourEnfant : IVersionne
{
    public int Id { get; set; }
    public string? SourceId { get; set; }
    public int EnfantId { get; set; }
    public DateOnly? DateSignature { get; set; }
    public int Version { get; set; }
}

public partial class RapportSituation : IVersionne
{
    public int Id { get; set; }
    public string? SourceId { get; set; }
    public int EnfantId { get; set; }
    public DateOnly Date { get; set; }
    public DateOnly? DatePartage { get; set; }
    public DateOnly? DateTransmissionJuge { get; set; }
    public int Version { get; set; }
}

/// <summary>Entretien « 17 ans » d'accès à l'autonomie (CASF L222-5-1).</summary>
public partial class Entretien17Ans
{
    public int Id { get; set; }
    public int EnfantId { get; set; }
    public DateOnly Date { get; set; }
}

/// <summary>Examination by the CESSEC (CASF L223-1, D223-26).</summary>
public partial class ExamenCessec
{
    public int Id { get; set; }
    public int EnfantId { get; set; }
    public DateOnly DateExamen { get; set; }
}

/// <summary>A document attached to a child's file, optionally to one event of the timeline.</summary>
public class Document
{
    public int Id { get; set; }
    public int EnfantId { get; set; }
    /// <summary>Kind of event it belongs to (Mesure, Sejour, Information…) and that event's id; empty = the whole file.</summary>
    public string? EvenementType { get; set; }
    public int? EvenementId { get; set; }
    public string Titre { get; set; } = "";
    public string NomFichier { get; set; } = "";
    public string TypeContenu { get; set; } = "";
    public byte[] Contenu { get; set; } = [];
    public DateTime DeposeLe { get; set; }
    public string? DeposePar { get; set; }
}

/// <summary>A record imported with --tolerant although it breaks a legal rule: listed on the data-quality page until fixed.</summary>
public class AnomalieQualite
{
    public int Id { get; set; }
    public string Fichier { get; set; } = "";
    public int Ligne { get; set; }
    public string? SourceId { get; set; }
    public int? EnfantId { get; set; }
    public string Regle { get; set; } = "";
    public string Message { get; set; } = "";
    public DateTime ImporteLe { get; set; }
    public DateTime? ResolueLe { get; set; }
}

/// <summary>A rule setting changed by an administrator (REGLES.md: deadlines that are settings, with their legal source).</summary>
public class ParametreRegle
{
    /// <summary>Name of the property of <see cref="Sillage.Domaine.Regles.ParametresEcheances"/>.</summary>
    public string Code { get; set; } = "";
    public int Valeur { get; set; }
    public DateTime ModifieLe { get; set; }
    public string? ModifiePar { get; set; }
}
