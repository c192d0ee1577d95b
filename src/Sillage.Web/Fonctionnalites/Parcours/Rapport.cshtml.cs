using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sillage.Web.Fonctionnalites.Parcours;

public class RapportModel(ServiceRapport service) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Enfant { get; set; }
    [BindProperty] public SaisieRapport Saisie { get; set; } = new();
    // The dates keep their short field names (forms and tests of the échéancier post them).
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public DateOnly? DatePartage { get; set; }
    [BindProperty] public DateOnly? DateTransmission { get; set; }
    public BaseRapport Base { get; private set; } = null!;
    public string NomEnfant => Base.NomEnfant;

    private async Task<bool> ChargerAsync()
    {
        var b = await service.BaseAsync(Enfant, HttpContext.RequestAborted);
        if (b is null) return false;
        Base = b;
        if (Saisie.Progres.Count == 0) Saisie.Progres = b.Objectifs.Select(o => new SaisieProgres { ObjectifId = o.Id }).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ChargerAsync()) return NotFound();
        Date ??= DateOnly.FromDateTime(DateTime.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        (Saisie.Date, Saisie.DatePartage, Saisie.DateTransmission) = (Date, DatePartage, DateTransmission);
        var (rapport, prochain, erreurs) = await service.EnregistrerAsync(Enfant, Saisie, User.Identity?.Name, HttpContext.RequestAborted);
        if (erreurs is null) return NotFound();
        if (erreurs.Count > 0)
        {
            if (!await ChargerAsync()) return NotFound();
            foreach (var e in erreurs) ModelState.AddModelError(e.Champ.StartsWith("Date", StringComparison.Ordinal) ? e.Champ : "Saisie." + e.Champ, e.Message);
            return Page();
        }
        TempData["Message"] = $"Rapport de situation du {rapport!.Date:dd/MM/yyyy} enregistré. Prochain rapport dû le {prochain:dd/MM/yyyy}.";
        return Redirect($"/enfants/{Enfant}");
    }
}
