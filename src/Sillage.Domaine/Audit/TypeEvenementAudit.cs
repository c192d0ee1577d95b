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

    // Sécurité / RGPD (4500–4599)
    Sauvegarde = 4500,
    Restauration = 4501,
    EliminationDonnees = 4502,
    VersementArchives = 4503,
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
        TypeEvenementAudit.Sauvegarde => "Sauvegarde de la base",
        TypeEvenementAudit.Restauration => "Restauration de la base",
        TypeEvenementAudit.EliminationDonnees => "Élimination des données personnelles d'un dossier (visa)",
        TypeEvenementAudit.VersementArchives => "Versement d'un dossier aux archives (visa)",
        _ => type.ToString(),
    };
}
