using System.Collections.Concurrent;
using Sillage.Domaine.Lieux;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Lieux;

/// <summary>
/// The lieux and their occupation per day, shared by every request (singleton) for the place search and the lists:
/// read again after any write of this process (<see cref="GenerationDonnees"/>, moved after the commit) and at the latest
/// after <see cref="Duree"/> (writes of another process, a command). A reservation still checks the free places on the
/// database itself (<see cref="ServiceLieux.ReserverAsync"/>).
/// </summary>
public sealed class CacheLieux
{
    public static readonly TimeSpan Duree = TimeSpan.FromSeconds(10);

    private sealed class Etat(long generation)
    {
        public readonly long Generation = generation;
        public readonly DateTime Lu = DateTime.UtcNow;
        public Task<List<LieuOffre>>? Offres;
        public readonly ConcurrentDictionary<DateOnly, Task<Dictionary<int, Occupation>>> Occupations = new();
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

    public Task<List<LieuOffre>> OffresAsync(Func<Task<List<LieuOffre>>> lire)
    {
        var e = Courant();
        var t = e.Offres ??= lire();
        if (t.IsFaulted || t.IsCanceled) e.Offres = null;
        return t;
    }

    public Task<Dictionary<int, Occupation>> OccupationsAsync(DateOnly jour, Func<Task<Dictionary<int, Occupation>>> lire)
    {
        var e = Courant();
        var t = e.Occupations.GetOrAdd(jour, _ => lire());
        if (t.IsFaulted || t.IsCanceled) e.Occupations.TryRemove(jour, out _);
        return t;
    }
}
