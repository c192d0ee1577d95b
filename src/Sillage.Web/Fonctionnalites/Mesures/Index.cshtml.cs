using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Mesures;

public class IndexModel(ServiceMesures service, PorteeAcces portee) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Service { get; set; }
    public DateOnly Au { get; } = DateOnly.FromDateTime(DateTime.Today);
    public List<LigneAttente> Lignes { get; private set; } = [];
    public bool PeutDemarrer => portee.Peut(Permission.ModifierDossierEnfant);

    private Task<List<LigneAttente>> ChargerAsync() => service.EnAttenteAsync(Au, string.IsNullOrEmpty(Type) ? null : Type, null, Service);

    public async Task OnGetAsync() => Lignes = await ChargerAsync();

    public async Task<IActionResult> OnPostDemarrerAsync(int id, int version, DateOnly? debut)
    {
        if (!PeutDemarrer) return Forbid();
        var erreurs = await service.ChangerAsync(id, version, debut ?? Au, null, null);
        if (erreurs is null) return NotFound();
        if (erreurs.Count > 0)
        {
            foreach (var e in erreurs) ModelState.AddModelError("", e.Message);
            Lignes = await ChargerAsync();
            return Page();
        }
        TempData["Message"] = "Exécution commencée : la mesure a quitté le registre d'attente.";
        return RedirectToPage(new { type = Type, service = Service });
    }

    public async Task<IActionResult> OnGetExportAsync(string format) =>
        ExportTableau.Fichier(format, $"mesures-en-attente-{Au:yyyy-MM-dd}", await ChargerAsync(),
        [
            new("N° dossier", l => l.NumeroDossier), new("Enfant", l => l.Enfant), new("Type", l => l.Type), new("Mesure", l => l.Libelle),
            new("Cadre", l => l.Cadre), new("Décidée le", l => l.DateDecision), new("Jours d'attente", l => l.JoursAttente),
            new("Service exécutant", l => l.Service), new("Territoire", l => l.Territoire),
        ]);

    public string LienExport(string format) => Url.Page("/Mesures/Index", "Export", new { format, type = Type, service = Service })!;
}
