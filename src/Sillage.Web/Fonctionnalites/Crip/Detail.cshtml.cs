using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Securite;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Crip;

/// <summary>One information from receipt to decision: each step is a small form shown to the role that fills it.</summary>
public class DetailModel(ServiceCrip service, PorteeAcces portee) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public SaisieAnalyse Analyse { get; set; } = new();
    [BindProperty] public SaisieSaisineParquet Parquet { get; set; } = new();
    [BindProperty] public SaisieEvaluateurs Designation { get; set; } = new();
    [BindProperty] public SaisieEvaluation Evaluation { get; set; } = new();
    [BindProperty] public SaisieDecision Decision { get; set; } = new();
    public VueInformation Vue { get; private set; } = null!;
    public List<Evaluateur> Possibles { get; private set; } = [];
    public bool EstEvaluateur { get; private set; }
    public bool PeutTraiter => portee.Peut(Permission.TraiterInformation);
    public bool PeutDecider => portee.Peut(Permission.DeciderSuiteInformation);
    public static IEnumerable<TypeMesure> Prestations => Catalogue.Types.Where(t => t.Cadre == Cadre.Administratif && t.Code != "AIDE_FIN");

    private async Task<bool> ChargerAsync(bool tracer)
    {
        var vue = await service.LireAsync(Id, tracer);
        if (vue is null) return false;
        Vue = vue;
        EstEvaluateur = await service.EstEvaluateurAsync(Id);
        if (PeutTraiter) Possibles = await service.EvaluateursPossiblesAsync(vue.Enfants.Select(e => e.Enfant.TerritoireId).Distinct().ToList());
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await ChargerAsync(true) ? Page() : NotFound();

    public Task<IActionResult> OnPostQualifierAsync() => Etape(() => service.QualifierAsync(Id, Analyse), "Analyse", "Première analyse enregistrée.");
    public Task<IActionResult> OnPostParquetAsync() => Etape(() => service.SaisirParquetAsync(Id, Parquet), "Parquet", "Saisine du Parquet enregistrée pour les enfants sans suite décidée.");
    public Task<IActionResult> OnPostDesignerAsync() => Etape(() => service.DesignerAsync(Id, Designation), "Designation", "Évaluateurs désignés.");
    public Task<IActionResult> OnPostEvaluerAsync() => Etape(() => service.EvaluerAsync(Id, Evaluation), "Evaluation", "Évaluation enregistrée.");
    public Task<IActionResult> OnPostDeciderAsync() => Etape(() => service.DeciderAsync(Id, Decision), "Decision", "Décision enregistrée.");

    public Task<IActionResult> OnPostDemandeAsync(int version, DateOnly? date) =>
        Etape(() => service.DemanderRetourAsync(Id, new SaisieRetour { Date = date, Version = version }), "Demande", "Demande de l'informateur enregistrée : réponse due sous 3 mois.");

    public Task<IActionResult> OnPostRetourAsync(int retour, int version, DateOnly? date) =>
        Etape(() => service.RetourFaitAsync(Id, retour, new SaisieRetour { Date = date, Version = version }), "Retour", "Retour noté comme fait.");

    private async Task<IActionResult> Etape(Func<Task<ResultatCrip?>> action, string prefixe, string message)
    {
        ModelState.Clear(); // only the posted step's messages matter
        var r = await action();
        if (r is null) return NotFound();
        if (!r.Reussi)
        {
            foreach (var e in r.Erreurs) ModelState.AddModelError(string.IsNullOrEmpty(e.Champ) || e.EstConflit ? "" : $"{prefixe}.{e.Champ}", e.Message);
            if (!await ChargerAsync(false)) return NotFound();
            Response.StatusCode = r.Conflit ? StatusCodes.Status409Conflict : StatusCodes.Status200OK;
            return Page();
        }
        TempData["Message"] = string.Join(" ", new[] { message }.Concat(r.Avertissements ?? []));
        return Redirect($"/crip/{Id}");
    }
}
