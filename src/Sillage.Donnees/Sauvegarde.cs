using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sillage.Donnees;

/// <summary>
/// `./sillage sauvegarde FICHIER` / `./sillage restaurer FICHIER` (ADR 0010): SQLite through its online
/// backup API (a consistent copy while the application runs), PostgreSQL through pg_dump / pg_restore
/// in custom format, restored in one transaction (all or nothing). A file of the other provider is refused.
/// </summary>
public static class Sauvegarde
{
    private static readonly byte[] EnteteSqlite = "SQLite format 3\0"u8.ToArray();
    private static readonly byte[] EntetePgDump = "PGDMP"u8.ToArray();

    public static async Task SauvegarderAsync(BaseDeDonnees bd, string fichier, CancellationToken ct = default)
    {
        var cible = Path.GetFullPath(fichier);
        Directory.CreateDirectory(Path.GetDirectoryName(cible)!);
        var temporaire = cible + ".partiel";
        File.Delete(temporaire);
        if (bd.Fournisseur == Fournisseur.Sqlite)
        {
            await using var source = new SqliteConnection(bd.ChaineConnexion);
            await source.OpenAsync(ct);
            await using (var copie = new SqliteConnection($"Data Source={temporaire};Pooling=False"))
            {
                await copie.OpenAsync(ct);
                source.BackupDatabase(copie);
                await using var cmd = copie.CreateCommand();
                cmd.CommandText = "PRAGMA journal_mode=DELETE;"; // a single self-contained file
                await cmd.ExecuteNonQueryAsync(ct);
            }
        }
        else
            await PgAsync("pg_dump", bd, ["--format=custom", "--no-owner", "--no-privileges", "--file", temporaire], ct);
        File.Move(temporaire, cible, overwrite: true); // the previous backup stays whole until the new one is complete
    }

    public static async Task RestaurerAsync(BaseDeDonnees bd, string fichier, CancellationToken ct = default)
    {
        if (!File.Exists(fichier)) throw new ErreurSauvegarde($"Fichier introuvable : {fichier}.");
        var entete = new byte[16];
        await using (var f = File.OpenRead(fichier)) _ = await f.ReadAsync(entete, ct);
        var estSqlite = entete.AsSpan().StartsWith(EnteteSqlite);
        var estPg = entete.AsSpan().StartsWith(EntetePgDump);
        if (!estSqlite && !estPg) throw new ErreurSauvegarde($"{fichier} n'est pas une sauvegarde Sillage (ni base SQLite, ni archive pg_dump).");
        if (estSqlite != (bd.Fournisseur == Fournisseur.Sqlite))
            throw new ErreurSauvegarde($"{fichier} est une sauvegarde {(estSqlite ? "SQLite" : "PostgreSQL")} : elle ne se restaure que sur une base {(estSqlite ? "SQLite" : "PostgreSQL")} (passer par ./sillage export puis import pour changer de moteur).");
        if (estPg)
        {
            await PgAsync("pg_restore", bd, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", ConnexionLibpq(bd), fichier], ct, dbname: false);
            NpgsqlConnection.ClearAllPools();
            GenerationDonnees.Avancer();
            return;
        }
        await using var source = new SqliteConnection($"Data Source={Path.GetFullPath(fichier)};Mode=ReadOnly;Pooling=False");
        await source.OpenAsync(ct);
        await using (var cmd = source.CreateCommand())
        {
            cmd.CommandText = "PRAGMA integrity_check";
            var etat = (string?)await cmd.ExecuteScalarAsync(ct);
            if (etat != "ok") throw new ErreurSauvegarde($"{fichier} est endommagé (contrôle d'intégrité SQLite : {etat}).");
            cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'";
            if (Convert.ToInt64(await cmd.ExecuteScalarAsync(ct)) == 0) throw new ErreurSauvegarde($"{fichier} n'est pas une base Sillage.");
        }
        await using var cible = new SqliteConnection(bd.ChaineConnexion);
        await cible.OpenAsync(ct);
        source.BackupDatabase(cible); // page by page under the destination's write lock: readers see the old or the new base
        SqliteConnection.ClearAllPools();
        GenerationDonnees.Avancer();
    }

    /// <summary>Row count and SHA-256 of the sorted rows of every table of the model (and the migration history):
    /// two bases with the same fingerprints hold the same data.</summary>
    public static async Task<SortedDictionary<string, (long Lignes, string Empreinte)>> EmpreintesAsync(BaseDeDonnees bd, CancellationToken ct = default)
    {
        await using var db = ServicesDonnees.CreerContexte(bd);
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Append("__EFMigrationsHistory").Distinct().ToList();
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync(ct);
        var resultat = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{table}\"";
            var lignes = new List<string>();
            await using (var r = await cmd.ExecuteReaderAsync(ct))
                while (await r.ReadAsync(ct)) lignes.Add(Ligne(r));
            lignes.Sort(StringComparer.Ordinal);
            var h = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lignes)));
            resultat[table] = (lignes.Count, Convert.ToHexStringLower(h)[..16]);
        }
        return resultat;
    }

    private static string Ligne(DbDataReader r)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < r.FieldCount; i++)
        {
            if (i > 0) sb.Append('\u001f');
            var v = r.GetValue(i);
            sb.Append(v switch
            {
                DBNull => "∅",
                byte[] b => Convert.ToBase64String(b),
                DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => v.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>The Npgsql connection string as libpq keywords (the password goes through PGPASSWORD, never the command line).</summary>
    private static string ConnexionLibpq(BaseDeDonnees bd)
    {
        var b = new NpgsqlConnectionStringBuilder(bd.ChaineConnexion);
        static string Q(string v) => "'" + v.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
        var parts = new List<string> { $"host={Q(b.Host ?? "localhost")}", $"port={b.Port}", $"dbname={Q(b.Database ?? "postgres")}" };
        if (!string.IsNullOrEmpty(b.Username)) parts.Add($"user={Q(b.Username)}");
        return string.Join(' ', parts);
    }

    private static async Task PgAsync(string outil, BaseDeDonnees bd, string[] args, CancellationToken ct, bool dbname = true)
    {
        var psi = new ProcessStartInfo(outil) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (dbname) psi.ArgumentList.Add(ConnexionLibpq(bd));
        var mdp = new NpgsqlConnectionStringBuilder(bd.ChaineConnexion).Password;
        if (!string.IsNullOrEmpty(mdp)) psi.Environment["PGPASSWORD"] = mdp;
        Process p;
        try { p = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new ErreurSauvegarde($"{outil} est introuvable : installez le client PostgreSQL (apt-get install postgresql-client, même version majeure que le serveur ou plus récente).");
        }
        using (p)
        {
            var erreur = p.StandardError.ReadToEndAsync(ct);
            var sortie = p.StandardOutput.ReadToEndAsync(ct);
            await p.WaitForExitAsync(ct);
            if (p.ExitCode != 0) throw new ErreurSauvegarde($"{outil} a échoué (code {p.ExitCode}) : {(await erreur).Trim()}");
            await sortie;
        }
    }
}

/// <summary>A backup or restore that cannot be done: French message, exit code 2, nothing changed.</summary>
public sealed class ErreurSauvegarde(string message) : Exception(message);
