using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure.Impression;

namespace Sillage.Web.Fonctionnalites.Schema;

public class BilanModel(ServiceSchema service, DocumentImprimable documents) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "annee")] public int? Annee { get; set; }
    public ModeleBilan Modele { get; private set; } = null!;

    private async Task<bool> ChargerAsync(int id)
    {
        if (await service.PlanAsync(id) is not { } v) return false;
        if (Annee is { } a && !v.Annees.Contains(a)) Annee = null;
        Modele = new ModeleBilan(v, Annee);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id) => await ChargerAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(int id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        await service.AuditerBilanAsync(id, "pdf", Annee);
        var p = Modele.Vue.Plan;
        return await documents.PdfAsync(HttpContext, "/Fonctionnalites/Schema/_DocumentBilan.cshtml", Modele, Modele.Titre,
            $"bilan-schema-{p.CodeDepartement}-{(Annee?.ToString() ?? $"{p.AnneeDebut}-{p.AnneeFin}")}.pdf");
    }

    public async Task<IActionResult> OnGetXlsxAsync(int id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        await service.AuditerBilanAsync(id, "xlsx", Annee);
        var colonnes = new List<ExportTableau.Colonne<LigneBilan>>
        {
            new("axe", l => l.Axe), new("fiche", l => l.Fiche), new("titre de la fiche", l => l.TitreFiche), new("nature", l => l.Nature),
            new("libellé", l => l.Libelle), new("statut", l => l.Statut), new("type d'indicateur", l => l.Type), new("cible", l => l.Cible),
        };
        colonnes.AddRange(Modele.Annees.Select(a => new ExportTableau.Colonne<LigneBilan>(a.ToString(), l => l.Valeurs.TryGetValue(a, out var v) ? v : null)));
        return ExportTableau.Xlsx($"bilan-schema-{Modele.Vue.Plan.CodeDepartement}-{Annee?.ToString() ?? "fin"}", Modele.Lignes(), colonnes);
    }
}
