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
    /// <summary>Voir les dossiers dont la durée de conservation est échue et appliquer leur sort final avec visa (RGPD).</summary>
    GererConservation,
}

public static class MatriceAutorisations
{
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
        Permission.GererConservation => "voir les durées de conservation échues, éliminer ou verser avec visa (numéros de dossier seulement)",
        _ => p.ToString(),
    };

    /// <summary>Does the permission bear on children's files, hence on the territories of a non-département role?</summary>
    public static bool PorteeTerritoriale(this Permission p) =>
        p is Permission.LireDossierEnfant or Permission.ModifierDossierEnfant or Permission.DeciderMesure or Permission.FusionnerDossiers;

    private static readonly IReadOnlyDictionary<string, Permission[]> ParRole = new Dictionary<string, Permission[]>
    {
        [Role.Admin] = [Permission.Administrer],
        [Role.Crip] = [Permission.LireDossierEnfant, Permission.ModifierDossierEnfant, Permission.FusionnerDossiers, Permission.ConsulterLieux, Permission.ConsulterObservatoire],
        [Role.Evaluateur] = [Permission.LireDossierEnfant, Permission.ConsulterLieux],
        [Role.ReferentAse] = [Permission.LireDossierEnfant, Permission.ModifierDossierEnfant, Permission.ConsulterLieux],
        [Role.Cadre] = [Permission.LireDossierEnfant, Permission.ModifierDossierEnfant, Permission.FusionnerDossiers, Permission.ConsulterLieux, Permission.DeciderMesure, Permission.ConsulterObservatoire],
        [Role.Lieux] = [Permission.GererLieux, Permission.ConsulterLieux],
        [Role.Odpe] = [Permission.LireDonneesPseudonymisees, Permission.ConsulterObservatoire],
        [Role.Dpo] = [Permission.LireJournalAudit, Permission.GererConservation],
    };

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
