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
public class EditionModel(EditionEnfant edition, SuiviEnfant suivi, SillageDbContext db, PorteeAcces portee) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public SaisieEnfant Saisie { get; set; } = new();
    public List<SelectListItem> Territoires { get; private set; } = [];
    public IReadOnlyList<LigneEnfant> Semblables { get; private set; } = [];
    /// <summary>Référent and statut juridique: a second form, shown when editing an existing file.</summary>
    [BindProperty] public SaisieSuivi Suivi { get; set; } = new();
    public List<SelectListItem> Referents { get; private set; } = [];

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
            Suivi = new SaisieSuivi { ReferentId = e.ReferentId, StatutJuridique = e.StatutJuridique, Version = e.Version };
            await ChargerReferentsAsync(e.TerritoireId);
        }
        await ChargerTerritoiresAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSuiviAsync()
    {
        if (Id is not { } id) return NotFound();
        var r = ModelState.IsValid ? await suivi.EnregistrerAsync(id, Suivi) : new ResultatEcriture([]);
        if (r is null) return NotFound();
        if (!r.Reussi || !ModelState.IsValid)
        {
            foreach (var e in r.Erreurs) ModelState.AddModelError(string.IsNullOrEmpty(e.Champ) ? "" : $"Suivi.{e.Champ}", e.Message);
            var visibles = await portee.EnfantsAsync(Permission.ModifierDossierEnfant);
            var enfant = await visibles.AsNoTracking().FirstAsync(x => x.Id == id);
            Saisie = new SaisieEnfant
            {
                Nom = enfant.Nom, Prenoms = enfant.Prenoms, Sexe = enfant.Sexe, DateNaissance = enfant.DateNaissance,
                TerritoireId = enfant.TerritoireId, Famille = enfant.Famille, Mna = enfant.Mna, Version = enfant.Version,
            };
            await ChargerReferentsAsync(enfant.TerritoireId);
            await ChargerTerritoiresAsync();
            return Page();
        }
        TempData["Message"] = "Référent et statut juridique enregistrés.";
        return Redirect($"/enfants/{id}");
    }

    private async Task ChargerReferentsAsync(int territoireId) =>
        Referents = (await suivi.ReferentsAsync(territoireId))
            .Select(r => new SelectListItem(r.Nom, r.Id, r.Id == Suivi.ReferentId)).ToList();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) { await ChargerTerritoiresAsync(); await RechargerSuiviAsync(); return Page(); }
        var r = Id is { } id ? await edition.ModifierAsync(id, Saisie) : await edition.CreerAsync(Saisie);
        if (r is null) return NotFound();
        if (!r.Reussi)
        {
            foreach (var e in r.Erreurs) ModelState.AddModelError(string.IsNullOrEmpty(e.Champ) ? "" : $"Saisie.{e.Champ}", e.Message);
            Semblables = r.Semblables;
            await ChargerTerritoiresAsync();
            await RechargerSuiviAsync();
            return Page();
        }
        TempData["Message"] = Id is null ? "Dossier créé." : "Identité enregistrée.";
        return Redirect($"/enfants/{r.Enfant!.Id}");
    }

    private async Task RechargerSuiviAsync()
    {
        if (Id is not { } id) return;
        var visibles = await portee.EnfantsAsync(Permission.ModifierDossierEnfant);
        var e = await visibles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
        if (e is null) return;
        Suivi = new SaisieSuivi { ReferentId = e.ReferentId, StatutJuridique = e.StatutJuridique, Version = e.Version };
        await ChargerReferentsAsync(e.TerritoireId);
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
