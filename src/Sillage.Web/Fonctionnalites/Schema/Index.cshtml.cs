using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Securite;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Schema;

public class IndexModel(ServiceSchema service, ImportSchema import, PorteeAcces portee) : PageModel
{
    public List<PlanSchema> Plans { get; private set; } = [];
    public bool PeutImporter => portee.Peut(Permission.AdministrerSchema);
    [BindProperty] public IFormFile? Fichier { get; set; }

    public async Task OnGetAsync() => Plans = await service.PlansAsync();

    public async Task<IActionResult> OnPostImporterAsync()
    {
        if (!PeutImporter) return Forbid();
        if (Fichier is null || Fichier.Length == 0)
            ModelState.AddModelError("Fichier", "Fichier : choisissez le fichier JSON du schéma.");
        else if (Fichier.Length > 5_000_000)
            ModelState.AddModelError("Fichier", "Fichier : 5 Mo au plus.");
        else
        {
            using var lecteur = new StreamReader(Fichier.OpenReadStream());
            var r = await import.ImporterAsync(await lecteur.ReadToEndAsync(), Fichier.FileName, User.Identity?.Name);
            if (r.Reussi)
            {
                TempData["Message"] = $"Schéma importé : {Fichier.FileName}.";
                return Redirect($"/schema/{r.PlanId}");
            }
            foreach (var e in r.Erreurs.Take(50)) ModelState.AddModelError("Fichier", e.Message);
            if (r.Erreurs.Count > 50) ModelState.AddModelError("Fichier", $"… et {r.Erreurs.Count - 50} autre(s) erreur(s). Rien n'a été importé.");
        }
        await OnGetAsync();
        return Page();
    }
}
