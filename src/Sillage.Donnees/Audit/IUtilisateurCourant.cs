namespace Sillage.Donnees.Audit;

/// <summary>Who is acting, for the audit journal: the logged-in user on the web, the system on the command line.</summary>
public interface IUtilisateurCourant
{
    string? Id { get; }
    string? Login { get; }

    static IUtilisateurCourant Systeme { get; } = new UtilisateurFixe(null, "système");
}

public sealed record UtilisateurFixe(string? Id, string? Login) : IUtilisateurCourant;
