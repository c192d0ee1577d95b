namespace Sillage.Donnees;

/// <summary>
/// A counter that moves after every audited write of this process (after its commit), so that in-memory read models
/// (the lieux' availability) know they must read again. Writes of another process (a command) are not seen: such caches
/// also expire after a few seconds.
/// </summary>
public static class GenerationDonnees
{
    private static long _valeur;

    public static long Valeur => Interlocked.Read(ref _valeur);

    /// <summary>Called after a commit by the audited writes and by the bulk writers (import, restore).</summary>
    public static void Avancer() => Interlocked.Increment(ref _valeur);
}
