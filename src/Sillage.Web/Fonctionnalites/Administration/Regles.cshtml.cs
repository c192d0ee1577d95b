using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Regles;

namespace Sillage.Web.Fonctionnalites.Administration;

public class ReglesModel(ServiceReglages reglages) : PageModel
{
    [BindProperty] public Dictionary<string, int?> Valeurs { get; set; } = [];

    public async Task OnGetAsync()
    {
        var p = await reglages.LireAsync();
        Valeurs = ParametresEcheances.Reglages.ToDictionary(r => r.Code, r => (int?)r.Lire(p));
    }

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
