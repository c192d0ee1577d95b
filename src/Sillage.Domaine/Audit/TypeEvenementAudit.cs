namespace Sillage.Domaine.Audit;

/// <summary>
/// The typed list of everything the audit journal records (one number per kind, grouped by
/// hundreds as bitwarden's EventType is). Numbers are stored: never renumber, only add.
/// </summary>
public enum TypeEvenementAudit
{
    // Comptes et sessions
    Connexion = 1000,
    EchecConnexion = 1001,
    CompteVerrouille = 1002,
    Deconnexion = 1003,
    MotDePasseChange = 1004,
    JetonApiCree = 1010,
    JetonApiRevoque = 1011,

    // Consultations
    ConsultationDossierEnfant = 2000,
    RechercheEnfants = 2001,
    AccesRefuse = 2002,
    TelechargementDocument = 2003,
    ConsultationJournalAudit = 2100,
    ExportJournalAudit = 2101,

    // Écritures (avant / après)
    Creation = 3000,
    Modification = 3001,
    Suppression = 3002,
    FusionDossiers = 3010,
    Import = 3100,
    Export = 3101,

    // Observatoire (ODPE)
    ConsultationDetailIndicateur = 4400,
    ConsultationFiabilite = 4401,
    ExportDetailObservatoire = 4402,
    ImportPopulation = 4403,
    RapportAnnuelObservatoire = 4404,
}

public static class TypeEvenementAuditLibelles
{
    public static string Libelle(this TypeEvenementAudit type) => type switch
    {
        TypeEvenementAudit.Connexion => "Connexion",
        TypeEvenementAudit.EchecConnexion => "Échec de connexion",
        TypeEvenementAudit.CompteVerrouille => "Compte verrouillé",
        TypeEvenementAudit.Deconnexion => "Déconnexion",
        TypeEvenementAudit.MotDePasseChange => "Mot de passe changé",
        TypeEvenementAudit.JetonApiCree => "Jeton d'API créé",
        TypeEvenementAudit.JetonApiRevoque => "Jeton d'API révoqué",
        TypeEvenementAudit.ConsultationDossierEnfant => "Consultation d'un dossier d'enfant",
        TypeEvenementAudit.RechercheEnfants => "Recherche d'enfants",
        TypeEvenementAudit.AccesRefuse => "Accès refusé",
        TypeEvenementAudit.TelechargementDocument => "Téléchargement d'un document",
        TypeEvenementAudit.ConsultationJournalAudit => "Consultation du journal d'audit",
        TypeEvenementAudit.ExportJournalAudit => "Export du journal d'audit",
        TypeEvenementAudit.Creation => "Création",
        TypeEvenementAudit.Modification => "Modification",
        TypeEvenementAudit.Suppression => "Suppression",
        TypeEvenementAudit.FusionDossiers => "Fusion de deux dossiers d'enfant",
        TypeEvenementAudit.Import => "Import de données (format d'échange)",
        TypeEvenementAudit.Export => "Export de données (format d'échange)",
        TypeEvenementAudit.ConsultationDetailIndicateur => "Consultation des enregistrements derrière un indicateur",
        TypeEvenementAudit.ConsultationFiabilite => "Consultation du rapport de fiabilité des données",
        TypeEvenementAudit.ExportDetailObservatoire => "Export des enregistrements derrière un chiffre de l'observatoire",
        TypeEvenementAudit.ImportPopulation => "Import de la population INSEE",
        TypeEvenementAudit.RapportAnnuelObservatoire => "Rapport annuel de l'ODPE imprimé",
        _ => type.ToString(),
    };
}
