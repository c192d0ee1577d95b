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
    public IReadOnlyList<ReglesConservation> Regles { get; private set; } = ReglesConservation.ParDefaut;
    /// <summary>Files past their active-base period not yet placed in intermediate archive (all of them, whatever the filter).</summary>
    public int APlacer { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var toutes = await service.ListerAsync(ServiceConservation.Aujourdhui, ct);
        APlacer = toutes.Count(l => l.APlacerEnArchive);
        Lignes = ServiceConservation.Filtrer(toutes, Etat);
        Regles = await service.ReglesAsync(ct);
    }

    public async Task<IActionResult> OnPostArchiverAsync(CancellationToken ct)
    {
        var n = await service.PlacerEnArchiveAsync(ServiceConservation.Aujourdhui, ct: ct);
        TempData["Message"] = n == 0
            ? "Aucun dossier à placer en archive intermédiaire."
            : $"{n} dossier(s) placé(s) en archive intermédiaire : ils n'apparaissent plus aux professionnels (recherche, dossier, listes, API).";
        return Redirect("/conservation?etat=placees");
    }

    public async Task<IActionResult> OnPostReactiverAsync(int id, string? motif, CancellationToken ct)
    {
        var erreurs = await service.ReactiverAsync(id, motif, ct);
        if (erreurs.Count > 0)
        {
            foreach (var e in erreurs) ModelState.AddModelError(e.Champ, e.Message);
            Etat = "placees";
            await OnGetAsync(ct);
            return Page();
        }
        TempData["Message"] = $"Dossier n° interne {id} sorti de l'archive intermédiaire : il est de nouveau accessible aux professionnels de sa portée ; motif inscrit au journal d'audit.";
        return Redirect("/conservation?etat=placees");
    }

    public async Task<IActionResult> OnPostSortFinalAsync(int id, string? visa, string? reference, CancellationToken ct)
    {
        var erreurs = await service.AppliquerSortFinalAsync(id, visa, reference, ServiceConservation.Aujourdhui, ct);
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
        var lignes = ServiceConservation.Filtrer(await service.ListerAsync(ServiceConservation.Aujourdhui, ct), Etat);
        return ExportTableau.Fichier(format, "conservation", lignes,
        [
            new("Numéro de dossier", l => l.NumeroDossier), new("Territoire", l => l.Territoire), new("Type", l => l.Type.Libelle()),
            new("Dernier contact", l => l.DernierContact), new("Mesure en cours", l => l.EnCours ? "oui" : "non"), new("État", l => l.Situation.Etat.Libelle()),
            new("Fin de la base active", l => l.Situation.FinActive), new("Sort final le", l => l.Situation.FinIntermediaire), new("Sort final", l => l.Situation.Sort.Libelle()),
        ]);
    }
}
