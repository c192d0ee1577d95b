using System.Buffers.Binary;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Echange;

internal enum TypeColonne { Texte, Entier, Date, Booleen, Horodatage }

/// <summary>
/// Raw ADO.NET over the EF connection, for bulk work that must not go through the audited
/// SaveChanges: prepared, parameterised statements reused for every row, on SQLite and PostgreSQL.
/// Tables and columns are the EF names (DbSet and property names), quoted.
/// </summary>
internal sealed class AccesSql(DbConnection connexion, Fournisseur fournisseur)
{
    public DbConnection Connexion { get; } = connexion;
    public Fournisseur Fournisseur { get; } = fournisseur;
    public DbTransaction? Transaction { get; set; }

    // Microsoft.Data.Sqlite's async methods only wrap the synchronous ones: calling those saves a task per row.
    public async Task<int> ExecuterAsync(DbCommand c, CancellationToken ct) =>
        Fournisseur == Fournisseur.Sqlite ? c.ExecuteNonQuery() : await c.ExecuteNonQueryAsync(ct);

    public async Task<object?> ScalaireAsync(DbCommand c, CancellationToken ct) =>
        Fournisseur == Fournisseur.Sqlite ? c.ExecuteScalar() : await c.ExecuteScalarAsync(ct);

    public static string Q(string nom) => "\"" + nom + "\"";

    /// <summary>Placeholder of parameter <paramref name="i"/>: named on SQLite, positional on PostgreSQL (required by batches).</summary>
    public string P(int i) => Fournisseur == Fournisseur.Postgres ? "$" + (i + 1).ToString(CultureInfo.InvariantCulture) : "@p" + i.ToString(CultureInfo.InvariantCulture);

    public static NpgsqlTypes.NpgsqlDbType TypeNpgsql(TypeColonne t) => t switch
    {
        TypeColonne.Entier => NpgsqlTypes.NpgsqlDbType.Integer,
        TypeColonne.Date => NpgsqlTypes.NpgsqlDbType.Date,
        TypeColonne.Booleen => NpgsqlTypes.NpgsqlDbType.Boolean,
        TypeColonne.Horodatage => NpgsqlTypes.NpgsqlDbType.TimestampTz,
        _ => NpgsqlTypes.NpgsqlDbType.Text,
    };

    public DbCommand Commande(string sql, IReadOnlyList<TypeColonne> types)
    {
        var c = Connexion.CreateCommand();
        c.CommandText = sql;
        c.Transaction = Transaction;
        for (var i = 0; i < types.Count; i++)
        {
            var p = c.CreateParameter();
            if (Fournisseur == Fournisseur.Sqlite) p.ParameterName = "p" + i.ToString(CultureInfo.InvariantCulture);
            // A UTC timestamp is left to Npgsql's inference (timestamptz); the others are typed so that NULLs prepare.
            if (Fournisseur == Fournisseur.Postgres && types[i] != TypeColonne.Horodatage)
                p.DbType = types[i] switch
                {
                    TypeColonne.Entier => DbType.Int32,
                    TypeColonne.Date => DbType.Date,
                    TypeColonne.Booleen => DbType.Boolean,
                    _ => DbType.String,
                };
            c.Parameters.Add(p);
        }
        return c;
    }

    public void Lier(DbCommand c, int i, object? valeur, TypeColonne type) =>
        c.Parameters[i].Value = Fournisseur == Fournisseur.Sqlite ? VersSqlite(valeur) ?? DBNull.Value : valeur switch
        {
            null => DBNull.Value,
            DateTime u when type == TypeColonne.Horodatage => DateTime.SpecifyKind(u, DateTimeKind.Utc),
            _ => valeur,
        };

    /// <summary>A value as SQLite stores it, in the text forms of Microsoft.Data.Sqlite and EF Core (dates as text, booleans as integers).</summary>
    public static object? VersSqlite(object? valeur) => valeur switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        _ => valeur,
    };

    public static object? Lire(DbDataReader r, int i, TypeColonne type)
    {
        if (r.IsDBNull(i)) return null;
        return type switch
        {
            TypeColonne.Entier => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture),
            TypeColonne.Date => r.GetFieldValue<DateOnly>(i),
            TypeColonne.Booleen => Convert.ToBoolean(r.GetValue(i), CultureInfo.InvariantCulture),
            TypeColonne.Horodatage => r.GetFieldValue<DateTime>(i),
            _ => r.GetString(i),
        };
    }

    public async Task<List<object?[]>> LireToutAsync(string sql, TypeColonne[] types, CancellationToken ct)
    {
        await using var c = Commande(sql, []);
        await using var r = await c.ExecuteReaderAsync(ct);
        var lignes = new List<object?[]>();
        while (await r.ReadAsync(ct))
        {
            var v = new object?[types.Length];
            for (var i = 0; i < types.Length; i++) v[i] = Lire(r, i, types[i]);
            lignes.Add(v);
        }
        return lignes;
    }

    public static string Cle(object? v) => v switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}

