namespace Sillage.Web.Tests.Infrastructure;

/// <summary>The `shared` folder next to the repository (product brief and real data), for the tests only.</summary>
public static class DonneesPartagees
{
    public static string Chemin(params string[] parties)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Sillage.slnx"))) return Path.Combine([d.FullName, "..", "shared", .. parties]);
        throw new InvalidOperationException("racine du dépôt introuvable");
    }

    public static string Schema(string nom) => Chemin("data", "schemas", nom);
}
