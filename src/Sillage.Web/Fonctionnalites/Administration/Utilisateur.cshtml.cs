using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Administration;

public class UtilisateurModel(SillageDbContext db, UserManager<Utilisateur> utilisateurs, ComptesService comptes) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Id { get; set; }
    [BindProperty] public string? Login { get; set; }
    [BindProperty] public string? Nom { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public List<string> Territoires { get; set; } = [];
    [BindProperty] public bool Actif { get; set; } = true;
    public List<Territoire> TousTerritoires { get; private set; } = [];
    public string? MotDePasseUnique { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is not null)
        {
            var u = await utilisateurs.FindByIdAsync(Id);
            if (u is null) return NotFound();
            await ChargerAsync(u);
        }
        await ChargerTerritoiresAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Id is null)
        {
            var (u, mdp, erreurs) = await comptes.CreerAsync(Login ?? "", Nom, Roles, Territoires);
            if (u is null) return await ErreursAsync(erreurs);
            TempData["Message"] = "Compte créé.";
            Id = u.Id;
            MotDePasseUnique = mdp;
            await ChargerAsync(u);
        }
        else
        {
            var u = await utilisateurs.FindByIdAsync(Id);
            if (u is null) return NotFound();
            var erreurs = await comptes.ModifierAsync(u, Nom, Roles, Territoires, Actif);
            if (erreurs.Count > 0) return await ErreursAsync(erreurs);
            TempData["Message"] = "Compte enregistré.";
            await ChargerAsync(u);
        }
        await ChargerTerritoiresAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostReinitialiserAsync()
    {
        var u = Id is null ? null : await utilisateurs.FindByIdAsync(Id);
        if (u is null) return NotFound();
        MotDePasseUnique = await comptes.ReinitialiserMotDePasseAsync(u);
        await ChargerAsync(u);
        await ChargerTerritoiresAsync();
        return Page();
    }

    private async Task<IActionResult> ErreursAsync(List<string> erreurs)
    {
        foreach (var e in erreurs) ModelState.AddModelError("", e);
        await ChargerTerritoiresAsync();
        return Page();
    }

    private async Task ChargerAsync(Utilisateur u)
    {
        Login = u.UserName;
        Nom = u.NomAffiche;
        Actif = u.Actif;
        Roles = (await utilisateurs.GetRolesAsync(u)).ToList();
        Territoires = await db.UtilisateursTerritoires.Where(t => t.UtilisateurId == u.Id).Select(t => t.Territoire!.Code).ToListAsync();
    }

    private async Task ChargerTerritoiresAsync() =>
        TousTerritoires = await db.Territoires.AsNoTracking().OrderBy(t => t.Libelle).ToListAsync();
}
