using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Audit;
using Sillage.Web.Fonctionnalites.Enfants;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Droits;

/// <summary>The register of rights requests, overdue first, with the J-7 warning; CSV/XLSX export.</summary>
public class IndexModel(ServiceDroits service, JournalAudit audit) : PageModel
{
    public List<LigneDemande> Lignes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await audit.EnregistrerAsync(TypeEvenementAudit.ConsultationRegistreDroits, "RegistreDroits", null, ct: ct);
        Lignes = await service.ListerAsync(ServiceDroits.Aujourdhui, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct)
    {
        await audit.EnregistrerAsync(TypeEvenementAudit.ConsultationRegistreDroits, "RegistreDroits", null, new { export = format }, ct: ct);
        return ExportTableau.Fichier(format, "registre-droits", await service.ListerAsync(ServiceDroits.Aujourdhui, ct),
        [
            new("N°", l => l.Id), new("Type", l => Textes.Libelle(ServiceDroits.Types, l.Type)), new("Reçue le", l => l.DateReception),
            new("Demandeur", l => l.DemandeurNom), new("Qualité", l => Textes.Libelle(ServiceDroits.Qualites, l.Qualite)), new("Dossier", l => l.NumeroDossier),
            new("Échéance", l => l.Echeance), new("État", l => l.Etat), new("Statut", l => Textes.Libelle(ServiceDroits.Statuts, l.Statut)), new("Répondue le", l => l.DateReponse),
        ]);
    }
}
