using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Mesures;

[Authorize(Policy = nameof(Permission.DeciderMesure))]
public class NouvelleModel(ServiceMesures service, PorteeAcces portee, SillageDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Enfant { get; set; }
    [BindProperty] public SaisieMesure Saisie { get; set; } = new();
    public string NomEnfant { get; private set; } = "";
    public List<SelectListItem> MesuresEnfant { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await ChargerAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ChargerAsync()) return NotFound();
        if (!ModelState.IsValid) return Page();
        var (mesure, erreurs) = await service.CreerAsync(Enfant, Saisie);
        if (erreurs is null) return NotFound();
        if (mesure is null)
        {
            foreach (var e in erreurs) ModelState.AddModelError(string.IsNullOrEmpty(e.Champ) ? "" : $"Saisie.{e.Champ}", e.Message);
            return Page();
        }
        TempData["Message"] = mesure.DateDebut is null ? "Décision enregistrée : la mesure est au registre d'attente d'exécution." : "Décision enregistrée.";
        return Redirect($"/mesures/{mesure.Id}");
    }

    private async Task<bool> ChargerAsync()
    {
        var enfants = await portee.EnfantsAsync(Permission.DeciderMesure);
        var e = await enfants.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Enfant);
        if (e is null) return false;
        NomEnfant = $"{e.Prenoms} {e.Nom} ({e.NumeroDossier})";
        MesuresEnfant = (await db.Mesures.AsNoTracking().Where(m => m.EnfantId == Enfant).OrderByDescending(m => m.DateDecision).ToListAsync())
            .Select(m => new SelectListItem($"{Catalogue.Trouver(m.Type)?.Libelle ?? m.Type} décidée le {m.DateDecision:dd/MM/yyyy}", m.Id.ToString())).ToList();
        return true;
    }
}
