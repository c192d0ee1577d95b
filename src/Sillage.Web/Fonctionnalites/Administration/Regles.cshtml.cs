using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sillage.Web.Fonctionnalites.Administration;

public class ReglesModel(ServiceReglages reglages) : PageModel
{
    [BindProperty] public Dictionary<string, int?> Valeurs { get; set; } = [];

    public async Task OnGetAsync() => Valeurs = await reglages.FormulaireAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var erreurs = await reglages.EnregistrerAsync(Valeurs, User.Identity?.Name);
        if (erreurs.Count > 0)
        {
            foreach (var e in erreurs) ModelState.AddModelError("", e);
            return Page();
        }
        TempData["Message"] = "Réglages enregistrés.";
        return RedirectToPage();
    }
}
