using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Audit;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Audit;

public class IndexModel(RechercheJournal recherche, JournalAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? Du { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }
    [BindProperty(SupportsGet = true)] public string? Login { get; set; }
    [BindProperty(SupportsGet = true)] public int? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cible { get; set; }
    [BindProperty(SupportsGet = true)] public string? CibleId { get; set; }
    [BindProperty(SupportsGet = true, Name = "numero")] public int NumeroPage { get; set; } = 1;
    public List<LigneJournal> Lignes { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + RechercheJournal.TaillePage - 1) / RechercheJournal.TaillePage);
    private FiltreJournal Filtre => new(Du, Au, Login, Type, Cible, CibleId, NumeroPage);

    public async Task OnGetAsync()
    {
        await audit.EnregistrerAsync(TypeEvenementAudit.ConsultationJournalAudit, "Journal", null, Filtre);
        (Lignes, Total) = await recherche.ChercherAsync(Filtre);
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        await audit.EnregistrerAsync(TypeEvenementAudit.ExportJournalAudit, "Journal", null, Filtre);
        var (lignes, _) = await recherche.ChercherAsync(Filtre, tout: true);
        return ExportTableau.Fichier(format, "journal-audit", lignes,
        [
            new("N°", l => l.Numero), new("Date (UTC)", l => l.Horodatage), new("Utilisateur", l => l.Login),
            new("Événement", l => l.Libelle), new("Objet", l => l.Cible), new("Identifiant", l => l.CibleId), new("Détails", l => l.Details),
        ]);
    }

    public string Lien(int page, string? format = null) => Url.Page("/Audit/Index", format is null ? null : "Export", new
    {
        du = Du?.ToString("yyyy-MM-dd"), au = Au?.ToString("yyyy-MM-dd"), login = Login, type = Type, cible = Cible, cibleId = CibleId,
        numero = format is null ? page : (int?)null, format,
    })!;
}
