namespace Sillage.Domaine.Securite;

/// <summary>What a mission allows. The matrix below is the single source of truth
/// (docs/AUTORISATIONS.md is generated from the same table by a test).</summary>
public enum Permission
{
    /// <summary>Lire le dossier nominatif d'un enfant (identité, parcours).</summary>
    LireDossierEnfant,
    /// <summary>Créer ou modifier le dossier d'un enfant.</summary>
    ModifierDossierEnfant,
    /// <summary>Gérer les comptes, rôles, territoires et l'identité du département.</summary>
    Administrer,
    /// <summary>Lire le journal d'audit.</summary>
    LireJournalAudit,
    /// <summary>Lire des données pseudonymisées (observatoire).</summary>
    LireDonneesPseudonymisees,
    /// <summary>Gérer les lieux d'accueil.</summary>
    GererLieux,
    /// <summary>Voir les lieux d'accueil et leurs places disponibles (sans les enfants accueillis).</summary>
    ConsulterLieux,
    /// <summary>Enregistrer une décision et la mesure qu'elle ordonne (cadre décideur).</summary>
    DeciderMesure,
    /// <summary>Consulter les indicateurs agrégés de l'observatoire (aucune donnée nominative).</summary>
    ConsulterObservatoire,
    /// <summary>Fusionner deux dossiers du même enfant (doublons) : agents CRIP (tout le département)
    /// et cadres décideurs (leurs territoires, les deux dossiers doivent y être).</summary>
    FusionnerDossiers,
    /// <summary>Lire le schéma départemental enfance-famille, son suivi et son bilan (tous les rôles).</summary>
    ConsulterSchema,
    /// <summary>Importer un schéma et modifier toutes ses fiches (les pilotes désignés modifient leurs fiches).</summary>
    AdministrerSchema,
    /// <summary>Consulter le registre et le tableau de bord de la CRIP (informations préoccupantes de sa portée).</summary>
    ConsulterCrip,
    /// <summary>Recueillir et qualifier une information entrante, désigner les évaluateurs, saisir le Parquet, suivre les retours (CRIP).</summary>
    TraiterInformation,
    /// <summary>Renseigner l'évaluation d'une information préoccupante dont on est évaluateur désigné.</summary>
    EvaluerInformation,
    /// <summary>Décider de la suite d'une information préoccupante après la conclusion des évaluateurs (cadre décideur).</summary>
    DeciderSuiteInformation,
    /// <summary>Contrôler et produire la transmission annuelle OLINPE (pseudonymisée) : analyste de l'ODPE et administrateur.</summary>
    TransmettreOlinpe,
    /// <summary>Importer la population INSEE par âge et territoire (dénominateur des taux de l'observatoire).</summary>
    ImporterPopulation,
    /// <summary>Voir les dossiers dont la durée de conservation est échue et appliquer leur sort final avec visa (RGPD).</summary>
    GererConservation,
    /// <summary>Tenir le registre des demandes d'exercice des droits (accès, rectification…) et exporter le dossier complet d'une personne (DPO).</summary>
    GererDemandesDroits,
}

public static class MatriceAutorisations
{
    // The matrix is the union of one block per module (who may do what there): a module adds its block
    // without touching the others'.
    private static readonly (string Role, Permission[] Permissions)[][] Blocs =
    [
        // Socle: dossier, mesures, lieux, observatoire, audit, administration.
        [
            (Role.Admin, [Permission.Administrer]),
            (Role.Crip, [Permission.LireDossierEnfant, Permission.ModifierDossierEnfant, Permission.FusionnerDossiers, Permission.ConsulterLieux, Permission.ConsulterObservatoire]),
            (Role.Evaluateur, [Permission.LireDossierEnfant, Permission.ConsulterLieux]),
            (Role.ReferentAse, [Permission.LireDossierEnfant, Permission.ModifierDossierEnfant, Permission.ConsulterLieux]),
            (Role.Cadre, [Permission.LireDossierEnfant, Permission.ModifierDossierEnfant, Permission.FusionnerDossiers, Permission.ConsulterLieux, Permission.DeciderMesure, Permission.ConsulterObservatoire]),
            (Role.Lieux, [Permission.GererLieux, Permission.ConsulterLieux]),
            (Role.Odpe, [Permission.LireDonneesPseudonymisees, Permission.ConsulterObservatoire]),
            (Role.Dpo, [Permission.LireJournalAudit]),
        ],
        // CRIP (ADR 0010): the CRIP records and qualifies, designated evaluators evaluate, the cadre decides.
        [
            (Role.Crip, [Permission.ConsulterCrip, Permission.TraiterInformation]),
            (Role.Evaluateur, [Permission.ConsulterCrip, Permission.EvaluerInformation]),
            (Role.Cadre, [Permission.ConsulterCrip, Permission.DeciderSuiteInformation]),
        ],
        // Schéma départemental: read by every role, imported and edited by the administrator (and the fiches' pilotes).
        [
            (Role.Admin, [Permission.ConsulterSchema, Permission.AdministrerSchema]),
            (Role.Crip, [Permission.ConsulterSchema]), (Role.Evaluateur, [Permission.ConsulterSchema]), (Role.ReferentAse, [Permission.ConsulterSchema]),
            (Role.Cadre, [Permission.ConsulterSchema]), (Role.Lieux, [Permission.ConsulterSchema]), (Role.Odpe, [Permission.ConsulterSchema]), (Role.Dpo, [Permission.ConsulterSchema]),
        ],
        // OLINPE: the ODPE analyst and the administrator check and produce the transmission.
        [
            (Role.Admin, [Permission.TransmettreOlinpe]),
            (Role.Odpe, [Permission.TransmettreOlinpe]),
        ],
        // Observatoire: the ODPE imports the INSEE population (denominator of the rates).
        [
            (Role.Odpe, [Permission.ImporterPopulation]),
        ],
        // Conservation (RGPD): the DPO sees what is due and applies the final fate with a visa.
        [
            (Role.Dpo, [Permission.GererConservation]),
        ],
        // Droits des personnes (RGPD art. 15 à 21): the DPO keeps the register and exports the complete file.
        [
            (Role.Dpo, [Permission.GererDemandesDroits]),
        ],
    ];

