using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

[Authorize(Policy = nameof(Permission.ModifierDossierEnfant))]
public class EditionModel(EditionEnfant edition, SillageDbContext db, PorteeAcces portee) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public SaisieEnfant Saisie { get; set; } = new();
    public List<SelectListItem> Territoires { get; private set; } = [];
    public IReadOnlyList<LigneEnfant> Semblables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var visibles = await portee.EnfantsAsync(Permission.ModifierDossierEnfant);
            var e = await visibles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
            if (e is null) return NotFound();
            Saisie = new SaisieEnfant
            {
                Nom = e.Nom, Prenoms = e.Prenoms, Sexe = e.Sexe, DateNaissance = e.DateNaissance,
                TerritoireId = e.TerritoireId, Famille = e.Famille, Mna = e.Mna, Version = e.Version,
            };
        }
        await ChargerTerritoiresAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) { await ChargerTerritoiresAsync(); return Page(); }
        var r = Id is { } id ? await edition.ModifierAsync(id, Saisie) : await edition.CreerAsync(Saisie);
        if (r is null) return NotFound();
        if (!r.Reussi)
        {
            foreach (var e in r.Erreurs) ModelState.AddModelError(string.IsNullOrEmpty(e.Champ) ? "" : $"Saisie.{e.Champ}", e.Message);
            Semblables = r.Semblables;
            await ChargerTerritoiresAsync();
            return Page();
        }
        TempData["Message"] = Id is null ? "Dossier créé." : "Identité enregistrée.";
        return Redirect($"/enfants/{r.Enfant!.Id}");
    }

    private async Task ChargerTerritoiresAsync()
    {
        var permis = await portee.TerritoiresAsync(Permission.ModifierDossierEnfant);
        Territoires = await db.Territoires.AsNoTracking()
            .Where(t => permis == null || permis.Contains(t.Id))
            .OrderBy(t => t.Libelle)
            .Select(t => new SelectListItem(t.Libelle, t.Id.ToString()))
            .ToListAsync();
    }
}