/// <summary>
/// SQLite: one statement prepared once and run for each row through SQLitePCL itself (bound by position, stepped, reset),
/// on the connection and in the transaction of the import. Microsoft.Data.Sqlite looks every parameter up by name and
/// builds a reader at each execution, which cost as much as SQLite's own work for a million rows.
/// </summary>
internal sealed class InstructionSqlite : IDisposable
{
    private readonly SQLitePCL.sqlite3 _base;
    private readonly SQLitePCL.sqlite3_stmt _instruction;

    public InstructionSqlite(AccesSql acces, string sql)
    {
        _base = ((Microsoft.Data.Sqlite.SqliteConnection)acces.Connexion).Handle!;
        Verifier(SQLitePCL.raw.sqlite3_prepare_v2(_base, sql, out _instruction));
        // Value i goes to placeholder @p{i} (AccesSql.P) wherever it stands, or to the i-th "?".
        _positions = new int[SQLitePCL.raw.sqlite3_bind_parameter_count(_instruction)];
        for (var i = 0; i < _positions.Length; i++)
            _positions[i] = SQLitePCL.raw.sqlite3_bind_parameter_index(_instruction, acces.P(i)) is > 0 and var p ? p : i + 1;
    }

    private readonly int[] _positions;

    /// <summary>Runs the statement with these values (in the order of its placeholders); returns the rowid of the last insert.</summary>
    public long Executer(ReadOnlySpan<object?> valeurs)
    {
        for (var i = 0; i < valeurs.Length; i++) Lier(_positions[i], valeurs[i]);
        var rc = SQLitePCL.raw.sqlite3_step(_instruction);
        SQLitePCL.raw.sqlite3_reset(_instruction);
        if (rc != SQLitePCL.raw.SQLITE_DONE) Verifier(rc);
        return SQLitePCL.raw.sqlite3_last_insert_rowid(_base);
    }

    private void Lier(int i, object? valeur) => Verifier(AccesSql.VersSqlite(valeur) switch
    {
        null => SQLitePCL.raw.sqlite3_bind_null(_instruction, i),
        int n => SQLitePCL.raw.sqlite3_bind_int(_instruction, i, n),
        long n => SQLitePCL.raw.sqlite3_bind_int64(_instruction, i, n),
        string t => SQLitePCL.raw.sqlite3_bind_text(_instruction, i, t),
        var v => throw new ArgumentException($"type non pris en charge : {v.GetType().Name}", nameof(valeur)),
    });

    private void Verifier(int rc)
    {
        if (rc is not SQLitePCL.raw.SQLITE_OK and not SQLitePCL.raw.SQLITE_DONE and not SQLitePCL.raw.SQLITE_ROW)
            throw new Microsoft.Data.Sqlite.SqliteException(SQLitePCL.raw.sqlite3_errmsg(_base).utf8_to_string(), rc,
                SQLitePCL.raw.sqlite3_extended_errcode(_base));
    }

    public void Dispose() => _instruction.Dispose();
}

/// <summary>
/// One statement executed for many rows: on SQLite a prepared command reused for each row; on
/// PostgreSQL batches of <see cref="Taille"/> statements, one round trip each.
/// </summary>
internal sealed class LotSql(AccesSql acces, string sql, TypeColonne[] types) : IAsyncDisposable
{
    private const int Taille = 1000;
    private InstructionSqlite? _instruction;
    private Npgsql.NpgsqlBatch? _lot;

    public async Task AjouterAsync(object?[] valeurs, CancellationToken ct)
    {
        if (acces.Fournisseur == Fournisseur.Sqlite)
        {
            (_instruction ??= new InstructionSqlite(acces, sql)).Executer(valeurs);
            return;
        }
        _lot ??= new Npgsql.NpgsqlBatch((Npgsql.NpgsqlConnection)acces.Connexion, (Npgsql.NpgsqlTransaction?)acces.Transaction);
        var c = new Npgsql.NpgsqlBatchCommand(sql);
        for (var i = 0; i < valeurs.Length; i++)
            c.Parameters.Add(new Npgsql.NpgsqlParameter { NpgsqlDbType = AccesSql.TypeNpgsql(types[i]), Value = valeurs[i] ?? DBNull.Value });
        _lot.BatchCommands.Add(c);
        if (_lot.BatchCommands.Count >= Taille) await VidangerAsync(ct);
    }

