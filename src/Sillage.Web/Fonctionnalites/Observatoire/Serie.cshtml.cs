using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Observatoire;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Observatoire;

public class SerieModel(ServiceObservatoire service) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string Territoire { get; set; } = "*";
    public DefinitionIndicateur? Definition => Indicateurs.Trouver(Code);
    public List<(int Annee, ValeurIndicateur Valeur)> Points { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Definition is null) { Response.StatusCode = 404; return Page(); }
        Points = await service.SerieAsync(Code, Territoire);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string format) =>
        ExportTableau.Fichier(format, $"serie-{Code}", await service.SerieAsync(Code, Territoire),
            [new("année", p => p.Annee), new("code", p => p.Valeur.Code), new("territoire", p => p.Valeur.Territoire), new("valeur", p => p.Valeur.Valeur)]);
}
