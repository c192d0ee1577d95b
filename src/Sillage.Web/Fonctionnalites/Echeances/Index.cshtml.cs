using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Echeances;

public class IndexModel(ServiceEcheances service, PorteeAcces portee, SillageDbContext db) : PageModel
{
    public const int MaxAffichees = 500;
    [BindProperty(SupportsGet = true, Name = "territoire")] public int? Territoire { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Etat { get; set; }
    [BindProperty(SupportsGet = true, Name = "mes")] public bool Mes { get; set; }
    [BindProperty(SupportsGet = true, Name = "referent")] public string? Referent { get; set; }
    public List<(string Id, string Nom)> Referents { get; private set; } = [];
    [BindProperty(SupportsGet = true, Name = "au")] public DateOnly? AuParametre { get; set; }
    public DateOnly Au => AuParametre ?? DateOnly.FromDateTime(DateTime.Today);
    public List<LigneEcheance> Lignes { get; private set; } = [];
    public List<LigneEcheance> Affichees => Lignes.Take(MaxAffichees).ToList();
    public List<Territoire> Territoires { get; private set; } = [];

    private FiltreEcheances Filtre => new(Au, Territoire, Mes, string.IsNullOrEmpty(Type) ? null : Type, string.IsNullOrEmpty(Etat) ? null : Etat,
        string.IsNullOrEmpty(Referent) ? null : Referent);

    public async Task OnGetAsync()
    {
        var visibles = await portee.TerritoiresAsync(Permission.LireDossierEnfant);
        Territoires = await db.Territoires.AsNoTracking().Where(t => visibles == null || visibles.Contains(t.Id)).OrderBy(t => t.Libelle).ToListAsync();
        var idsReferents = db.Enfants.Where(e => e.ReferentId != null && (visibles == null || visibles.Contains(e.TerritoireId))).Select(e => e.ReferentId);
        Referents = (await db.Users.AsNoTracking().Where(u => idsReferents.Contains(u.Id)).Select(u => new { u.Id, u.NomAffiche }).ToListAsync())
            .Select(u => (u.Id, u.NomAffiche)).OrderBy(u => u.NomAffiche, StringComparer.CurrentCulture).ToList();
        Lignes = await service.ListerAsync(Filtre);
    }

    public string? LienAgenda { get; private set; }

    public async Task<IActionResult> OnPostAgendaAsync()
    {
        var valeur = await Agenda.CreerJetonAsync(db, portee.UtilisateurId!);
        LienAgenda = $"{Request.Scheme}://{Request.Host}/agenda/{valeur}.ics";
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string format) =>
        ExportTableau.Fichier(format, $"echeances-{Au:yyyy-MM-dd}", await service.ListerAsync(Filtre),
        [
            new("Échéance", l => l.Echeance), new("État", l => l.Etat), new("Jours", l => l.Jours), new("Type", l => l.Type),
            new("Libellé", l => l.Libelle), new("N° dossier", l => l.NumeroDossier), new("Enfant", l => l.Enfant),
            new("Territoire", l => l.Territoire), new("Référent", l => l.Referent),
        ]);

    public string LienExport(string format) => Url.Page("/Echeances/Index", "Export", new
    {
        format, au = Au.ToString("yyyy-MM-dd"), territoire = Territoire, type = Type, etat = Etat, mes = Mes ? "true" : null, referent = Referent,
    })!;
}
