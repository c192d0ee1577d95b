using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Observatoire;

public class ComparaisonsModel(ComparaisonsDrees comparaisons, ServiceObservatoire service) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "annee")] public int? AnneeParametre { get; set; }
    public List<int> Annees { get; private set; } = [];
    public ComparaisonsDrees.Resultat Resultat { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Annees = await service.AnneesAsync(ct);
        var annee = AnneeParametre is { } a && Annees.Contains(a) ? a : Annees.Contains(ComparaisonsDrees.AnneeDrees) ? ComparaisonsDrees.AnneeDrees : Annees[^1];
        Resultat = await comparaisons.ComparerAsync(annee, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct)
    {
        await OnGetAsync(ct);
        var r = Resultat;
        var colonnes = new List<ExportTableau.Colonne<ComparaisonsDrees.Ligne>>
        {
            new("indicateur", l => l.Libelle), new($"{r.Departement} {r.Annee} (Sillage)", l => l.Sillage(r.Valeurs)),
            new($"France {ComparaisonsDrees.AnneeDrees} (DREES)", l => l.Drees(r.France)),
        };
        if (r.NotreLigneDrees is { } n) colonnes.Add(new($"{n.Departement} {ComparaisonsDrees.AnneeDrees} (DREES)", l => l.Drees(n)));
        foreach (var s in r.Semblables) colonnes.Add(new($"{s.CodeDepartement} {s.Departement} (DREES)", l => l.Drees(s)));
        return ExportTableau.Fichier(format, $"comparaisons-{r.Annee}", ComparaisonsDrees.Lignes, colonnes);
    }
}
