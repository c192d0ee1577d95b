using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sillage.Web.Fonctionnalites.Parcours;

/// <summary>One CESSEC session: its members and the avis given on each child examined.</summary>
public class SeanceModel(ServiceSuivi service) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int? EnfantExamine { get; set; }
    [BindProperty] public string? Avis { get; set; }
    [BindProperty] public string? Motivation { get; set; }
    public SeanceVue Seance { get; private set; } = null!;
    public List<LigneAExaminer> AExaminer { get; private set; } = [];

    private async Task<bool> ChargerAsync()
    {
        var s = await service.SeanceAsync(Id, HttpContext.RequestAborted);
        if (s is null) return false;
        Seance = s;
        var deja = s.Examens.Select(x => x.EnfantId).ToHashSet();
        AExaminer = (await service.AExaminerAsync(s.Date, HttpContext.RequestAborted)).Where(l => !deja.Contains(l.EnfantId)).DistinctBy(l => l.EnfantId).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await ChargerAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        if (EnfantExamine is null)
        {
            if (!await ChargerAsync()) return NotFound();
            ModelState.AddModelError(nameof(EnfantExamine), "Enfant : choisissez l'enfant examiné.");
            return Page();
        }
        var erreurs = await service.AvisAsync(Id, EnfantExamine.Value, Avis, Motivation, HttpContext.RequestAborted);
        if (erreurs is null) return NotFound();
        if (erreurs.Count > 0)
        {
            if (!await ChargerAsync()) return NotFound();
            foreach (var e in erreurs) ModelState.AddModelError(e.Champ, e.Message);
            return Page();
        }
        TempData["Message"] = "Avis de la commission enregistré.";
        return Redirect($"/parcours/cessec/seance?id={Id}");
    }
}
