using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Parcours;

/// <summary>Alerts of the parcours over the user's territories: délaissement, sortie sèche and APJM eligibility.</summary>
public class IndexModel(ServiceSuivi service) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }
    public DateOnly Jour => Au ?? DateOnly.FromDateTime(DateTime.Today);
    public List<LigneDelaissement> Delaissements { get; private set; } = [];
    public List<LigneAutonomie> Autonomie { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Delaissements = await service.DelaissementAsync(Jour, HttpContext.RequestAborted);
        Autonomie = await service.AutonomieAsync(Jour, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnGetExportAsync(string? liste, string? format)
    {
        if (liste == "delaissement")
            return ExportTableau.Fichier(format ?? "csv", "alertes-delaissement", await service.DelaissementAsync(Jour, HttpContext.RequestAborted),
            [
                new("Dossier", l => l.NumeroDossier), new("Enfant", l => l.Enfant), new("Territoire", l => l.Territoire),
                new("Confié depuis", l => l.DebutAccueil), new("Dernière relation", l => l.DerniereRelation), new("Alerte depuis", l => l.Echeance),
            ]);
        return ExportTableau.Fichier(format ?? "csv", "acces-autonomie", await service.AutonomieAsync(Jour, HttpContext.RequestAborted),
        [
            new("Dossier", l => l.NumeroDossier), new("Jeune", l => l.Enfant), new("Territoire", l => l.Territoire), new("Âge", l => l.Age),
            new("Majorité", l => l.Majorite), new("Droit jusqu'au", l => l.FinDroit), new("État", l => l.Libelle),
        ]);
    }
}
