using System.Diagnostics;

namespace Sillage.Web.Infrastructure.Impression;

/// <summary>
/// Prints an HTML document to PDF with the machine's headless Chromium (ADR 0009): the same
/// Razor markup gives the page on screen and the printed document. The browser path comes
/// from <c>Sillage:Chromium</c> or <c>SILLAGE_CHROMIUM</c> (default <c>/usr/bin/chromium</c>).
/// </summary>
public sealed class ImprimantePdf(IConfiguration configuration, ILogger<ImprimantePdf> journal)
{
    private static readonly SemaphoreSlim Parallelisme = new(2);

    public string CheminNavigateur =>
        configuration["Sillage:Chromium"] ?? Environment.GetEnvironmentVariable("SILLAGE_CHROMIUM") ?? "/usr/bin/chromium";

    public async Task<byte[]> ImprimerAsync(string html, CancellationToken annulation = default)
    {
        if (!File.Exists(CheminNavigateur))
            throw new ImpressionImpossibleException($"L'impression PDF demande Chromium ({CheminNavigateur}) : installez le paquet Debian « chromium » ou renseignez Sillage:Chromium.");
        var dossier = Directory.CreateTempSubdirectory("sillage-pdf-");
        await Parallelisme.WaitAsync(annulation);
        try
        {
            var source = Path.Combine(dossier.FullName, "document.html");
            var sortie = Path.Combine(dossier.FullName, "document.pdf");
            await File.WriteAllTextAsync(source, html, annulation);
            var demarrage = new ProcessStartInfo(CheminNavigateur)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
                "--no-pdf-header-footer",
                $"--user-data-dir={Path.Combine(dossier.FullName, "profil")}",
                $"--print-to-pdf={sortie}", new Uri(source).AbsoluteUri,
            })
                demarrage.ArgumentList.Add(argument);
            using var processus = Process.Start(demarrage)
                ?? throw new ImpressionImpossibleException("Chromium n'a pas pu être lancé.");
            var lectureSortie = processus.StandardOutput.ReadToEndAsync(annulation);
            var lectureErreurs = processus.StandardError.ReadToEndAsync(annulation);
            using var delai = CancellationTokenSource.CreateLinkedTokenSource(annulation);
            delai.CancelAfter(TimeSpan.FromSeconds(60));
            try
            {
                await processus.WaitForExitAsync(delai.Token);
            }
            catch (OperationCanceledException)
            {
                processus.Kill(entireProcessTree: true);
                throw new ImpressionImpossibleException("L'impression PDF a dépassé 60 secondes.");
            }
            await Task.WhenAll(lectureSortie, lectureErreurs);
            if (!File.Exists(sortie) || new FileInfo(sortie).Length == 0)
            {
                journal.LogWarning("Chromium n'a pas produit de PDF (code {Code}).", processus.ExitCode);
                throw new ImpressionImpossibleException("Chromium n'a pas produit le PDF.");
            }
            return await File.ReadAllBytesAsync(sortie, annulation);
        }
        finally
        {
            Parallelisme.Release();
            try { dossier.Delete(recursive: true); } catch (IOException) { }
        }
    }
}

public sealed class ImpressionImpossibleException(string message) : Exception(message);
