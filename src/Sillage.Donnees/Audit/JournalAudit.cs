using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Entites;

namespace Sillage.Donnees.Audit;

/// <summary>
/// The one audit service. Every write through <see cref="SillageDbContext"/> is recorded with its
/// before/after values in the same transaction; reads and security events are recorded with
/// <see cref="EnregistrerAsync"/>. Each entry is chained to the previous one by a SHA-256 hash.
/// </summary>
public sealed class JournalAudit(SillageDbContext db)
{
    // One writer at a time in this process; the database transaction (IMMEDIATE on SQLite,
    // advisory lock on PostgreSQL) serialises writers across processes.
    private static readonly SemaphoreSlim Verrou = new(1, 1);
    private const long CleVerrouPostgres = 0x5111A6E;

    private static readonly HashSet<string> ProprietesSecretes = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Empreinte", "NormalizedUserName", "NormalizedEmail",
    };

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Records a read or a security event. <paramref name="acteur"/> names who acts when the request
    /// is not yet authenticated (a login attempt); otherwise the current user is used.</summary>
    public Task EnregistrerAsync(TypeEvenementAudit type, string? cible, string? cibleId, object? details = null,
        IUtilisateurCourant? acteur = null, CancellationToken ct = default) =>
        AjouterAsync(db, [new Ecriture(type, cible, cibleId, details is null ? null : JsonSerializer.Serialize(details, Json), acteur)], ct);

    internal static async Task<int> EnregistrerEcrituresAsync(SillageDbContext db, bool accepter, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var suivies = db.ChangeTracker.Entries()
            .Where(e => e.Entity is not (EvenementAudit or Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey) && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (suivies.Count == 0) return await db.SaveChangesSansAuditAsync(accepter, ct);

        var captures = new List<(EntityEntry Entree, EntityState Etat, string? Cle, Dictionary<string, object?>? Avant)>();
        foreach (var e in suivies)
        {
            if (e.State == EntityState.Modified && e.Entity is IVersionne v) v.Version++;
            var avant = e.State == EntityState.Added ? null : Valeurs(e, original: true);
            captures.Add((e, e.State, e.State == EntityState.Added ? null : Cle(e), avant));
        }

        await Verrou.WaitAsync(ct);
        try
        {
            var transactionExterne = db.Database.CurrentTransaction is not null;
            await using var tx = transactionExterne ? null : await db.Database.BeginTransactionAsync(ct);
            await VerrouillerAsync(db, ct);
            // After the save, added entities have their generated keys.
            var apres = captures.Select(c => c.Etat == EntityState.Deleted ? null : Valeurs(c.Entree, original: false)).ToList();
            var n = await db.SaveChangesSansAuditAsync(accepter, ct);
            var ecritures = captures.Select((c, i) => new Ecriture(
                c.Etat switch { EntityState.Added => TypeEvenementAudit.Creation, EntityState.Deleted => TypeEvenementAudit.Suppression, _ => TypeEvenementAudit.Modification },
                NomEntite(c.Entree),
                c.Cle ?? Cle(c.Entree),
                JsonSerializer.Serialize(new { avant = c.Avant, apres = apres[i] is null ? null : c.Etat == EntityState.Modified ? Differences(c.Avant!, apres[i]!) : apres[i] }, Json)))
                .ToList();
            await ChainerAsync(db, ecritures, ct);
            if (tx is not null) await tx.CommitAsync(ct);
            GenerationDonnees.Avancer();
            return n;
        }
        finally
        {
            Verrou.Release();
        }
    }

    /// <summary>Events waiting to be written, per database (several databases can live in one process: the tests).</summary>
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<(Ecriture[] Ecritures, TaskCompletionSource Ecrit)>> EnAttente = new();

    /// <summary>
    /// Inside the caller's transaction, the events are written there. Otherwise by <b>group commit</b>: the caller queues its
    /// events (with the acting user fixed now), then whoever holds the lock writes every queued event of the database in one
    /// transaction — one disk flush for 32 simultaneous consultations instead of 32 in a row — and each caller returns only once
    /// its own events are committed (an audited read is never answered before its trace is written).
    /// </summary>
    private static async Task AjouterAsync(SillageDbContext db, IReadOnlyList<Ecriture> ecritures, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await Verrou.WaitAsync(ct);
            try
            {
                await VerrouillerAsync(db, ct);
                await ChainerAsync(db, ecritures, ct);
            }
            finally
            {
                Verrou.Release();
            }
            return;
        }

        var courant = db.UtilisateurCourant;
        var figees = ecritures.Select(e => e with { Acteur = new UtilisateurFixe((e.Acteur ?? courant).Id, (e.Acteur ?? courant).Login) }).ToArray();
        var ecrit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var file = EnAttente.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new());
        file.Enqueue((figees, ecrit));
        // Not cancellable from here: the events are queued and must be written, by this caller or by the next batch.
        await Verrou.WaitAsync(CancellationToken.None);
        try
        {
            if (!ecrit.Task.IsCompleted)
            {
                var lot = new List<(Ecriture[] Ecritures, TaskCompletionSource Ecrit)>();
                while (file.TryDequeue(out var x)) lot.Add(x);
                try
                {
                    await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
                    await VerrouillerAsync(db, CancellationToken.None);
                    await ChainerAsync(db, lot.SelectMany(x => x.Ecritures).ToList(), CancellationToken.None);
                    await tx.CommitAsync(CancellationToken.None);
                    foreach (var x in lot) x.Ecrit.TrySetResult();
                }
                catch (Exception ex)
                {
                    // Nothing of the batch was committed: forget it in this context too, and report it to every caller.
                    foreach (var e in db.ChangeTracker.Entries<EvenementAudit>().Where(e => e.State == EntityState.Added).ToList()) e.State = EntityState.Detached;
                    foreach (var x in lot) x.Ecrit.TrySetException(ex);
                }
            }
        }
        finally
        {
            Verrou.Release();
        }
        await ecrit.Task;
    }

    private static async Task VerrouillerAsync(SillageDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({CleVerrouPostgres})", ct);
    }

    private static async Task ChainerAsync(SillageDbContext db, IReadOnlyList<Ecriture> ecritures, CancellationToken ct)
    {
        var dernier = await db.EvenementsAudit.AsNoTracking().OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Hash }).FirstOrDefaultAsync(ct);
        var sequence = dernier?.Id ?? 0;
        var precedent = dernier?.Hash ?? ChaineAudit.Origine;
        var maintenant = DateTime.UtcNow;
        var horodatage = new DateTime(maintenant.Ticks - maintenant.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        foreach (var e in ecritures)
        {
            var qui = e.Acteur ?? db.UtilisateurCourant;
            var entree = new EvenementAudit
            {
                Id = ++sequence,
                Horodatage = horodatage,
                UtilisateurId = qui.Id,
                Login = qui.Login,
                Type = (int)e.Type,
                Cible = e.Cible,
                CibleId = e.CibleId,
                Details = e.Details,
                HashPrecedent = precedent,
            };
            entree.Hash = ChaineAudit.Hacher(Maillon(entree));
            precedent = entree.Hash;
            db.EvenementsAudit.Add(entree);
        }
        await db.SaveChangesSansAuditAsync(true, ct);
    }

    public static MaillonAudit Maillon(EvenementAudit e) =>
        new(e.Id, e.Horodatage.Ticks, e.UtilisateurId, e.Login, e.Type, e.Cible, e.CibleId, e.Details, e.HashPrecedent);

    /// <summary>Reads the whole journal in order and returns every break of the chain (empty = intact).</summary>
    public async Task<(long Entrees, IReadOnlyList<string> Erreurs)> VerifierAsync(CancellationToken ct = default)
    {
        var erreurs = new List<string>();
        long n = 0;
        var lus = new List<(MaillonAudit, string)>();
        await foreach (var e in db.EvenementsAudit.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            lus.Add((Maillon(e), e.Hash));
            n++;
        }
        erreurs.AddRange(ChaineAudit.Verifier(lus));
        return (n, erreurs);
    }

    private static string NomEntite(EntityEntry e)
    {
        var nom = e.Metadata.ClrType.Name;
        var i = nom.IndexOf('`');
        return i < 0 ? nom : nom[..i];
    }

    private static string? Cle(EntityEntry e)
    {
        var cle = e.Metadata.FindPrimaryKey();
        if (cle is null) return null;
        return string.Join(",", cle.Properties.Select(p => Convert.ToString(e.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static Dictionary<string, object?> Valeurs(EntityEntry e, bool original)
    {
        var d = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in e.Properties)
        {
            if (ProprietesSecretes.Contains(p.Metadata.Name)) continue;
            d[p.Metadata.Name] = original ? p.OriginalValue : p.CurrentValue;
        }
        return d;
    }

    private static Dictionary<string, object?> Differences(Dictionary<string, object?> avant, Dictionary<string, object?> apres) =>
        apres.Where(kv => !Equals(avant.GetValueOrDefault(kv.Key), kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value);

    private sealed record Ecriture(TypeEvenementAudit Type, string? Cible, string? CibleId, string? Details, IUtilisateurCourant? Acteur = null);
}
