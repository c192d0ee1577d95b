using System.IO.Compression;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Echange;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Echange;

namespace Sillage.Web.Fonctionnalites.Administration;

/// <summary>Import of a folder of the interchange format (its CSV files, or a .zip) and export of the whole base as a .zip.</summary>
[RequestSizeLimit(TailleMaximale)]
[RequestFormLimits(MultipartBodyLengthLimit = TailleMaximale)]
public class EchangeModel(SillageDbContext db) : PageModel
{
    public const long TailleMaximale = 512L * 1024 * 1024;

    [BindProperty] public List<IFormFile> Fichiers { get; set; } = [];
    [BindProperty] public bool Tolerant { get; set; }
    public ResultatImport? Resultat { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var dossier = Path.Combine(Path.GetTempPath(), "sillage-import", $"televersement-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(dossier);
        try
        {
            var connus = FormatEchange.Fichiers.Select(f => f.Fichier).ToHashSet(StringComparer.Ordinal);
            foreach (var f in Fichiers.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
            {
                var nom = Path.GetFileName(f.FileName);
                if (nom.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    await using var flux = f.OpenReadStream();
                    using var zip = new ZipArchive(flux, ZipArchiveMode.Read);
                    foreach (var entree in zip.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
                    {
                        if (System.IO.File.Exists(Path.Combine(dossier, entree.Name)))
                        {
                            ModelState.AddModelError(nameof(Fichiers), $"Fichiers : « {entree.Name} » figure deux fois dans l'envoi.");
                            continue;
                        }
                        await using var source = entree.Open();
                        await using var cible = System.IO.File.Create(Path.Combine(dossier, entree.Name));
                        await source.CopyToAsync(cible, ct);
                    }
                }
                else if (nom.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    await using var cible = System.IO.File.Create(Path.Combine(dossier, nom));
                    await f.CopyToAsync(cible, ct);
                }
                else
                    ModelState.AddModelError(nameof(Fichiers), $"Fichiers : « {nom} » n'est ni un fichier .csv ni une archive .zip.");
            }
            if (!Directory.EnumerateFiles(dossier).Any() && ModelState.IsValid)
                ModelState.AddModelError(nameof(Fichiers), "Fichiers : choisissez les fichiers CSV du dossier à importer (enfants.csv au moins) ou une archive .zip.");
            if (!ModelState.IsValid) return Page();
            Resultat = await Importateur.ImporterAsync(db, dossier, Tolerant, TextWriter.Null, ct);
            return Page();
        }
        finally
        {
            Directory.Delete(dossier, recursive: true);
        }
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var nom = $"sillage-export-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
        var racine = Path.Combine(Path.GetTempPath(), "sillage-export", Guid.NewGuid().ToString("N"));
        var dossier = Path.Combine(racine, nom);
        try
        {
            await Exportateur.ExporterAsync(db, dossier, TextWriter.Null, ct);
            using var ms = new MemoryStream();
            using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var (fichier, _) in FormatEchange.Fichiers)
                    await zip.CreateEntryFromFileAsync(Path.Combine(dossier, fichier), fichier, CompressionLevel.Optimal, ct);
            return File(ms.ToArray(), "application/zip", nom + ".zip");
        }
        finally
        {
            if (Directory.Exists(racine)) Directory.Delete(racine, recursive: true);
        }
    }
}
