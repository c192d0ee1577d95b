using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Parcours;
using Sillage.Domaine.Securite;
using Sillage.Donnees.Audit;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Parcours;

public sealed class SaisieMembre
{
    public string? Nom { get; set; }
    public string? Role { get; set; }
}

/// <summary>CESSEC: who should be examined, the sessions, the yearly census for the ODPE.</summary>
public class CessecModel(ServiceSuivi service, JournalAudit audit) : PageModel
{
    public const int LignesMembres = 6;
    [BindProperty(SupportsGet = true)] public int? Annee { get; set; }
    [BindProperty] public DateOnly? DateSeance { get; set; }
    [BindProperty] public List<SaisieMembre> Membres { get; set; } = [];
    public List<LigneAExaminer> AExaminer { get; private set; } = [];
    public List<(int Id, DateOnly Date, int Membres, int Examens)> Seances { get; private set; } = [];
    public List<LigneRecensement> Recensement { get; private set; } = [];
    public int AnneeRecensement => Annee ?? DateTime.Today.Year;

    private async Task ChargerAsync()
    {
        var ct = HttpContext.RequestAborted;
        AExaminer = await service.AExaminerAsync(DateOnly.FromDateTime(DateTime.Today), ct);
        Seances = await service.SeancesAsync(ct);
        Recensement = await service.RecensementAsync(AnneeRecensement, Permission.ModifierDossierEnfant, ct);
        while (Membres.Count < LignesMembres) Membres.Add(new SaisieMembre());
        DateSeance ??= DateOnly.FromDateTime(DateTime.Today);
    }

    public async Task OnGetAsync() => await ChargerAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (id, erreurs) = await service.CreerSeanceAsync(DateSeance, Membres.Select(m => (m.Nom, m.Role)), HttpContext.RequestAborted);
        if (id is { } s)
        {
            TempData["Message"] = $"Séance du {DateSeance:dd/MM/yyyy} créée.";
            return Redirect($"/parcours/cessec/seance?id={s}");
        }
        foreach (var e in erreurs) ModelState.AddModelError(e.Champ, e.Message);
        await ChargerAsync();
        return Page();
    }

    public static IReadOnlyList<ExportTableau.Colonne<LigneRecensement>> ColonnesRecensement { get; } =
    [
        new("Date d'examen", l => l.Date), new("Territoire", l => l.Territoire), new("Âge à l'examen", l => l.Age),
        new("Motif", l => l.Motif), new("Avis", l => l.Avis), new("Membres de la séance", l => l.Membres),
    ];

    public async Task<IActionResult> OnGetExportAsync(string? liste, string? format)
    {
        var ct = HttpContext.RequestAborted;
        if (liste == "recensement")
        {
            var lignes = await service.RecensementAsync(AnneeRecensement, Permission.ModifierDossierEnfant, ct);
            await audit.EnregistrerAsync(TypeEvenementAudit.ExportRecensementCessec, "Cessec", AnneeRecensement.ToString(), new { lignes = lignes.Count }, ct: ct);
            return ExportTableau.Fichier(format ?? "csv", $"cessec-recensement-{AnneeRecensement}", lignes, ColonnesRecensement);
        }
        return ExportTableau.Fichier(format ?? "csv", "cessec-a-examiner", await service.AExaminerAsync(DateOnly.FromDateTime(DateTime.Today), ct),
        [
            new("Dossier", l => l.NumeroDossier), new("Enfant", l => l.Enfant), new("Âge", l => l.Age), new("Territoire", l => l.Territoire),
            new("Motif", l => ListeCessec.Motifs[l.Motif]), new("Échéance", l => l.Echeance), new("Raison signalée", l => l.Raison),
        ]);
    }
}
