using Npgsql;
using Sillage.Donnees;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test class, on the provider named by SILLAGE_TEST_FOURNISSEUR
/// (sqlite by default, postgres with SILLAGE_TEST_PG = a connection string to a server where we may create databases).
/// ./test.sh runs the whole suite once per provider.
/// </summary>
public sealed class BaseDeTest : IAsyncDisposable
{
    public BaseDeDonnees Base { get; }
    private readonly string? _nomPg;
    private readonly string? _fichier;

    /// <summary>The `--db=…` argument of the command line for a base (a SQLite path or a PostgreSQL connection string).</summary>
    public static string ArgumentDb(BaseDeDonnees bd) =>
        "--db=" + (bd.Fournisseur == Fournisseur.Sqlite ? bd.ChaineConnexion["Data Source=".Length..] : bd.ChaineConnexion);

    public string ArgumentDbCourant => ArgumentDb(Base);

    public static bool EstPostgres => string.Equals(Environment.GetEnvironmentVariable("SILLAGE_TEST_FOURNISSEUR"), "postgres", StringComparison.OrdinalIgnoreCase);

    private BaseDeTest(BaseDeDonnees bd, string? nomPg, string? fichier) => (Base, _nomPg, _fichier) = (bd, nomPg, fichier);

    public static async Task<BaseDeTest> CreerAsync()
    {
        if (EstPostgres)
        {
            var admin = Environment.GetEnvironmentVariable("SILLAGE_TEST_PG")
                ?? throw new InvalidOperationException("SILLAGE_TEST_PG doit donner la chaîne de connexion du serveur PostgreSQL de test.");
            var nom = "sillage_t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var c = new NpgsqlConnection(admin))
            {
                await c.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {nom}", c);
                await cmd.ExecuteNonQueryAsync();
            }
            var b = new NpgsqlConnectionStringBuilder(admin) { Database = nom, Pooling = true };
            return new BaseDeTest(new BaseDeDonnees(Fournisseur.Postgres, b.ConnectionString), nom, null);
        }
        var fichier = Path.Combine(Path.GetTempPath(), "sillage-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(fichier)!);
        return new BaseDeTest(BaseDeDonnees.Depuis(fichier), null, fichier);
    }

    public async ValueTask DisposeAsync()
    {
        if (_nomPg is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var c = new NpgsqlConnection(Environment.GetEnvironmentVariable("SILLAGE_TEST_PG"));
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_nomPg} WITH (FORCE)", c);
            await cmd.ExecuteNonQueryAsync();
        }
        if (_fichier is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _fichier, _fichier + "-wal", _fichier + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
    }
}
