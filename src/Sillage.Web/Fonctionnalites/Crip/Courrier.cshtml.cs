using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Crip;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure.Impression;

namespace Sillage.Web.Fonctionnalites.Crip;

[Authorize(Policy = nameof(Permission.TraiterInformation))]
public class CourrierModel(ServiceCrip service, SillageDbContext db, IdentiteDepartement identite, DocumentImprimable documents) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public int Retour { get; set; }
    public CourrierCrip Courrier { get; private set; } = null!;
    public string Libelle { get; private set; } = "";

    private async Task<bool> ChargerAsync()
    {
        var v = await service.LireAsync(Id, tracer: false);
        var retour = v?.Retours.FirstOrDefault(r => r.Id == Retour);
        if (v is null || retour is null) return false;
        Libelle = ReglesCrip.TypesRetour.GetValueOrDefault(retour.Type, retour.Type);
        Courrier = await CourriersCrip.ConstruireAsync(db, v, retour.Type, (await identite.LireAsync()).Nom, DateOnly.FromDateTime(DateTime.Today));
        await service.TracerCourrierAsync(v.Info, retour.Type);
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await ChargerAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync() =>
        await ChargerAsync() ? await documents.PdfAsync(HttpContext, "/Fonctionnalites/Crip/_DocumentCourrier.cshtml", Courrier, Libelle, $"courrier-{Id}-{Retour}.pdf") : NotFound();
}
