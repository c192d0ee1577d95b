using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine;

namespace Sillage.Web.Fonctionnalites.Schema;

/// <summary>One fiche action as printed in the plan, with its suivi (statuses, notes, indicators) for its pilotes.</summary>
public class FicheModel(ServiceSchema service) : PageModel
{
    public VuePlan Plan { get; private set; } = null!;
    public VueFiche Vue { get; private set; } = null!;
    public bool PeutModifier { get; private set; }

    private async Task<bool> ChargerAsync(int id)
    {
        if (await service.PlanDeLaFicheAsync(id) is not { } planId || await service.PlanAsync(planId) is not { } plan) return false;
        Plan = plan;
        Vue = plan.Fiches.First(f => f.Fiche.Id == id);
        PeutModifier = await service.PeutModifierAsync(id);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id) => await ChargerAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSuiviAsync(int id, int actionId, string? statut, DateOnly? date, string? note, string? debutReel, string? finReelle, int version) =>
        await TraiterAsync(id, () => service.SuivreActionAsync(actionId, new SaisieSuivi(statut, date, note, debutReel, finReelle, version)),
            v => v.Actions.Any(a => a.Action.Id == actionId), "Suivi de l'action enregistré.");

    public async Task<IActionResult> OnPostIndicateurAsync(int id, int indicateurId, string? cible, string? codeObservatoire, int version) =>
        await TraiterAsync(id, () => service.ModifierIndicateurAsync(indicateurId, new SaisieIndicateur(cible, codeObservatoire, version)),
            v => v.Indicateurs.Any(i => i.Indicateur.Id == indicateurId), "Indicateur enregistré.");

    public async Task<IActionResult> OnPostValeurAsync(int id, int indicateurId, int annee, decimal? valeur) =>
        await TraiterAsync(id, () => service.SaisirValeurAsync(indicateurId, annee, valeur),
            v => v.Indicateurs.Any(i => i.Indicateur.Id == indicateurId), "Valeur enregistrée.");

    private async Task<IActionResult> TraiterAsync(int id, Func<Task<List<ErreurValidation>>> action, Func<VueFiche, bool> appartient, string message)
    {
        if (!await ChargerAsync(id) || !appartient(Vue)) return NotFound();
        if (!PeutModifier) return Forbid();
        var erreurs = await action();
        if (erreurs.Count == 0)
        {
            TempData["Message"] = message;
            return Redirect($"/schema/fiche/{id}");
        }
        foreach (var e in erreurs) ModelState.AddModelError(e.Champ, e.Message);
        await ChargerAsync(id);
        return Page();
    }
}
