using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Securite;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Schema;

/// <summary>Edits a fiche's pilotes, partners, period and calendar (a version is kept before each change)
/// and, for ADMIN, the accounts holding the PILOTE right.</summary>
public class EditionModel(ServiceSchema service, PorteeAcces portee) : PageModel
{
    [BindProperty] public SaisieFiche Saisie { get; set; } = new();
    [BindProperty] public string? Comptes { get; set; }
    public VueFiche Vue { get; private set; } = null!;
    public int PlanId { get; private set; }
    public List<VersionFicheSchema> Versions { get; private set; } = [];
    public bool EstAdmin => portee.Peut(Permission.AdministrerSchema);

    private async Task<IActionResult?> ChargerAsync(int id)
    {
        if (await service.PlanDeLaFicheAsync(id) is not { } planId || await service.PlanAsync(planId, valeursObservatoire: false) is not { } plan) return NotFound();
        if (!await service.PeutModifierAsync(id)) return Forbid();
        PlanId = planId;
        Vue = plan.Fiches.First(f => f.Fiche.Id == id);
        Versions = await service.VersionsAsync(id);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await ChargerAsync(id) is { } r) return r;
        Saisie = new SaisieFiche
        {
            Pilotes = string.Join("\n", Vue.Pilotes), Copilotes = string.Join("\n", Vue.Copilotes), Partenaires = string.Join("\n", Vue.Partenaires),
            PeriodeDebut = Vue.Fiche.PeriodeDebut, PeriodeFin = Vue.Fiche.PeriodeFin, Calendrier = ServiceSchema.CalendrierEnTexte(Vue.Calendrier), Version = Vue.Fiche.Version,
        };
        Comptes = string.Join("\n", Vue.ComptesPilotes);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await ChargerAsync(id) is { } r) return r;
        var erreurs = await service.ModifierFicheAsync(id, Saisie);
        foreach (var e in erreurs) ModelState.AddModelError("Saisie." + e.Champ, e.Message);
        if (!ModelState.IsValid) return Page();
        TempData["Message"] = "Fiche enregistrée ; la version précédente est gardée.";
        return Redirect($"/schema/fiche/{id}");
    }

    public async Task<IActionResult> OnPostPilotesAsync(int id)
    {
        if (await ChargerAsync(id) is { } r) return r;
        if (!EstAdmin) return Forbid();
        var erreurs = await service.DesignerPilotesAsync(id, (Comptes ?? "").Split('\n', ',', ';'));
        foreach (var e in erreurs) ModelState.AddModelError(e.Champ, e.Message);
        if (!ModelState.IsValid) { await OnGetAsync(id); return Page(); }
        TempData["Message"] = "Comptes pilotes enregistrés.";
        return Redirect($"/schema/fiche/{id}");
    }
}
