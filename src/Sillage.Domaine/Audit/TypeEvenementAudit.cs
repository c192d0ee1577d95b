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

    // Schéma départemental (4200–4299)
    SchemaImporte = 4200,
    SchemaFicheModifiee = 4201,
    SchemaStatutAction = 4202,
    SchemaIndicateurModifie = 4203,
    SchemaValeurIndicateur = 4204,
    SchemaPilotesDesignes = 4205,
    SchemaBilanImprime = 4206,
    SchemaImportRefuse = 4207,
    // CRIP (informations préoccupantes)
    RecueilInformation = 4000,
    QualificationInformation = 4001,
    DesignationEvaluateurs = 4002,
    EvaluationInformation = 4003,
    ConclusionEvaluateurs = 4004,
    DecisionSuiteInformation = 4005,
    SaisineParquet = 4006,
    RetourCrip = 4007,
    CourrierCrip = 4008,
    ConsultationInformation = 4009,
    ExportTableauCrip = 4010,
    // OLINPE (4300–4399)
    OlinpeTransmission = 4300,
    OlinpeControle = 4301,
    OlinpeExportRefuse = 4302,
    // Parcours de l'enfant (PPE, rapports, CESSEC, autonomie) : 4100–4199
    ImpressionPpe = 4100,
    DiffusionPpe = 4101,
    SignaturePpe = 4102,
    NouvelleVersionPpe = 4103,
    ExportRecensementCessec = 4110,
    // Observatoire (ODPE)
    ConsultationDetailIndicateur = 4400,
    ConsultationFiabilite = 4401,
    ExportDetailObservatoire = 4402,
    ImportPopulation = 4403,
    RapportAnnuelObservatoire = 4404,
    // Sécurité / RGPD (4500–4599)
    Sauvegarde = 4500,
    Restauration = 4501,
    EliminationDonnees = 4502,
    VersementArchives = 4503,
    // Droits des personnes (4510–4519)
    DemandeDroitEnregistree = 4510,
    DemandeDroitModifiee = 4511,
    ExportDossierComplet = 4512,
    ConsultationRegistreDroits = 4513,
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
        TypeEvenementAudit.SchemaImporte => "Schéma départemental importé",
        TypeEvenementAudit.SchemaFicheModifiee => "Fiche du schéma modifiée (nouvelle version)",
        TypeEvenementAudit.SchemaStatutAction => "Suivi d'une action du schéma",
        TypeEvenementAudit.SchemaIndicateurModifie => "Indicateur du schéma modifié (cible, lien à l'observatoire)",
        TypeEvenementAudit.SchemaValeurIndicateur => "Valeur annuelle d'un indicateur du schéma",
        TypeEvenementAudit.SchemaPilotesDesignes => "Pilotes d'une fiche du schéma désignés",
        TypeEvenementAudit.SchemaBilanImprime => "Bilan du schéma imprimé ou exporté",
        TypeEvenementAudit.SchemaImportRefuse => "Import d'un schéma refusé",
        TypeEvenementAudit.RecueilInformation => "CRIP : recueil d'une information entrante",
        TypeEvenementAudit.QualificationInformation => "CRIP : première analyse (qualification)",
        TypeEvenementAudit.DesignationEvaluateurs => "CRIP : désignation des évaluateurs",
        TypeEvenementAudit.EvaluationInformation => "CRIP : évaluation renseignée",
        TypeEvenementAudit.ConclusionEvaluateurs => "CRIP : conclusion des évaluateurs",
        TypeEvenementAudit.DecisionSuiteInformation => "CRIP : décision de la suite",
        TypeEvenementAudit.SaisineParquet => "CRIP : saisine du Parquet (danger grave et immédiat)",
        TypeEvenementAudit.RetourCrip => "CRIP : retour effectué",
        TypeEvenementAudit.CourrierCrip => "CRIP : courrier généré",
        TypeEvenementAudit.ConsultationInformation => "CRIP : consultation d'une information",
        TypeEvenementAudit.ExportTableauCrip => "CRIP : export du tableau de bord",
        TypeEvenementAudit.OlinpeTransmission => "Fichier OLINPE produit (transmission annuelle)",
        TypeEvenementAudit.OlinpeControle => "Contrôle OLINPE avant transmission",
        TypeEvenementAudit.OlinpeExportRefuse => "Fichier OLINPE refusé (erreurs bloquantes)",
        TypeEvenementAudit.ImpressionPpe => "Impression d'un projet pour l'enfant",
        TypeEvenementAudit.DiffusionPpe => "Remise d'un projet pour l'enfant à un destinataire",
        TypeEvenementAudit.SignaturePpe => "Signature d'un projet pour l'enfant",
        TypeEvenementAudit.NouvelleVersionPpe => "Nouvelle version d'un projet pour l'enfant",
        TypeEvenementAudit.ExportRecensementCessec => "Export du recensement annuel de la CESSEC",
        TypeEvenementAudit.ConsultationDetailIndicateur => "Consultation des enregistrements derrière un indicateur",
        TypeEvenementAudit.ConsultationFiabilite => "Consultation du rapport de fiabilité des données",
        TypeEvenementAudit.ExportDetailObservatoire => "Export des enregistrements derrière un chiffre de l'observatoire",
        TypeEvenementAudit.ImportPopulation => "Import de la population INSEE",
        TypeEvenementAudit.RapportAnnuelObservatoire => "Rapport annuel de l'ODPE imprimé",
        TypeEvenementAudit.Sauvegarde => "Sauvegarde de la base",
        TypeEvenementAudit.Restauration => "Restauration de la base",
        TypeEvenementAudit.EliminationDonnees => "Élimination des données personnelles d'un dossier (visa)",
        TypeEvenementAudit.VersementArchives => "Versement d'un dossier aux archives (visa)",
        TypeEvenementAudit.DemandeDroitEnregistree => "Demande d'exercice d'un droit enregistrée",
        TypeEvenementAudit.DemandeDroitModifiee => "Demande d'exercice d'un droit mise à jour",
        TypeEvenementAudit.ExportDossierComplet => "Export du dossier complet (droit d'accès)",
        TypeEvenementAudit.ConsultationRegistreDroits => "Consultation du registre des demandes de droits",
        _ => type.ToString(),
    };
}
