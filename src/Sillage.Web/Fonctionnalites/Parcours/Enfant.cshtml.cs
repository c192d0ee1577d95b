using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine;

namespace Sillage.Web.Fonctionnalites.Parcours;

/// <summary>The child's parcours: PPE and rapports, relations with the parents, CESSEC, accès à l'autonomie.</summary>
public class EnfantModel(ServiceSuivi service) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Enfant { get; set; }
    [BindProperty] public SaisieContact Contact { get; set; } = new();
    [BindProperty] public DateOnly? DateSignalement { get; set; }
    [BindProperty] public string? Raison { get; set; }
    [BindProperty] public DateOnly? DateEntretien { get; set; }
    [BindProperty] public string? Synthese { get; set; }
    [BindProperty] public DateOnly? DateSolution { get; set; }
    [BindProperty] public string? TypeSolution { get; set; }
    [BindProperty] public string? CommentaireSolution { get; set; }
    public VueParcours Vue { get; private set; } = null!;

    private static DateOnly Aujourdhui => DateOnly.FromDateTime(DateTime.Today);

    private async Task<IActionResult> AfficherAsync()
    {
        var v = await service.VueAsync(Enfant, Aujourdhui, HttpContext.RequestAborted);
        if (v is null) return NotFound();
        Vue = v;
        Contact.Date ??= Aujourdhui;
        DateSignalement ??= Aujourdhui;
        DateEntretien ??= Aujourdhui;
        DateSolution ??= Aujourdhui;
        return Page();
    }

    public Task<IActionResult> OnGetAsync() => AfficherAsync();

    private async Task<IActionResult> ResultatAsync(List<ErreurValidation>? erreurs, string message, string ancre)
    {
        if (erreurs is null) return NotFound();
        if (erreurs.Count == 0)
        {
            TempData["Message"] = message;
            return Redirect($"/parcours/enfant?enfant={Enfant}#{ancre}");
        }
        ModelState.Clear();
        foreach (var e in erreurs) ModelState.AddModelError(e.Champ, e.Message);
        return await AfficherAsync();
    }

    public async Task<IActionResult> OnPostContactAsync() =>
        await ResultatAsync(await service.AjouterContactAsync(Enfant, Contact, HttpContext.RequestAborted), "Contact enregistré.", "titre-relations");

    public async Task<IActionResult> OnPostSignalementAsync() =>
        await ResultatAsync(await service.SignalerCessecAsync(Enfant, DateSignalement, Raison, User.Identity?.Name, HttpContext.RequestAborted), "Signalement à la CESSEC enregistré.", "titre-cessec");

    public async Task<IActionResult> OnPostEntretienAsync() =>
        await ResultatAsync(await service.AjouterEntretienAsync(Enfant, DateEntretien, Synthese, HttpContext.RequestAborted), "Entretien d'accès à l'autonomie enregistré.", "titre-autonomie");

    public async Task<IActionResult> OnPostSolutionAsync() =>
        await ResultatAsync(await service.AjouterSolutionAsync(Enfant, DateSolution, TypeSolution, CommentaireSolution, HttpContext.RequestAborted), "Solution de sortie enregistrée.", "titre-autonomie");
}