    public async Task VidangerAsync(CancellationToken ct)
    {
        if (_lot is null || _lot.BatchCommands.Count == 0) return;
        await _lot.ExecuteNonQueryAsync(ct);
        _lot.BatchCommands.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        _instruction?.Dispose();
        if (_lot is not null) await _lot.DisposeAsync();
    }
}

/// <summary>
/// One table written by the import: existing rows loaded once into a dictionary keyed like the
/// interchange format (source id, or the natural key), then each row inserted, updated when a
/// value differs, or left alone — so a second import of the same folder writes nothing.
/// </summary>
internal sealed class TableSql
{
    private readonly AccesSql _acces;
    private readonly string _nom;
    private readonly (string Nom, TypeColonne Type)[] _colonnes;
    private readonly (string Nom, TypeColonne Type)[] _insertionSeule;
    private readonly int[] _cle;
    private readonly bool _versionnee;
    private readonly bool _idRequis;
    private InstructionSqlite? _insertion;
    private object?[]? _ligne;
    private LotSql? _modification;
    // PostgreSQL: new rows are buffered and written with binary COPY, their ids reserved from the identity sequence.
    private readonly List<(int Id, object?[] Valeurs, object?[] Extra)> _copie = [];
    private readonly Queue<int> _idsReserves = new();
    private string? _sequence;

    /// <summary>
    /// The rows of the table (in the base, or written by this import) by key: their id and the fingerprint of their values
    /// (<see cref="Empreinte"/>), not the values themselves — a Nord re-imported is 1.4 million rows held at once.
    /// </summary>
    public Dictionary<string, (int Id, ulong Empreinte)> Existants { get; } = new(StringComparer.Ordinal);
    public int Crees { get; private set; }
    public int Modifies { get; private set; }
    public int Inchanges { get; private set; }

    /// <param name="idRequis">The ids of inserted rows are referenced by later files (otherwise no RETURNING round trip).</param>
    public TableSql(AccesSql acces, string nom, (string, TypeColonne)[] colonnes, int[] cle, bool versionnee, (string, TypeColonne)[]? insertionSeule = null, bool idRequis = true)
    {
        (_acces, _nom, _colonnes, _cle, _versionnee, _insertionSeule, _idRequis) = (acces, nom, colonnes, cle, versionnee, insertionSeule ?? [], idRequis);
    }

    public string Nom => _nom;

    public string CleDe(object?[] valeurs) => _cle.Length == 1 ? AccesSql.Cle(valeurs[_cle[0]]) : string.Join("|", _cle.Select(i => AccesSql.Cle(valeurs[i])));

    /// <summary>Loads the rows whose key is set (records created in Sillage without a source id are not matched).</summary>
    /// <param name="lue">Given each row read (its id and values), for what the reading of the folder needs to know of them.</param>
    public async Task ChargerAsync(CancellationToken ct, Action<int, object?[]>? lue = null)
    {
        var types = new[] { TypeColonne.Entier }.Concat(_colonnes.Select(c => c.Type)).ToArray();
        var sql = $"SELECT {AccesSql.Q("Id")}, {string.Join(", ", _colonnes.Select(c => AccesSql.Q(c.Nom)))} FROM {AccesSql.Q(_nom)}";
        var filtre = _cle.Where(i => _colonnes[i].Nom == "SourceId").Select(i => $"{AccesSql.Q(_colonnes[i].Nom)} IS NOT NULL").ToList();
        if (filtre.Count > 0) sql += " WHERE " + string.Join(" AND ", filtre);
        foreach (var l in await _acces.LireToutAsync(sql, types, ct))
        {
            var v = l[1..];
            Existants[CleDe(v)] = ((int)l[0]!, Empreinte(v));
            lue?.Invoke((int)l[0]!, v);
        }
    }

    public int? Id(string cle) => Existants.TryGetValue(cle, out var e) ? e.Id : null;

    private readonly XxHash3 _hachage = new();

