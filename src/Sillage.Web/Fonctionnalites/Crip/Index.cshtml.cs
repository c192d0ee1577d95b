using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Crip;
using Sillage.Domaine.Observatoire;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Crip;

public class IndexModel(TableauDeBordCrip tableau, ServiceCrip service, PorteeAcces portee) : PageModel
{
    /// <summary>Month of the figures, AAAA-MM (default: the current month).</summary>
    [BindProperty(SupportsGet = true)] public string? Mois { get; set; }
    [BindProperty(SupportsGet = true)] public string? Statut { get; set; }
    public DateOnly Jour { get; } = DateOnly.FromDateTime(DateTime.Today);
    public DateOnly MoisChoisi { get; private set; }
    public TableauCrip Donnees { get; private set; } = null!;
    public bool PeutRecueillir => portee.Peut(Permission.TraiterInformation);
    public IEnumerable<LigneInformation> Informations => Donnees.Informations.Where(i => string.IsNullOrEmpty(Statut) || i.Statut == Statut);

    private async Task ChargerAsync()
    {
        MoisChoisi = DateOnly.TryParseExact((Mois ?? "") + "-01", "yyyy-MM-dd", out var m) ? m : new DateOnly(Jour.Year, Jour.Month, 1);
        Donnees = await tableau.ChargerAsync(Jour, MoisChoisi);
    }

    public async Task OnGetAsync() => await ChargerAsync();

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        await ChargerAsync();
        await service.TracerExportAsync(format);
        return ExportTableau.Fichier(format, $"crip-evaluations-{Jour:yyyy-MM-dd}", Donnees.Evaluations,
        [
            new("Information", l => l.Numero), new("N° dossier", l => l.NumeroDossier), new("Enfant", l => l.Enfant), new("Territoire", l => l.Territoire),
            new("Reçue le", l => l.Reception), new("Échéance", l => l.Echeance), new("État", l => ReglesCrip.Libelle(l.Etat)),
            new("Jours restants", l => l.JoursRestants), new("Évaluateurs", l => l.Evaluateurs),
        ]);
    }

    public async Task<IActionResult> OnGetExportMoisAsync(string format)
    {
        await ChargerAsync();
        await service.TracerExportAsync(format);
        return ExportTableau.Fichier(format, $"crip-chiffres-{MoisChoisi:yyyy-MM}", Donnees.Mois,
            [new("Code", v => v.Code), new("Indicateur", v => Libelle(v.Code)), new("Valeur", v => v.Valeur)]);
    }

    public static string Libelle(string code) => Indicateurs.Trouver(code)?.Libelle ?? code;

    public string LienExport(string handler, string format) => Url.Page("/Crip/Index", handler, new { format, mois = MoisChoisi.ToString("yyyy-MM") })!;
}
