using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Mesures;

public class DetailModel(ServiceMesures service, PorteeAcces portee, SillageDbContext db) : PageModel
{
    public Mesure Mesure { get; private set; } = null!;
    public string NomEnfant { get; private set; } = "";
    public string Libelle => Catalogue.Trouver(Mesure.Type)?.Libelle ?? Mesure.Type;
    public string Cadre => Catalogue.Trouver(Mesure.Type)?.Cadre == Domaine.Mesures.Cadre.Judiciaire ? "judiciaire" : "administratif";
    public bool PeutModifier => portee.Peut(Permission.ModifierDossierEnfant);

    public async Task<IActionResult> OnGetAsync(int id) => await ChargerAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int version, DateOnly? debut, DateOnly? fin, string? motif)
    {
        if (!PeutModifier) return Forbid();
        var erreurs = await service.ChangerAsync(id, version, debut, fin, string.IsNullOrEmpty(motif) ? null : motif);
        if (erreurs is null) return NotFound();
        if (erreurs.Count > 0)
        {
            foreach (var e in erreurs) ModelState.AddModelError("", e.Message);
            return await ChargerAsync(id) ? Page() : NotFound();
        }
        TempData["Message"] = "Mesure enregistrée.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> ChargerAsync(int id)
    {
        var enfants = await portee.EnfantsAsync(Permission.LireDossierEnfant);
        var r = await (from m in db.Mesures.AsNoTracking() join e in enfants on m.EnfantId equals e.Id where m.Id == id select new { m, e.Prenoms, e.Nom, e.NumeroDossier }).FirstOrDefaultAsync();
        if (r is null) return false;
        Mesure = r.m;
        NomEnfant = $"{r.Prenoms} {r.Nom} ({r.NumeroDossier})";
        return true;
    }
}
