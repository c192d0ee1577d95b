using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Conservation;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Conservation;

/// <summary>What is due for intermediate archive, elimination or transfer; the final fate applied with a visa.
/// Only file numbers are shown: the DPO decides on dates, not on identities.</summary>
public class IndexModel(ServiceConservation service) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Etat { get; set; }
    public List<LigneConservation> Lignes { get; private set; } = [];
    public IReadOnlyList<ReglesConservation> Regles => ReglesConservation.ParDefaut;
    public static DateOnly Aujourdhui => DateOnly.FromDateTime(DateTime.Today);

    public async Task OnGetAsync(CancellationToken ct) => Lignes = Filtrer(await service.ListerAsync(Aujourdhui, ct));

    private List<LigneConservation> Filtrer(List<LigneConservation> l) => Etat switch
    {
        "tous" => l,
        "archive" => l.Where(x => x.Situation.Etat == EtatConservation.ArchiveIntermediaire).ToList(),
        _ => l.Where(x => x.Situation.Etat == EtatConservation.SortFinalEchu).ToList(),
    };

    public async Task<IActionResult> OnPostSortFinalAsync(int id, string? visa, string? reference, CancellationToken ct)
    {
        var erreurs = await service.AppliquerSortFinalAsync(id, visa, reference, Aujourdhui, ct);
        if (erreurs.Count > 0)
        {
            foreach (var e in erreurs) ModelState.AddModelError(e.Champ, e.Message);
            await OnGetAsync(ct);
            return Page();
        }
        TempData["Message"] = $"Sort final appliqué au dossier n° interne {id} : données personnelles supprimées, statistiques conservées, visa inscrit au journal d'audit.";
        return Redirect("/conservation");
    }

    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct)
    {
        var lignes = Filtrer(await service.ListerAsync(Aujourdhui, ct));
        return ExportTableau.Fichier(format, "conservation", lignes,
        [
            new("Numéro de dossier", l => l.NumeroDossier), new("Territoire", l => l.Territoire), new("Type", l => l.Type.Libelle()),
            new("Dernier contact", l => l.DernierContact), new("Mesure en cours", l => l.EnCours ? "oui" : "non"), new("État", l => l.Situation.Etat.Libelle()),
            new("Fin de la base active", l => l.Situation.FinActive), new("Sort final le", l => l.Situation.FinIntermediaire), new("Sort final", l => l.Situation.Sort.Libelle()),
        ]);
    }
}
