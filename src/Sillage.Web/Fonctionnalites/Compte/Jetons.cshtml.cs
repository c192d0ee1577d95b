using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Compte;

public class JetonsModel(SillageDbContext db, PorteeAcces portee, JournalAudit audit) : PageModel
{
    public List<JetonApi> Jetons { get; private set; } = [];
    [BindProperty] public string? Nom { get; set; }
    [BindProperty] public int DureeJours { get; set; } = 90;
    public string? NouveauJeton { get; private set; }

    public async Task OnGetAsync() => await ChargerAsync();

    public async Task<IActionResult> OnPostCreerAsync()
    {
        if (string.IsNullOrWhiteSpace(Nom)) ModelState.AddModelError(nameof(Nom), "Nom du jeton : valeur obligatoire.");
        else if (Nom.Length > 100) ModelState.AddModelError(nameof(Nom), "Nom du jeton : 100 caractères au plus.");
        if (DureeJours is < 1 or > 365) ModelState.AddModelError(nameof(DureeJours), "Validité : entre 1 et 365 jours.");
        if (!ModelState.IsValid) { await ChargerAsync(); return Page(); }
        var valeur = AuthentificationJeton.Generer();
        var jeton = new JetonApi
        {
            UtilisateurId = portee.UtilisateurId!,
            Nom = Nom!.Trim(),
            Prefixe = valeur[..8],
            Empreinte = AuthentificationJeton.Empreinte(valeur),
            CreeLe = DateTime.UtcNow,
            ExpireLe = DateTime.UtcNow.AddDays(DureeJours),
        };
        db.JetonsApi.Add(jeton);
        await db.SaveChangesAsync();
        await audit.EnregistrerAsync(TypeEvenementAudit.JetonApiCree, nameof(JetonApi), jeton.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        NouveauJeton = valeur;
        await ChargerAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevoquerAsync(int id)
    {
        var jeton = await db.JetonsApi.FirstOrDefaultAsync(j => j.Id == id && j.UtilisateurId == portee.UtilisateurId);
        if (jeton is null) return NotFound();
        jeton.RevoqueLe = DateTime.UtcNow;
        await db.SaveChangesAsync();
        await audit.EnregistrerAsync(TypeEvenementAudit.JetonApiRevoque, nameof(JetonApi), jeton.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        TempData["Message"] = $"Le jeton « {jeton.Nom} » est révoqué.";
        return RedirectToPage();
    }

    private async Task ChargerAsync() =>
        Jetons = await db.JetonsApi.AsNoTracking().Where(j => j.UtilisateurId == portee.UtilisateurId).OrderByDescending(j => j.CreeLe).ToListAsync();
}
