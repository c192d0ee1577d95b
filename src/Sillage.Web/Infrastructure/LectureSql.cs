using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sillage.Web.Infrastructure;

/// <summary>
/// Streamed reads by position, without EF Core (no model, no query compilation, no entity): the same SQL for SQLite and
/// PostgreSQL (EF Core's quoted table and column names). Used where a whole département is read at once — the observatoire's
/// snapshot (ADR 0015) and the échéancier (ADR 0022). On SQLite the rows are read through the native statement: dates and
/// codes decoded from their UTF-8 bytes, without a string per value.
/// </summary>
internal static class LectureSql
{
    /// <summary>Runs <paramref name="sql"/> on an open connection and hands each row to <paramref name="ligne"/> (the same
    /// <see cref="Ligne"/> instance, valid until the next row).</summary>
    public static async Task LireAsync(DbConnection connexion, DbTransaction? transaction, string sql, Action<Ligne> ligne, CancellationToken ct)
    {
        if (connexion is SqliteConnection sqlite)
        {
            LigneSqlite.Lire(sqlite, sql, ligne, ct);
            return;
        }
        await using var commande = connexion.CreateCommand();
        commande.CommandText = sql;
        commande.Transaction = transaction;
        await using var r = await commande.ExecuteReaderAsync(ct);
        var l = new LigneLecteur(r);
        while (await r.ReadAsync(ct)) ligne(l);
    }

    /// <summary>One row of a streamed query, read by position.</summary>
    public abstract class Ligne
    {
        public abstract bool Nul(int i);
        public abstract int Entier(int i);
        public abstract bool Booleen(int i);
        public abstract string Texte(int i);
        public abstract DateOnly Date(int i);
        /// <summary>A code column (type, mode, qualification…): one string instance per distinct value.</summary>
        public abstract string Code(int i);
        public string? TexteNul(int i) => Nul(i) ? null : Texte(i);
        public string? CodeNul(int i) => Nul(i) ? null : Code(i);
        public DateOnly? DateNulle(int i) => Nul(i) ? null : Date(i);
        public int? EntierNul(int i) => Nul(i) ? null : Entier(i);
    }

    /// <summary>PostgreSQL (and any ADO.NET reader): the provider's typed getters.</summary>
    private sealed class LigneLecteur(DbDataReader r) : Ligne
    {
        private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
        public override bool Nul(int i) => r.IsDBNull(i);
        public override int Entier(int i) => r.GetInt32(i);
        public override bool Booleen(int i) => r.GetBoolean(i);
        public override string Texte(int i) => r.GetString(i);
        public override DateOnly Date(int i) => r.GetFieldValue<DateOnly>(i);

        public override string Code(int i)
        {
            var s = r.GetString(i);
            if (_codes.TryGetValue(s, out var partage)) return partage;
            _codes[s] = s;
            return s;
        }
    }

    /// <summary>
    /// SQLite through its native statement: integers as such, texts as their UTF-8 bytes; dates (stored yyyy-MM-dd by
    /// EF Core) are parsed from the bytes, codes matched against the values already seen, so neither allocates.
    /// The column accessors of the e_sqlite3 library that SQLitePCL.raw loaded are called through function pointers,
    /// without marshalling nor GC transition (they only read the current row, never block): through SQLitePCL.raw each
    /// call took about 0.1 µs (a SafeHandle reference taken and released, the transition), three quarters of the read
    /// (ADR 0015). The statement itself is prepared, stepped and finalized by SQLitePCL.raw.
    /// </summary>
    private sealed unsafe class LigneSqlite : Ligne
    {
        private static readonly nint Bibliotheque = NativeLibrary.Load("e_sqlite3", typeof(SQLite3Provider_e_sqlite3).Assembly, null);
        private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, int> ColonneType =
            (delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, int>)NativeLibrary.GetExport(Bibliotheque, "sqlite3_column_type");
        private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, int> ColonneEntier =
            (delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, int>)NativeLibrary.GetExport(Bibliotheque, "sqlite3_column_int");
        private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, byte*> ColonneTexte =
            (delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, byte*>)NativeLibrary.GetExport(Bibliotheque, "sqlite3_column_text");
        private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, int> ColonneOctets =
            (delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, int>)NativeLibrary.GetExport(Bibliotheque, "sqlite3_column_bytes");

