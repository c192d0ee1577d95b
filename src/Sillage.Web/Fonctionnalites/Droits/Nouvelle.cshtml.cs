using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sillage.Web.Fonctionnalites.Droits;

public class NouvelleModel(ServiceDroits service) : PageModel
{
    [BindProperty] public SaisieDemande Saisie { get; set; } = new();

    public void OnGet() => Saisie.DateReception = ServiceDroits.Aujourdhui;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var (erreurs, id) = await service.EnregistrerAsync(Saisie, User.Identity?.Name, ct);
        foreach (var e in erreurs) ModelState.AddModelError("Saisie." + e.Champ, e.Message);
        if (id is null) return Page();
        TempData["Message"] = $"Demande n° {id} enregistrée.";
        return Redirect($"/droits/{id}");
    }
}
