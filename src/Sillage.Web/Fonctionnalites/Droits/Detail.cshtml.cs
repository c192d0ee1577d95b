using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Droits;

/// <summary>One request: its status (optimistic concurrency) and, for an access request, the export of the complete file.</summary>
public class DetailModel(ServiceDroits service, ExportDossierComplet export) : PageModel
{
    [BindProperty] public SaisieStatut Saisie { get; set; } = new();
    public DemandeDroit? Demande { get; private set; }
    public LigneDemande? Ligne { get; private set; }

    private async Task<bool> ChargerAsync(int id, bool saisie, CancellationToken ct)
    {
        if (await service.LireAsync(id, ct) is not { } x) return false;
        (Demande, Ligne) = x;
        if (saisie) Saisie = new SaisieStatut
        {
            Statut = x.Demande.Statut, MotifProlongation = x.Demande.MotifProlongation, DateNotificationProlongation = x.Demande.DateNotificationProlongation,
            MotifRefus = x.Demande.MotifRefus, DateReponse = x.Demande.DateReponse, Notes = x.Demande.Notes, Version = x.Demande.Version,
        };
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ChargerAsync(id, true, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ChargerAsync(id, false, ct) ? Page() : NotFound();
        var erreurs = await service.ChangerStatutAsync(id, Saisie, ct);
        if (erreurs is null) return NotFound();
        if (erreurs.Count > 0)
        {
            foreach (var e in erreurs) ModelState.AddModelError("Saisie." + e.Champ, e.Message);
            await ChargerAsync(id, false, ct);
            if (erreurs.Any(e => e.EstConflit)) Saisie.Version = Demande!.Version;
            return Page();
        }
        TempData["Message"] = "Demande mise à jour.";
        return Redirect($"/droits/{id}");
    }

    public async Task<IActionResult> OnGetExportAsync(int id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, true, ct)) return NotFound();
        var zip = await export.ZipAsync(HttpContext, Demande!, ct);
        if (zip is null)
        {
            ModelState.AddModelError("", "Export du dossier complet : réservé à une demande d'accès dont le dossier est identifié.");
            return Page();
        }
        return File(zip, "application/zip", $"dossier-complet-demande-{id}.zip");
    }
}
