using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Securite;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

public class DossierModel(DossierEnfant dossier, ChronologieEnfant chronologie, PorteeAcces portee) : PageModel
{
    public VueDossier Vue { get; private set; } = null!;
    public Chronologie Chronologie { get; private set; } = null!;
    /// <summary>"chrono" = oldest first; otherwise most recent first.</summary>
    [BindProperty(SupportsGet = true)] public string? Ordre { get; set; }
    public bool Chronologique => Ordre == "chrono";
    public bool PeutModifier => portee.Peut(Permission.ModifierDossierEnfant);
    public bool PeutFusionner => portee.Peut(Permission.FusionnerDossiers);
    public bool PeutDecider => portee.Peut(Permission.DeciderMesure);
    public bool PeutRecueillir => portee.Peut(Permission.TraiterInformation);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ouvert = await dossier.OuvrirAvecPiecesAsync(id, "dossier");
        if (ouvert is not { } o)
        {
            // A file merged into another one: its history is now in the survivor.
            if (await dossier.SurvivantAsync(id) is { } survivant)
            {
                TempData["Message"] = "Ce dossier a été fusionné dans celui-ci : son historique y a été repris.";
                return Redirect($"/enfants/{survivant}");
            }
            return NotFound();
        }
        Vue = o.Vue;
        // The measures, séjours and documents read for the file are those of the chronology.
        Chronologie = await chronologie.ConstruireAsync(o.Pieces, DateOnly.FromDateTime(DateTime.Today), !Chronologique);
        return Page();
    }
}
