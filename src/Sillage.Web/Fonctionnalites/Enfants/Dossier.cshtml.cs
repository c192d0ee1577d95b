using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Securite;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

public class DossierModel(DossierEnfant dossier, PorteeAcces portee) : PageModel
{
    public VueDossier Vue { get; private set; } = null!;
    public bool PeutModifier => portee.Peut(Permission.ModifierDossierEnfant);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var vue = await dossier.OuvrirAsync(id, "dossier");
        if (vue is null) return NotFound();
        Vue = vue;
        return Page();
    }
}
