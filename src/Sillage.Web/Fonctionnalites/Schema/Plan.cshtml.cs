using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Schema;

namespace Sillage.Web.Fonctionnalites.Schema;

public class PlanModel(ServiceSchema service) : PageModel
{
    public VuePlan Vue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await service.PlanAsync(id) is not { } v) return NotFound();
        Vue = v;
        return Page();
    }

    /// <summary>The plan in the import format (edits included): what was imported can be exported again.</summary>
    public async Task<IActionResult> OnGetJsonAsync(int id)
    {
        if (await service.PlanAsync(id, valeursObservatoire: false) is not { } v) return NotFound();
        await service.AuditerBilanAsync(id, "json", null);
        return File(Encoding.UTF8.GetBytes(EcrivainSchema.Ecrire(v.EnFormat())), "application/json; charset=utf-8", $"schema-{v.Plan.CodeDepartement}-{v.Plan.AnneeDebut}-{v.Plan.AnneeFin}.json");
    }
}
