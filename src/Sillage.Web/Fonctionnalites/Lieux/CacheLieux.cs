using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Lieux;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Lieux;

/// <summary>
/// The lieux and their occupation per day, shared by every request (singleton) for the place search and the lists:
/// read again after any write of this process (<see cref="GenerationDonnees"/>, moved after the commit) and at the latest
/// after <see cref="Duree"/> (writes of another process, a command). A reservation still checks the free places on the
/// database itself (<see cref="ServiceLieux.ReserverAsync"/>).
/// Each copy is read once, whatever the number of requests asking for it at the same moment, on a context of its own:
/// a read shared by several requests must not run on one request's context, which that request goes on using (or hands
/// back to the pool) while the read is still running.
/// </summary>
public sealed class CacheLieux(IDbContextFactory<SillageDbContext> contextes)
{
    public static readonly TimeSpan Duree = TimeSpan.FromSeconds(10);

    private sealed class Etat(long generation)
    {
        public readonly long Generation = generation;
        public readonly DateTime Lu = DateTime.UtcNow;
        public Lazy<Task<LieuxParNom>>? Offres;
        public readonly ConcurrentDictionary<DateOnly, Lazy<Task<Dictionary<int, Occupation>>>> Occupations = new();
    }

    private Etat _etat = new(-1);

    private Etat Courant()
    {
        var e = Volatile.Read(ref _etat);
        var g = GenerationDonnees.Valeur;
        if (e.Generation == g && DateTime.UtcNow - e.Lu < Duree) return e;
        // The generation is read before the data: a write during the read leaves an older generation, read again next time.
        var nouveau = new Etat(g);
        Interlocked.CompareExchange(ref _etat, nouveau, e);
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
        var l = Volatile.Read(ref e.Offres);
        if (l is null)
        {
            Interlocked.CompareExchange(ref e.Offres, Lecture(lire), null);
            l = Volatile.Read(ref e.Offres)!;
        }
        var t = l.Value;
        // A failed read is not kept: the next request reads again.
        if (t.IsFaulted || t.IsCanceled) Interlocked.CompareExchange(ref e.Offres, null, l);
        return t;
    }

    public Task<Dictionary<int, Occupation>> OccupationsAsync(DateOnly jour, Func<SillageDbContext, Task<Dictionary<int, Occupation>>> lire)
    {
        var e = Courant();
        var l = e.Occupations.GetOrAdd(jour, _ => Lecture(lire));
        var t = l.Value;
        if (t.IsFaulted || t.IsCanceled) e.Occupations.TryRemove(new KeyValuePair<DateOnly, Lazy<Task<Dictionary<int, Occupation>>>>(jour, l));
        return t;
    }
}
