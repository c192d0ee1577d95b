using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Referentiel;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Administration;

public class DepartementModel(SillageDbContext db, IdentiteDepartement identite) : PageModel
{
    [BindProperty] public string? Nom { get; set; }
    [BindProperty] public string? CodeInsee { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task OnGetAsync()
    {
        var d = await db.Departements.AsNoTracking().OrderBy(x => x.Id).FirstAsync();
        (Nom, CodeInsee, Version) = (d.Nom, d.CodeInsee, d.Version);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Nom)) ModelState.AddModelError(nameof(Nom), "Nom : valeur obligatoire.");
        else if (Nom.Trim().Length > 200) ModelState.AddModelError(nameof(Nom), "Nom : 200 caractères au plus.");
        if (!CodesDepartement.EstValide(CodeInsee))
            ModelState.AddModelError(nameof(CodeInsee), "Code INSEE : 01 à 95 (sauf 20), 2A, 2B ou 971 à 976.");
        if (!ModelState.IsValid) return Page();
        var d = await db.Departements.OrderBy(x => x.Id).FirstAsync();
        db.Entry(d).Property(x => x.Version).OriginalValue = Version;
        d.Nom = Nom!.Trim();
        d.CodeInsee = CodeInsee!.Trim().ToUpperInvariant();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "L'identité du département a été modifiée par quelqu'un d'autre entre-temps : rien n'a été enregistré, rechargez la page.");
            return Page();
        }
        identite.Invalider();
        TempData["Message"] = "Identité du département enregistrée.";
        return RedirectToPage();
    }
}
