using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Schema;

namespace Sillage.Web.Fonctionnalites.Schema;

/// <summary>Planned (the document's calendar and period) against actual (the actions' real start and end), by semester or year.</summary>
public class CalendrierModel(ServiceSchema service) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "pas")] public string Pas { get; set; } = "semestre";
    public VuePlan Vue { get; private set; } = null!;
    public IReadOnlyList<string> Colonnes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await service.PlanAsync(id, valeursObservatoire: false) is not { } v) return NotFound();
        Vue = v;
        if (Pas != "annee") Pas = "semestre";
        Colonnes = SuiviSchema.Colonnes(v.Plan.AnneeDebut, v.Plan.AnneeFin, Pas == "semestre");
        return Page();
    }

    public static bool Prevu(VueFiche f, string colonne) =>
        f.Calendrier.Count > 0 ? f.Calendrier.SelectMany(l => l.Periodes).Any(p => SuiviSchema.Couvre(p, colonne))
                               : SuiviSchema.DansIntervalle(f.Fiche.PeriodeDebut, f.Fiche.PeriodeFin, colonne);

    public static bool Reel(VueFiche f, string colonne) =>
        f.Actions.Any(a => SuiviSchema.DansIntervalle(a.Action.DebutReel, a.Action.FinReelle ?? (a.Action.DebutReel is null ? null : a.Statut == StatutAction.EnCours ? "2999" : a.Action.DebutReel), colonne));
}
