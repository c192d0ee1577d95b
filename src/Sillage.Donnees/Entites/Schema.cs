namespace Sillage.Donnees.Entites;

// Schéma départemental (issue 10). Lists of verbatim strings are stored as JSON arrays (…Json columns):
// they are read and written whole, never queried one by one.

/// <summary>Un schéma départemental enfance-famille importé (FORMAT.md).</summary>
public class PlanSchema : IVersionne
{
    public int Id { get; set; }
    public string CodeDepartement { get; set; } = "";
    public string NomDepartement { get; set; } = "";
    public string Titre { get; set; } = "";
    public int AnneeDebut { get; set; }
    public int AnneeFin { get; set; }
    public string? Adoption { get; set; }
    public string SourcesJson { get; set; } = "[]";
    public string GouvernanceJson { get; set; } = "[]";
    public string BilanPrecedentJson { get; set; } = "[]";
    public string NomFichier { get; set; } = "";
    public string EmpreinteFichier { get; set; } = "";
    public DateTime ImporteLe { get; set; }
    public string? ImportePar { get; set; }
    public int Version { get; set; }
}

public class AxeSchema
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int Ordre { get; set; }
    public string Numero { get; set; } = "";
    public string Titre { get; set; } = "";
    public string? Principe { get; set; }
    /// <summary>[{"numero","titre"}]</summary>
    public string ObjectifsJson { get; set; } = "[]";
}

/// <summary>Une fiche action : pilotes, partenaires, période et calendrier sont modifiables (versions gardées).</summary>
public class FicheSchema : IVersionne
{
    public int Id { get; set; }
    public int AxeId { get; set; }
    public int PlanId { get; set; }
    public int Ordre { get; set; }
    public string Numero { get; set; } = "";
    public string Titre { get; set; } = "";
    public string? Objectif { get; set; }
    public string? PeriodeDebut { get; set; }
    public string? PeriodeFin { get; set; }
    public string DiagnosticJson { get; set; } = "[]";
    public string ObjectifsOperationnelsJson { get; set; } = "[]";
    public string PilotesJson { get; set; } = "[]";
    public string CopilotesJson { get; set; } = "[]";
    public string PartiesPrenantesJson { get; set; } = "[]";
    public string PartenairesJson { get; set; } = "[]";
    /// <summary>[{"libelle","periodes":[…]}]</summary>
    public string CalendrierJson { get; set; } = "[]";
    public string PointsVigilanceJson { get; set; } = "[]";
    public int Version { get; set; }
}

/// <summary>Une action d'une fiche et son suivi (statut, période réelle).</summary>
public class ActionSchema : IVersionne
{
    public int Id { get; set; }
    public int FicheId { get; set; }
    public int Ordre { get; set; }
    public string Numero { get; set; } = "";
    public string Titre { get; set; } = "";
    public string DetailsJson { get; set; } = "[]";
    /// <summary>Code of <c>Sillage.Domaine.Schema.StatutAction</c> (non_engagee, en_cours…).</summary>
    public string Statut { get; set; } = "non_engagee";
    public string? DebutReel { get; set; }
    public string? FinReelle { get; set; }
    public int Version { get; set; }
}

/// <summary>Note d'avancement datée d'une action, avec son auteur.</summary>
public class NoteSuiviSchema
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public DateOnly Date { get; set; }
    public string Statut { get; set; } = "";
    public string Texte { get; set; } = "";
    public string Auteur { get; set; } = "";
    public DateTime EcriteLe { get; set; }
}

/// <summary>Indicateur d'une fiche (ou du plan entier quand FicheId est nul) : cible, valeurs annuelles, lien à l'observatoire.</summary>
public class IndicateurSchema : IVersionne
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int? FicheId { get; set; }
    public int Ordre { get; set; }
    public string Libelle { get; set; } = "";
    public string? Type { get; set; }
    public string? Cible { get; set; }
    /// <summary>Code of an observatoire indicator (INDICATEURS.md): its value fills itself each year.</summary>
    public string? CodeObservatoire { get; set; }
    public int Version { get; set; }
}

public class ValeurIndicateurSchema
{
    public int Id { get; set; }
    public int IndicateurId { get; set; }
    public int Annee { get; set; }
    public decimal Valeur { get; set; }
    public string? Auteur { get; set; }
}

/// <summary>Le droit PILOTE : un compte qui peut modifier une fiche et son suivi.</summary>
public class PiloteFicheSchema
{
    public int FicheId { get; set; }
    public string UtilisateurId { get; set; } = "";
}

/// <summary>Version gardée d'une fiche : son contenu modifiable avant chaque modification.</summary>
public class VersionFicheSchema
{
    public int Id { get; set; }
    public int FicheId { get; set; }
    public int Version { get; set; }
    public DateTime Le { get; set; }
    public string? Par { get; set; }
    public string ContenuJson { get; set; } = "{}";
}
