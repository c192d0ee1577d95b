using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Administration;

public class UtilisateursModel(SillageDbContext db) : PageModel
{
    public sealed record Ligne(string Id, string Login, string Nom, string Roles, string Territoires, string Etat);

    public List<Ligne> Lignes { get; private set; } = [];

    public async Task OnGetAsync() => Lignes = await ChargerAsync();

    public async Task<IActionResult> OnGetExportAsync(string format) =>
        ExportTableau.Fichier(format, "utilisateurs", await ChargerAsync(),
        [
            new("Identifiant", l => l.Login), new("Nom", l => l.Nom), new("Rôles", l => l.Roles),
            new("Territoires", l => l.Territoires), new("État", l => l.Etat),
        ]);

    private async Task<List<Ligne>> ChargerAsync()
    {
        var maintenant = DateTimeOffset.UtcNow;
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        var terr = await db.UtilisateursTerritoires.AsNoTracking().Select(t => new { t.UtilisateurId, t.Territoire!.Code }).ToListAsync();
        return users.Select(u => new Ligne(u.Id, u.UserName ?? "", u.NomAffiche,
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name).Order()),
            string.Join(", ", terr.Where(t => t.UtilisateurId == u.Id).Select(t => t.Code).Order()),
            !u.Actif ? "désactivé" : u.LockoutEnd > maintenant ? "verrouillé" : u.DoitChangerMotDePasse ? "mot de passe à changer" : "actif")).ToList();
    }
}
