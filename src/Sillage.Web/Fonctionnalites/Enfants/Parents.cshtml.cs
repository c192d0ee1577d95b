using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Enfants;

[Authorize(Policy = nameof(Permission.ModifierDossierEnfant))]
public class ParentsModel(ParentsEnfant parents, SillageDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    /// <summary>The parent being edited (GET ?parent=…); none = the form adds a parent.</summary>
    [BindProperty(SupportsGet = true, Name = "parent")] public int? ParentEdite { get; set; }
    [BindProperty] public SaisieParent Saisie { get; set; } = new();
    public Enfant Enfant { get; private set; } = null!;
    public List<Parent> Liste { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ChargerAsync()) return NotFound();
        if (ParentEdite is { } pid)
        {
            var p = Liste.FirstOrDefault(x => x.Id == pid);
            if (p is null) return NotFound();
            Saisie = new SaisieParent
            {
                Id = p.Id, Lien = p.Lien, Nom = p.Nom, Prenoms = p.Prenoms, AutoriteParentale = p.AutoriteParentale,
                Adresse = p.Adresse, Telephone = p.Telephone, Version = p.Version,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            ParentEdite = Saisie.Id;
            return await ChargerAsync() ? Page() : NotFound();
        }
        var r = await parents.EnregistrerAsync(Id, Saisie);
        if (r is null) return NotFound();
        if (!r.Reussi)
        {
            foreach (var e in r.Erreurs) ModelState.AddModelError(string.IsNullOrEmpty(e.Champ) ? "" : $"Saisie.{e.Champ}", e.Message);
            ParentEdite = Saisie.Id;
            return await ChargerAsync() ? Page() : NotFound();
        }
        TempData["Message"] = Saisie.Id is null ? "Parent ajouté." : "Parent enregistré.";
        return Redirect($"/enfants/{Id}/parents");
    }

    public async Task<IActionResult> OnPostSupprimerAsync(int parentId, int version)
    {
        var r = await parents.SupprimerAsync(Id, parentId, version);
        if (r is null) return NotFound();
        if (!r.Reussi)
        {
            foreach (var e in r.Erreurs) ModelState.AddModelError("", e.Message);
            return await ChargerAsync() ? Page() : NotFound();
        }
        TempData["Message"] = "Parent retiré du dossier.";
        return Redirect($"/enfants/{Id}/parents");
    }

    private async Task<bool> ChargerAsync()
    {
        var enfant = await parents.EnfantModifiableAsync(Id);
        if (enfant is null) return false;
        Enfant = enfant;
        Liste = await db.Parents.AsNoTracking().Where(p => p.EnfantId == Id).OrderBy(p => p.Lien).ThenBy(p => p.Nom).ThenBy(p => p.Id).ToListAsync();
        return true;
    }
}
