using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Accueil;

public class IndexModel(SillageDbContext db, PorteeAcces portee) : PageModel
{
    public List<string> Territoires { get; private set; } = [];

    public async Task OnGetAsync() =>
        Territoires = await db.UtilisateursTerritoires.AsNoTracking()
            .Where(t => t.UtilisateurId == portee.UtilisateurId)
            .Select(t => t.Territoire!.Libelle).OrderBy(l => l).ToListAsync();
}
