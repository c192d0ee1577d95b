using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Lieux;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Lieux;

/// <summary>
/// The lieux and their occupation per day, shared by every request (singleton) for the place search and the lists:
/// read again after any write of this process (<see cref="GenerationDonnees"/>, moved after the commit) and at the latest
/// after <see cref="Duree"/> (writes of another process, a command) — in that second case the previous copy is still
/// served while the new one is read. A reservation still checks the free places on the
/// database itself (<see cref="ServiceLieux.ReserverAsync"/>).
/// Each copy is read once, whatever the number of requests asking for it at the same moment, on a context of its own:
/// a read shared by several requests must not run on one request's context, which that request goes on using (or hands
/// back to the pool) while the read is still running.
/// </summary>
public sealed class CacheLieux(IDbContextFactory<SillageDbContext> contextes, TimeProvider? horloge = null, Func<long>? generation = null)
{
    public static readonly TimeSpan Duree = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _horloge = horloge ?? TimeProvider.System;
    // The data version (GenerationDonnees); given by a test that moves it itself.
    private readonly Func<long> _generation = generation ?? (() => GenerationDonnees.Valeur);

    private sealed class Etat(long generation, Etat? precedent, DateTimeOffset lu)
    {
        public readonly long Generation = generation;
        /// <summary>The copy this one replaces after <see cref="Duree"/> with no write in this process: it is still
        /// served while the new one is read (no request waits for the periodic reread); dropped once replaced in turn.</summary>
        public Etat? Precedent = precedent;
        public readonly DateTimeOffset Lu = lu;
        public Lazy<Task<LieuxParNom>>? Offres;
        public Lazy<Task<List<TerritoireChoix>>>? Territoires;
        public readonly ConcurrentDictionary<DateOnly, Lazy<Task<Dictionary<int, Occupation>>>> Occupations = new();
    }

    private Etat _etat = new(-1, null, DateTimeOffset.MinValue);

    private Etat Courant()
    {
        var e = Volatile.Read(ref _etat);
        var g = _generation();
        var maintenant = _horloge.GetUtcNow();
        if (e.Generation == g && maintenant - e.Lu < Duree) return e;
        // The generation is read before the data: a write during the read leaves an older generation, read again next time.
        // After a write of this process the old copy is wrong: nothing is served from it.
        var nouveau = new Etat(g, e.Generation == g ? e : null, maintenant);
        if (Interlocked.CompareExchange(ref _etat, nouveau, e) == e) Volatile.Write(ref e.Precedent, null);
        return Volatile.Read(ref _etat);
    }

    private Lazy<Task<T>> Lecture<T>(Func<SillageDbContext, Task<T>> lire) => new(async () =>
    {
        await using var db = await contextes.CreateDbContextAsync();
        return await lire(db);
    });

    public Task<LieuxParNom> OffresAsync(Func<SillageDbContext, Task<LieuxParNom>> lire)
    {
        var e = Courant();
        return Partager(ref e.Offres, lire, Volatile.Read(ref e.Precedent)?.Offres);
    }

    /// <summary>The territoires offered by the search form (read with the lieux, again after any write).</summary>
    public Task<List<TerritoireChoix>> TerritoiresAsync(Func<SillageDbContext, Task<List<TerritoireChoix>>> lire)
    {
        var e = Courant();
        return Partager(ref e.Territoires, lire, Volatile.Read(ref e.Precedent)?.Territoires);
    }

    private Task<T> Partager<T>(ref Lazy<Task<T>>? copie, Func<SillageDbContext, Task<T>> lire, Lazy<Task<T>>? precedente)
    {
        var l = Volatile.Read(ref copie);
        if (l is null)
        {
            Interlocked.CompareExchange(ref copie, Lecture(lire), null);
            l = Volatile.Read(ref copie)!;
        }
        var t = l.Value;
        // A failed read is not kept: the next request reads again.
        if (t.IsFaulted || t.IsCanceled) Interlocked.CompareExchange(ref copie, null, l);
        return OuPrecedente(t, precedente);
    }

    public Task<Dictionary<int, Occupation>> OccupationsAsync(DateOnly jour, Func<SillageDbContext, Task<Dictionary<int, Occupation>>> lire)
    {
        var e = Courant();
        var l = e.Occupations.GetOrAdd(jour, _ => Lecture(lire));
        var t = l.Value;
        if (t.IsFaulted || t.IsCanceled) e.Occupations.TryRemove(new KeyValuePair<DateOnly, Lazy<Task<Dictionary<int, Occupation>>>>(jour, l));
        Lazy<Task<Dictionary<int, Occupation>>>? precedente = null;
        Volatile.Read(ref e.Precedent)?.Occupations.TryGetValue(jour, out precedente);
        return OuPrecedente(t, precedente);
    }

    /// <summary>The read in progress, or meanwhile the previous copy when it was read in full.</summary>
    private static Task<T> OuPrecedente<T>(Task<T> lecture, Lazy<Task<T>>? precedente) =>
        !lecture.IsCompleted && precedente is { IsValueCreated: true } p && p.Value.IsCompletedSuccessfully ? p.Value : lecture;
}