        private readonly nint _st;
        private readonly List<(byte[] Octets, string Texte)>[] _codes;

        private LigneSqlite(sqlite3_stmt st)
        {
            _st = st.DangerousGetHandle();
            _codes = Enumerable.Range(0, raw.sqlite3_column_count(st)).Select(_ => new List<(byte[], string)>()).ToArray();
        }

        public static void Lire(SqliteConnection connexion, string sql, Action<Ligne> ligne, CancellationToken ct)
        {
            var handle = connexion.Handle!;
            // The native calls bypass Microsoft.Data.Sqlite's retry on SQLITE_BUSY (e.g. while another connection opens the WAL):
            // SQLite waits itself, as long as the provider's default command timeout.
            raw.sqlite3_busy_timeout(handle, 30_000);
            Verifier(handle, raw.sqlite3_prepare_v2(handle, sql, out var st));
            try
            {
                var l = new LigneSqlite(st);
                int rc;
                long lignes = 0;
                while ((rc = raw.sqlite3_step(st)) == raw.SQLITE_ROW)
                {
                    ligne(l);
                    if ((++lignes & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
                }
                if (rc != raw.SQLITE_DONE) Verifier(handle, rc);
            }
            finally
            {
                st.Dispose();
            }
        }

        private static void Verifier(sqlite3 handle, int rc)
        {
            if (rc != raw.SQLITE_OK && rc != raw.SQLITE_ROW && rc != raw.SQLITE_DONE)
                throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), rc);
        }

        /// <summary>The text of column i as its UTF-8 bytes (empty for NULL), valid until the next step.</summary>
        private ReadOnlySpan<byte> Octets(int i)
        {
            var p = ColonneTexte(_st, i);
            return p is null ? [] : new ReadOnlySpan<byte>(p, ColonneOctets(_st, i));
        }

        public override bool Nul(int i) => ColonneType(_st, i) == raw.SQLITE_NULL;
        public override int Entier(int i) => ColonneEntier(_st, i);
        public override bool Booleen(int i) => ColonneEntier(_st, i) != 0;
        public override string Texte(int i) => Encoding.UTF8.GetString(Octets(i));

        public override DateOnly Date(int i)
        {
            var s = Octets(i);
            if (s.Length == 10 && s[4] == '-' && s[7] == '-')
            {
                uint a0 = s[0] - 48u, a1 = s[1] - 48u, a2 = s[2] - 48u, a3 = s[3] - 48u, m0 = s[5] - 48u, m1 = s[6] - 48u, j0 = s[8] - 48u, j1 = s[9] - 48u;
                if (a0 <= 9 && a1 <= 9 && a2 <= 9 && a3 <= 9 && m0 <= 9 && m1 <= 9 && j0 <= 9 && j1 <= 9)
                {
                    int a = (int)(a0 * 1000 + a1 * 100 + a2 * 10 + a3), m = (int)(m0 * 10 + m1), j = (int)(j0 * 10 + j1);
                    if (a >= 1 && m is >= 1 and <= 12 && j >= 1 && (j <= 28 || j <= DateTime.DaysInMonth(a, m))) return new DateOnly(a, m, j);
                }
            }
            return DateOnly.Parse(Encoding.UTF8.GetString(s), CultureInfo.InvariantCulture);
        }

        public override string Code(int i)
        {
            var s = Octets(i);
            var vus = _codes[i];
            foreach (var (octets, texte) in vus)
                if (s.SequenceEqual(octets)) return texte;
            var nouveau = Encoding.UTF8.GetString(s);
            vus.Add((s.ToArray(), nouveau));
            return nouveau;
        }
    }
}