    private static readonly IReadOnlyDictionary<string, Permission[]> ParRole = Blocs.SelectMany(b => b)
        .GroupBy(x => x.Role).ToDictionary(g => g.Key, g => g.SelectMany(x => x.Permissions).Distinct().ToArray());

    /// <summary>The action a permission allows, in French (docs/AUTORISATIONS.md).</summary>
    public static string Action(this Permission p) => p switch
    {
        Permission.LireDossierEnfant => "lire le dossier nominatif d'un enfant (identité, parcours)",
        Permission.ModifierDossierEnfant => "créer ou modifier le dossier d'un enfant",
        Permission.Administrer => "gérer comptes, rôles, territoires, règles, import/export",
        Permission.LireJournalAudit => "lire et exporter le journal d'audit",
        Permission.LireDonneesPseudonymisees => "lire des données pseudonymisées",
        Permission.GererLieux => "gérer les lieux d'accueil",
        Permission.ConsulterLieux => "voir les lieux et leurs places (sans les enfants accueillis)",
        Permission.DeciderMesure => "enregistrer une décision et sa mesure",
        Permission.ConsulterObservatoire => "consulter les indicateurs agrégés",
        Permission.FusionnerDossiers => "fusionner deux dossiers du même enfant",
        Permission.ConsulterSchema => "lire le schéma départemental, son suivi et son bilan",
        Permission.AdministrerSchema => "importer un schéma et modifier toutes ses fiches",
        Permission.ConsulterCrip => "consulter le registre et le tableau de bord de la CRIP",
        Permission.TraiterInformation => "recueillir et qualifier une information, désigner les évaluateurs, saisir le Parquet, suivre les retours",
        Permission.EvaluerInformation => "renseigner l'évaluation d'une information dont on est évaluateur désigné",
        Permission.DeciderSuiteInformation => "décider de la suite d'une information préoccupante",
        Permission.TransmettreOlinpe => "contrôler et produire la transmission OLINPE pseudonymisée",
        Permission.ImporterPopulation => "importer la population INSEE par âge et territoire",
        Permission.GererConservation => "voir les durées de conservation échues, éliminer ou verser avec visa (numéros de dossier seulement)",
        Permission.GererDemandesDroits => "tenir le registre des demandes de droits et exporter le dossier complet d'une personne (tiers marqués à occulter)",
        _ => p.ToString(),
    };

    /// <summary>Does the permission bear on children's files, hence on the territories of a non-département role?</summary>
    public static bool PorteeTerritoriale(this Permission p) =>
        p is Permission.LireDossierEnfant or Permission.ModifierDossierEnfant or Permission.DeciderMesure or Permission.FusionnerDossiers
            or Permission.ConsulterCrip or Permission.TraiterInformation or Permission.EvaluerInformation or Permission.DeciderSuiteInformation;


    public static IReadOnlyList<Permission> Permissions(string role) =>
        ParRole.TryGetValue(role, out var p) ? p : [];

    public static bool Autorise(IEnumerable<string> roles, Permission permission) =>
        roles.Any(r => Permissions(r).Contains(permission));

    /// <summary>Les rôles qui accordent une permission (pour les politiques d'autorisation).</summary>
    public static string[] RolesAccordant(Permission permission) =>
        ParRole.Where(kv => kv.Value.Contains(permission)).Select(kv => kv.Key).ToArray();

    /// <summary>
    /// A user sees every territory when one of the roles granting <paramref name="permission"/>
    /// is département-wide; otherwise only their own territories.
    /// </summary>
    public static bool PorteeDepartementale(IEnumerable<string> roles, Permission permission) =>
        roles.Select(Role.Trouver).Any(r => r is not null && r.DepartementEntier && Permissions(r.Code).Contains(permission));
}
