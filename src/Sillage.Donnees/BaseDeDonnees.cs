using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sillage.Donnees;

public enum Fournisseur { Sqlite, Postgres }

/// <summary>
/// Where the data lives, from <c>--db</c> or <c>SILLAGE_DB</c>: nothing = the embedded SQLite
/// file <c>data/sillage.db</c>; a path or <c>Data Source=…</c> = SQLite; <c>Host=…</c> or
/// <c>postgres://…</c> = PostgreSQL.
/// </summary>
public sealed record BaseDeDonnees(Fournisseur Fournisseur, string ChaineConnexion)
{
    public const string CheminParDefaut = "data/sillage.db";

    public static BaseDeDonnees Depuis(string? valeur)
    {
        var v = valeur?.Trim();
        if (string.IsNullOrEmpty(v)) return Sqlite(CheminParDefaut);
        if (v.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || v.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new(Fournisseur.Postgres, AvecPreparation(DepuisUri(new Uri(v))));
        if (v.Contains("Host=", StringComparison.OrdinalIgnoreCase) || v.Contains("Server=", StringComparison.OrdinalIgnoreCase))
            return new(Fournisseur.Postgres, AvecPreparation(v));
        if (v.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
            return new(Fournisseur.Sqlite, v);
        return Sqlite(v);
    }

    private static BaseDeDonnees Sqlite(string chemin)
    {
        var complet = Path.GetFullPath(chemin);
        var dossier = Path.GetDirectoryName(complet);
        if (!string.IsNullOrEmpty(dossier)) Directory.CreateDirectory(dossier);
        return new(Fournisseur.Sqlite, $"Data Source={complet}");
    }

    /// <summary>
    /// PostgreSQL: the application's queries are few and repeated (a file page runs the same ten), so the server parses
    /// and plans each of them once per connection and keeps it (Npgsql automatic preparation) instead of at every call;
    /// the child-file page serves a quarter more pages under load (ADR 0019). A connection string that sets
    /// <c>Max Auto Prepare</c> keeps its value (0 turns it off).
    /// </summary>
    private static string AvecPreparation(string chaine)
    {
        var donnees = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = chaine };
        if (donnees.ContainsKey("Max Auto Prepare") || donnees.ContainsKey("MaxAutoPrepare")) return chaine;
        return new NpgsqlConnectionStringBuilder(chaine) { MaxAutoPrepare = 64 }.ConnectionString;
    }

    private static string DepuisUri(Uri uri)
    {
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')),
        };
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var paire in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = paire.Split('=', 2);
            if (kv.Length == 2) b[Uri.UnescapeDataString(kv[0])] = Uri.UnescapeDataString(kv[1]);
        }
        return b.ConnectionString;
    }

    /// <summary>A description without password, fit for the console.</summary>
    public string Description => Fournisseur switch
    {
        Fournisseur.Sqlite => $"SQLite ({ChaineConnexion["Data Source=".Length..]})",
        _ => $"PostgreSQL ({new NpgsqlConnectionStringBuilder(ChaineConnexion) { Password = null }.Host}/{new NpgsqlConnectionStringBuilder(ChaineConnexion).Database})",
    };

    /// <summary>The assembly holding this provider's migrations (one set per provider).</summary>
    public string AssemblageMigrations => Fournisseur == Fournisseur.Sqlite ? "Sillage.Donnees.Sqlite" : "Sillage.Donnees.Postgres";

    public void Configurer(DbContextOptionsBuilder options)
    {
        switch (Fournisseur)
        {
            case Fournisseur.Sqlite:
                options.UseSqlite(ChaineConnexion, o => o.MigrationsAssembly(AssemblageMigrations));
                break;
            case Fournisseur.Postgres:
                options.UseNpgsql(ChaineConnexion, o => o.MigrationsAssembly(AssemblageMigrations));
                break;
        }
    }
}
