using System.Runtime;

namespace Sillage.Web.Commandes;

/// <summary>
/// A command that reads a whole département into memory (the observatoire's snapshot) allocates nothing but data that stays
/// alive until it ends: each collection would only copy it from one generation to the next (≈ 0.4 s and 16 collections on
/// the Nord). Such a command runs without collections up to <see cref="BudgetParDefautMo"/> of allocations (the Nord: about 420 MB);
/// beyond, the runtime leaves that mode by itself and collects as usual. SILLAGE_COLLECTE_DIFFEREE_MO changes the
/// budget; 0 disables it. For command-line processes only: the server never suspends its collections.
/// </summary>
public static class CollecteDifferee
{
    public const int BudgetParDefautMo = 1024;

    public static async Task<T> PendantAsync<T>(Func<Task<T>> travail)
    {
        var mo = int.TryParse(Environment.GetEnvironmentVariable("SILLAGE_COLLECTE_DIFFEREE_MO"), out var v) ? v : BudgetParDefautMo;
        var differee = false;
        if (mo > 0 && GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            try
            {
                differee = GC.TryStartNoGCRegion((long)mo * 1024 * 1024);
            }
            catch (ArgumentOutOfRangeException)
            {
                // A budget larger than this runtime allows: collections as usual.
            }
        }
        try
        {
            return await travail();
        }
        finally
        {
            // Still in the mode only if the budget was not exceeded.
            if (differee && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }
}
