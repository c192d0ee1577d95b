using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Audit;

namespace Sillage.Web.Fonctionnalites.Droits;

/// <summary>The complete file on screen, as it will be printed, for the DPO's review (the reading is audited as an export would be).</summary>
public class DossierModel(ServiceDroits service, ExportDossierComplet export, JournalAudit audit) : PageModel
{
    public VueDossierComplet? Vue { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await service.LireAsync(id, ct) is not { } x || x.Demande.Type != "Acces") return NotFound();
        Vue = await export.ConstruireAsync(x.Demande, ct);
        if (Vue is null) return NotFound();
        await audit.EnregistrerAsync(TypeEvenementAudit.ConsultationDossierEnfant, "Enfant", Vue.Enfant.Id.ToString(), new { page = "droits", demande = id }, ct: ct);
        return Page();
    }
}
