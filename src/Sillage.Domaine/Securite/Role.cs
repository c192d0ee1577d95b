namespace Sillage.Domaine.Securite;

/// <summary>
/// Les rôles par mission (secret partagé, CASF L226-2-2) : chacun ne voit que ce que sa
/// mission exige. Le code est celui que l'on passe à <c>./sillage utilisateur creer --role</c>.
/// </summary>
public sealed record Role(string Code, string Libelle, string Mission, bool DepartementEntier)
{
    public const string Admin = "ADMIN";
    public const string Crip = "CRIP";
    public const string Evaluateur = "EVALUATEUR";
    public const string ReferentAse = "REFERENT_ASE";
    public const string Cadre = "CADRE";
    public const string Lieux = "LIEUX";
    public const string Odpe = "ODPE";
    public const string Dpo = "DPO";

    public static readonly IReadOnlyList<Role> Tous =
    [
        new(Admin, "Administrateur", "Gère les comptes, les territoires et l'identité du département ; ne consulte pas les dossiers d'enfants.", true),
        new(Crip, "Agent CRIP", "Recueille et qualifie les informations préoccupantes du département.", true),
        new(Evaluateur, "Évaluateur", "Évalue les informations préoccupantes de ses territoires.", false),
        new(ReferentAse, "Référent ASE", "Suit le parcours des enfants de ses territoires.", false),
        new(Cadre, "Cadre décideur", "Décide des mesures pour les enfants de ses territoires.", false),
        new(Lieux, "Gestionnaire des lieux d'accueil", "Gère les lieux d'accueil et leurs places.", true),
        new(Odpe, "Observatoire (ODPE)", "Analyse des données pseudonymisées uniquement.", true),
        new(Dpo, "Délégué à la protection des données", "Consulte le journal d'audit.", true),
    ];

    public static Role? Trouver(string? code) =>
        Tous.FirstOrDefault(r => string.Equals(r.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static bool Existe(string? code) => Trouver(code) is not null;
}
