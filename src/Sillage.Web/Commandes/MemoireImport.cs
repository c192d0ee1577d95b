using System.Runtime;

namespace Sillage.Web.Commandes;

/// <summary>
/// A large import (the Nord demo: 1.4 million rows) keeps its id maps and checked rows in memory
/// until everything is valid (all-or-nothing). Left alone, the GC lets the heap grow well past the
/// live data; in a command-line process that only imports, a heap limit keeps the whole process
/// under 1 GiB (measured in docs/performance.md). SILLAGE_IMPORT_MEMOIRE_MO changes it; 0 disables it.
/// </summary>
public static class MemoireImport
{
    public const int ParDefautMo = 672;

    public static void Limiter()
    {
        var mo = int.TryParse(Environment.GetEnvironmentVariable("SILLAGE_IMPORT_MEMOIRE_MO"), out var v) ? v : ParDefautMo;
        // Under Server GC (the web host's setting, in Sillage.Web's runtimeconfig) the limit is shared out between the per-core
        // heaps, and a Nord re-import failed with OutOfMemoryException at 930 Mo of process memory: ./sillage runs import and
        // demo with the workstation GC (DOTNET_gcServer=0); a process started with Server GC imports without the cap.
        if (mo <= 0 || GCSettings.IsServerGC) return;
        var avant = AppContext.GetData("GCHeapHardLimit");
        AppContext.SetData("GCHeapHardLimit", (ulong)mo * 1024 * 1024);
        try
        {
            GC.RefreshMemoryLimit();
        }
        catch (InvalidOperationException)
        {
            // The process already holds more than the cap (a host running other work, such as the test runner, which runs
            // the commands in its own process): the import goes on without it rather than failing.
            AppContext.SetData("GCHeapHardLimit", avant ?? 0UL);
        }
    }
}
