using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>The INSEE population recorded (0–20 years, by year and territory) and its import (ODPE), all or nothing.</summary>
public class PopulationModel(SillageDbContext db, ImportPopulation import, PorteeAcces portee) : PageModel
{
    public sealed record Total(int Annee, string Territoire, long De0a17, long De0a20, int Ages);
    public List<Total> Totaux { get; private set; } = [];
    public List<string> Erreurs { get; private set; } = [];
    public bool PeutImporter => portee.Peut(Permission.ImporterPopulation);

    public async Task OnGetAsync(CancellationToken ct) => Totaux = await TotauxAsync(ct);

    private async Task<List<Total>> TotauxAsync(CancellationToken ct) =>
        (await db.Populations.AsNoTracking().Select(p => new { p.Annee, Territoire = p.Territoire == null ? "*" : p.Territoire.Code, p.Age, p.Effectif }).ToListAsync(ct))
            .GroupBy(p => (p.Annee, p.Territoire))
            .Select(g => new Total(g.Key.Annee, g.Key.Territoire, g.Where(p => p.Age <= 17).Sum(p => (long)p.Effectif), g.Where(p => p.Age <= 20).Sum(p => (long)p.Effectif), g.Count()))
            .OrderByDescending(t => t.Annee).ThenBy(t => t.Territoire, StringComparer.Ordinal).ToList();

    public async Task<IActionResult> OnPostAsync(IFormFile? fichier, CancellationToken ct)
    {
        if (!PeutImporter) return Forbid();
        if (fichier is null || fichier.Length == 0)
            Erreurs.Add("Fichier : choisissez un fichier CSV annee;territoire;age;effectif.");
        else
        {
            using var lecteur = new StreamReader(fichier.OpenReadStream());
            var r = await import.ImporterAsync(lecteur, ct);
            if (r.Reussi)
            {
                TempData["Message"] = $"Population importée : {r.Lignes} ligne(s).";
                return RedirectToPage();
            }
            Erreurs = r.Erreurs;
        }
        foreach (var e in Erreurs) ModelState.AddModelError("fichier", e);
        Totaux = await TotauxAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct) =>
        ExportTableau.Fichier(format, "population", await TotauxAsync(ct),
            [new("année", t => t.Annee), new("territoire", t => t.Territoire), new("0 à 17 ans", t => t.De0a17), new("0 à 20 ans", t => t.De0a20), new("âges", t => t.Ages)]);
}
