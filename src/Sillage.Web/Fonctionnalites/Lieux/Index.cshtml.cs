using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Lieux;

public class IndexModel(ServiceLieux service, SillageDbContext db, PorteeAcces portee) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jour")] public DateOnly? JourChoisi { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Territoire { get; set; }
    public DateOnly Jour => JourChoisi ?? DateOnly.FromDateTime(DateTime.Today);
    public List<LigneLieu> Lignes { get; private set; } = [];
    public List<Territoire> Territoires { get; private set; } = [];
    public bool PeutGerer => portee.Peut(Permission.GererLieux);
    public Dictionary<string, decimal?> Moyennes { get; private set; } = [];
    public int AnneeMoyenne => Jour.Year;

    public async Task OnGetAsync()
    {
        Territoires = await db.Territoires.AsNoTracking().OrderBy(t => t.Libelle).ToListAsync();
        Lignes = await service.ListeAsync(Jour, Type, Territoire);
        Moyennes = await service.OccupationMoyenneAsync(AnneeMoyenne);
    }

    public async Task<IActionResult> OnGetExportAsync(string format) =>
        ExportTableau.Fichier(format, $"lieux-{Jour:yyyy-MM-dd}", await service.ListeAsync(Jour, Type, Territoire),
        [
            new("Lieu", l => l.Nom), new("Type", l => l.Type), new("Territoire", l => l.Territoire), new("Places", l => l.Capacite),
            new("Occupées", l => l.Occupation.Sejours), new("Réservées", l => l.Occupation.Reservations), new("Indisponibles", l => l.Occupation.Indisponibles),
            new("Libres", l => l.Libres), new("Occupation %", l => l.TauxOccupation),
        ]);

    public string Lien(string format) => Url.Page("/Lieux/Index", "Export", new { format, jour = Jour.ToString("yyyy-MM-dd"), type = Type, territoire = Territoire })!;
}
