using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Securite;

namespace Sillage.Web.Fonctionnalites.Enfants;

[Authorize(Policy = nameof(Permission.FusionnerDossiers))]
public class FusionModel(FusionDossiers fusion) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    /// <summary>File number of the duplicate to absorb.</summary>
    [BindProperty(SupportsGet = true)] public string? Numero { get; set; }
    [BindProperty] public int VersionConserve { get; set; }
    [BindProperty] public int VersionAbsorbe { get; set; }
    [BindProperty] public bool Confirme { get; set; }
    public ApercuDossier Conserve { get; private set; } = null!;
    public ApercuDossier? Absorbe { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ChargerAsync()) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ChargerAsync()) return NotFound();
        if (Absorbe is null) return Page();
        if (!Confirme)
        {
            ModelState.AddModelError(nameof(Confirme), "Confirmation : cochez la case pour confirmer qu'il s'agit du même enfant.");
            return Page();
        }
        var r = await fusion.FusionnerAsync(Conserve.Id, Absorbe.Id, VersionConserve, VersionAbsorbe);
        if (r is null) return NotFound();
        if (!r.Value.Resultat.Reussi)
        {
            foreach (var e in r.Value.Resultat.Erreurs) ModelState.AddModelError(e.Champ, e.Message);
            return Page();
        }
        var b = r.Value.Bilan!;
        TempData["Message"] = $"Dossier {Absorbe.NumeroDossier} fusionné dans ce dossier : {b.Deplaces} élément(s) repris, {b.DoublonsFusionnes} doublon(s) regroupé(s).";
        return Redirect($"/enfants/{Conserve.Id}");
    }

    private async Task<bool> ChargerAsync()
    {
        var conserve = await fusion.ApercuAsync(Id);
        if (conserve is null) return false;
        Conserve = conserve;
        if (!string.IsNullOrWhiteSpace(Numero))
        {
            Absorbe = await fusion.ApercuParNumeroAsync(Numero);
            if (Absorbe is null)
                ModelState.AddModelError(nameof(Numero), $"Dossier en double : aucun dossier n° {Numero.Trim()} dans votre périmètre (ou il a déjà été fusionné).");
            else if (Absorbe.Id == Conserve.Id)
            {
                ModelState.AddModelError(nameof(Numero), "Dossier en double : un dossier ne peut pas être fusionné avec lui-même.");
                Absorbe = null;
            }
        }
        return true;
    }
}
