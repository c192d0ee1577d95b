using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Administration;

public class TerritoiresModel(SillageDbContext db, TerritoiresService service) : PageModel
{
    public List<Territoire> Liste { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public int? Modifier { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Libelle { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task OnGetAsync()
    {
        if (Modifier is { } id && await db.Territoires.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id) is { } t)
            (Code, Libelle, Version) = (t.Code, t.Libelle, t.Version);
        await ChargerAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var erreurs = await service.EnregistrerAsync(Modifier, Code, Libelle, Version);
        if (erreurs.Count > 0)
        {
            foreach (var e in erreurs) ModelState.AddModelError("", e);
            await ChargerAsync();
            return Page();
        }
        TempData["Message"] = "Territoire enregistré.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        await ChargerAsync();
        return ExportTableau.Fichier(format, "territoires", Liste, [new("Code", t => t.Code), new("Libellé", t => t.Libelle)]);
    }

    private async Task ChargerAsync() => Liste = await db.Territoires.AsNoTracking().OrderBy(t => t.Libelle).ToListAsync();
}
