using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Lieux;

[Authorize(Policy = nameof(Permission.LireDossierEnfant))]
public class FratriesModel(SillageDbContext db, PorteeAcces portee) : PageModel
{
    public sealed record Ligne(string Famille, int EnfantId, string Enfant, string Lieu, string? Motif);

    [BindProperty(SupportsGet = true, Name = "jour")] public DateOnly? JourChoisi { get; set; }
    public DateOnly Jour => JourChoisi ?? DateOnly.FromDateTime(DateTime.Today);
    public List<Ligne> Lignes { get; private set; } = [];

    public async Task OnGetAsync() => Lignes = await ChargerAsync();

    public async Task<IActionResult> OnGetExportAsync(string format) =>
        ExportTableau.Fichier(format, $"fratries-separees-{Jour:yyyy-MM-dd}", await ChargerAsync(),
            [new("Fratrie", l => l.Famille), new("Enfant", l => l.Enfant), new("Lieu de vie", l => l.Lieu), new("Motif", l => l.Motif)]);

    private async Task<List<Ligne>> ChargerAsync()
    {
        var jour = Jour;
        var visibles = await portee.EnfantsAsync(Permission.LireDossierEnfant);
        var enfants = await visibles.AsNoTracking().Where(e => e.Famille != null)
            .Select(e => new { e.Id, e.Famille, e.Prenoms, e.Nom, e.NumeroDossier }).ToListAsync();
        var ids = enfants.Select(e => e.Id).ToList();
        var actives = await db.Mesures.AsNoTracking()
            .Where(m => ids.Contains(m.EnfantId) && m.DateDebut != null && m.DateDebut <= jour && (m.DateFin == null || m.DateFin >= jour))
            .Select(m => new { m.EnfantId, m.Type }).ToListAsync();
        var accueillis = actives.Where(m => Catalogue.Trouver(m.Type)?.EstAccueil == true).Select(m => m.EnfantId).ToHashSet();
        var sejours = (await db.Sejours.AsNoTracking()
                .Where(s => ids.Contains(s.EnfantId) && s.DateDebut <= jour && (s.DateFin == null || s.DateFin >= jour))
                .Select(s => new { s.EnfantId, s.LieuId, Lieu = s.Lieu != null ? s.Lieu.Nom : null, s.Mode, s.Motif, s.DateDebut }).ToListAsync())
            .GroupBy(s => s.EnfantId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.DateDebut).First());
        var lignes = new List<Ligne>();
        foreach (var f in enfants.Where(e => accueillis.Contains(e.Id)).GroupBy(e => e.Famille!).Where(g => g.Count() >= 2))
        {
            string Place(int id) => sejours.TryGetValue(id, out var s) && s.Mode == "LIEU" && s.LieuId is not null ? $"lieu:{s.LieuId}" : $"propre:{id}";
            if (f.Select(e => Place(e.Id)).Distinct().Count() <= 1) continue;
            lignes.AddRange(f.Select(e => new Ligne(f.Key, e.Id, $"{e.Prenoms} {e.Nom} ({e.NumeroDossier})",
                sejours.TryGetValue(e.Id, out var s) ? s.Lieu ?? s.Mode switch { "DOMICILE" => "au domicile", "TDC" => "chez un tiers digne de confiance", _ => "autre" } : "aucun séjour en cours",
                sejours.TryGetValue(e.Id, out var s2) ? s2.Motif : null)));
        }
        return lignes.OrderBy(l => l.Famille, StringComparer.Ordinal).ToList();
    }
}
