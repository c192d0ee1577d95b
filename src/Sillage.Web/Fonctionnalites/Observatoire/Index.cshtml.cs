using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Observatoire;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Observatoire;

public class IndexModel(ServiceObservatoire service, DetailObservatoire detail) : PageModel
{
    public static readonly IReadOnlyDictionary<string, string> Themes = new Dictionary<string, string>
    {
        ["Crip"] = "CRIP : informations préoccupantes",
        ["Mesures"] = "Mesures au 31/12",
        ["Enfants"] = "Enfants suivis et accueillis",
        ["Attente"] = "Mesures en attente d'exécution",
        ["Parcours"] = "Parcours : PPE, rapports, autonomie",
        ["Lieux"] = "Lieux d'accueil",
    };

    [BindProperty(SupportsGet = true, Name = "annee")] public int? AnneeParametre { get; set; }
    [BindProperty(SupportsGet = true, Name = "territoire")] public string Territoire { get; set; } = "*";
    [BindProperty(SupportsGet = true, Name = "theme")] public string Theme { get; set; } = "Crip";
    /// <summary>Drill-down offered: file readers and the ODPE (pseudonymised).</summary>
    public bool Detail => detail.Autorise;
    public List<int> Annees { get; private set; } = [];
    public int Annee { get; private set; }
    public List<string> Territoires { get; private set; } = [];
    public List<DefinitionIndicateur> Definitions { get; private set; } = [];
    private Dictionary<string, ValeurIndicateur> _valeurs = [];

    public ValeurIndicateur? Valeur(string code) => _valeurs.GetValueOrDefault(code);

    public async Task OnGetAsync()
    {
        if (!Themes.ContainsKey(Theme)) Theme = "Crip";
        Annees = await service.AnneesAsync();
        Annee = AnneeParametre is { } a && Annees.Contains(a) ? a : Annees[^1];
        Territoires = (await service.InstantaneAsync()).Territoires.ToList();
        if (Territoire != "*" && !Territoires.Contains(Territoire)) Territoire = "*";
        var theme = Enum.Parse<Theme>(Theme);
        Definitions = Indicateurs.Tous.Where(d => d.Theme == theme).ToList();
        _valeurs = (await service.AnneeAsync(Annee)).Where(v => v.Territoire == Territoire).ToDictionary(v => v.Code);
    }

    public async Task<IActionResult> OnGetExportAsync(string format, int annee) =>
        ExportTableau.Fichier(format, $"indicateurs-{annee}", await service.AnneeAsync(annee),
        [
            new("code", v => v.Code), new("territoire", v => v.Territoire), new("valeur", v => v.Valeur),
            new("libellé", v => Indicateurs.Trouver(v.Code)?.Libelle),
        ]);
}