    /// <summary>
    /// 64-bit fingerprint (XxHash3) of a row's values, each with its type: two rows have the same one when their values are
    /// equal one by one (as <see cref="object.Equals(object?, object?)"/> says), and different ones otherwise but for a
    /// chance of 2⁻⁶⁴ per row compared.
    /// </summary>
    public ulong Empreinte(object?[] valeurs)
    {
        _hachage.Reset();
        Span<byte> b = stackalloc byte[9];
        foreach (var v in valeurs)
        {
            var n = 1;
            switch (v)
            {
                case null: b[0] = 0; break;
                case int e: b[0] = 1; BinaryPrimitives.WriteInt32LittleEndian(b[1..], e); n = 5; break;
                case long e: b[0] = 2; BinaryPrimitives.WriteInt64LittleEndian(b[1..], e); n = 9; break;
                case bool x: b[0] = 3; b[1] = x ? (byte)1 : (byte)0; n = 2; break;
                case DateOnly d: b[0] = 4; BinaryPrimitives.WriteInt32LittleEndian(b[1..], d.DayNumber); n = 5; break;
                case DateTime t: b[0] = 5; BinaryPrimitives.WriteInt64LittleEndian(b[1..], t.Ticks); n = 9; break;
                case string t:
                    b[0] = 6; BinaryPrimitives.WriteInt32LittleEndian(b[1..], t.Length); n = 5;
                    _hachage.Append(b[..n]);
                    _hachage.Append(MemoryMarshal.AsBytes(t.AsSpan()));
                    continue;
                default: throw new ArgumentException($"type non pris en charge : {v.GetType().Name}", nameof(valeurs));
            }
            _hachage.Append(b[..n]);
        }
        return _hachage.GetCurrentHashAsUInt64();
    }

    // SQLite: the secondary indexes of a table that was empty, dropped while its rows are inserted and created again after
    // (one sort per index instead of one B-tree descent per row and index; the same transaction, so a failure restores them).
    private List<string>? _indexSuspendus;

    /// <summary>
    /// SQLite, table empty before the import: drops its secondary indexes until <see cref="RetablirIndexAsync"/>. Nothing
    /// reads them meanwhile (ids come from <see cref="Existants"/>, readers in WAL mode see the last committed state), and the
    /// uniqueness they enforce is checked first by the reading of the folder; a duplicate would still make their creation
    /// fail, and the whole import with it.
    /// </summary>
    public async Task SuspendreIndexSiVideAsync(CancellationToken ct)
    {
        if (_acces.Fournisseur != Fournisseur.Sqlite || _indexSuspendus is not null) return;
        await using (var vide = _acces.Commande($"SELECT NOT EXISTS (SELECT 1 FROM {AccesSql.Q(_nom)})", []))
            if (Convert.ToInt64(await _acces.ScalaireAsync(vide, ct), CultureInfo.InvariantCulture) == 0) return;
        var index = await _acces.LireToutAsync(
            $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = '{_nom}'", [TypeColonne.Texte, TypeColonne.Texte], ct);
        _indexSuspendus = [];
        foreach (var i in index)
        {
            await using var c = _acces.Commande($"DROP INDEX {AccesSql.Q((string)i[0]!)}", []);
            await _acces.ExecuterAsync(c, ct);
            _indexSuspendus.Add((string)i[1]!);
        }
    }

    /// <summary>Creates again the indexes dropped by <see cref="SuspendreIndexSiVideAsync"/>.</summary>
    public async Task<int> RetablirIndexAsync(CancellationToken ct)
    {
        if (_indexSuspendus is null) return 0;
        var n = _indexSuspendus.Count;
        foreach (var sql in _indexSuspendus)
        {
            await using var c = _acces.Commande(sql, []);
            await _acces.ExecuterAsync(c, ct);
        }
        _indexSuspendus = null;
        return n;
    }

    /// <summary>Inserts, updates or leaves the row; returns its id.</summary>
    public async Task<int> EcrireAsync(object?[] valeurs, Func<object?[]>? insertion, CancellationToken ct)
    {
        var cle = CleDe(valeurs);
        var empreinte = Empreinte(valeurs);
        if (Existants.TryGetValue(cle, out var existant))
        {
            if (existant.Empreinte == empreinte)
            {
                Inchanges++;
                return existant.Id;
            }
            _modification ??= new LotSql(_acces,
                $"UPDATE {AccesSql.Q(_nom)} SET {string.Join(", ", _colonnes.Select((c, i) => $"{AccesSql.Q(c.Nom)} = {_acces.P(i)}"))}" +
                (_versionnee ? $", {AccesSql.Q("Version")} = {AccesSql.Q("Version")} + 1" : "") +
                $" WHERE {AccesSql.Q("Id")} = {_acces.P(_colonnes.Length)}",
                _colonnes.Select(c => c.Type).Append(TypeColonne.Entier).ToArray());
            await _modification.AjouterAsync([.. valeurs, existant.Id], ct);
            Existants[cle] = (existant.Id, empreinte);
            Modifies++;
            return existant.Id;
        }
        var extra = _insertionSeule.Length == 0 ? [] : insertion?.Invoke() ?? new object?[_insertionSeule.Length];
        if (_acces.Fournisseur == Fournisseur.Postgres)
        {
            var nouveau = _idRequis ? await ReserverIdAsync(ct) : 0;
            _copie.Add((nouveau, valeurs, extra));
            if (_copie.Count >= 20_000) await CopierAsync(ct);
            Existants[cle] = (nouveau, empreinte);
            Crees++;
            return nouveau;
        }
        if (_insertion is null)
        {
            var toutes = _colonnes.Concat(_insertionSeule).ToArray();
            _insertion = new InstructionSqlite(_acces,
                $"INSERT INTO {AccesSql.Q(_nom)} ({string.Join(", ", toutes.Select(c => AccesSql.Q(c.Nom)))}{(_versionnee ? ", " + AccesSql.Q("Version") : "")}) " +
                $"VALUES ({string.Join(", ", toutes.Select(_ => "?"))}{(_versionnee ? ", 0" : "")})");
            _ligne = new object?[toutes.Length];
        }
        valeurs.CopyTo(_ligne!, 0);
        extra.CopyTo(_ligne!, valeurs.Length);
        // The Id column is the table's rowid (INTEGER PRIMARY KEY).
        var id = checked((int)_insertion.Executer(_ligne));
        Existants[cle] = (_idRequis ? id : 0, empreinte);
        Crees++;
        return id;
    }

    private async Task<int> ReserverIdAsync(CancellationToken ct)
    {
        if (_idsReserves.Count == 0)
        {
            _sequence ??= (string)(await _acces.LireToutAsync($"SELECT pg_get_serial_sequence('{AccesSql.Q(_nom)}', 'Id')", [TypeColonne.Texte], ct))[0][0]!;
            foreach (var l in await _acces.LireToutAsync($"SELECT nextval('{_sequence}')::integer FROM generate_series(1, 5000)", [TypeColonne.Entier], ct))
                _idsReserves.Enqueue((int)l[0]!);
        }
        return _idsReserves.Dequeue();
    }

    private async Task CopierAsync(CancellationToken ct)
    {
        if (_copie.Count == 0) return;
        var colonnes = (_idRequis ? [("Id", TypeColonne.Entier)] : Array.Empty<(string Nom, TypeColonne Type)>())
            .Concat(_colonnes).Concat(_insertionSeule)
            .Concat(_versionnee ? [("Version", TypeColonne.Entier)] : Array.Empty<(string Nom, TypeColonne Type)>()).ToArray();
        var connexion = (Npgsql.NpgsqlConnection)_acces.Connexion;
        await using (var copie = await connexion.BeginBinaryImportAsync(
            $"COPY {AccesSql.Q(_nom)} ({string.Join(", ", colonnes.Select(c => AccesSql.Q(c.Nom)))}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (id, valeurs, extra) in _copie)
            {
                await copie.StartRowAsync(ct);
                object?[] ligne = [.. (_idRequis ? new object?[] { id } : []), .. valeurs, .. extra, .. (_versionnee ? new object?[] { 0 } : [])];
                for (var i = 0; i < ligne.Length; i++)
                {
                    if (ligne[i] is null) await copie.WriteNullAsync(ct);
                    else await copie.WriteAsync(ligne[i], AccesSql.TypeNpgsql(colonnes[i].Type), ct);
                }
            }
            await copie.CompleteAsync(ct);
        }
        _copie.Clear();
    }

    /// <summary>Writes what is buffered (PostgreSQL): called at the end of each file, before the files that reference it.</summary>
    public async Task VidangerAsync(CancellationToken ct)
    {
        await CopierAsync(ct);
        if (_modification is not null) await _modification.VidangerAsync(ct);
    }

    public async ValueTask LibererAsync()
    {
        _insertion?.Dispose();
        if (_modification is not null) await _modification.DisposeAsync();
    }
}
