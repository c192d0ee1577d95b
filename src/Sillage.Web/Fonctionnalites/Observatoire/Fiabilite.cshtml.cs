using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>« Fiabilité des données »: failing records per check and territory on a day, the rows behind a count (audited), exports.</summary>
public class FiabiliteModel(FiabiliteDonnees fiabilite, DetailObservatoire detail) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }
    [BindProperty(SupportsGet = true)] public string? Controle { get; set; }
    [BindProperty(SupportsGet = true)] public string? Territoire { get; set; }
    public DateOnly Jour => Au ?? DateOnly.FromDateTime(DateTime.Today);
    public Dictionary<int, string> Territoires { get; private set; } = [];
    public Dictionary<(string Controle, int? Territoire), int> Comptes { get; private set; } = [];
    public List<LigneFiabilite>? Lignes { get; private set; }
    public ControleFiabilite? ControleChoisi => FiabiliteDonnees.Controles.FirstOrDefault(c => c.Code == Controle);
    public const int Maximum = 500;
    public bool Nominatif => detail.Nominatif;
    public string Identifiant(LigneFiabilite l) => detail.Identifiant(l.EnfantId, l.NumeroDossier);
    public ComptesFiabilite Tableau => new(Jour, Territoires, Comptes, (c, t) => Lien(c, t));
    public string TerritoireDe(int id) => Territoires.GetValueOrDefault(id, "?");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        (Territoires, Comptes) = await fiabilite.CompterAsync(Jour, ct);
        if (ControleChoisi is not null && detail.Autorise)
        {
            Lignes = await LignesAsync(ct);
            await detail.AuditerAsync(TypeEvenementAudit.ConsultationFiabilite, "Fiabilite", new { controle = Controle, territoire = Territoire, au = Jour, lignes = Lignes.Count }, ct);
        }
        return Page();
    }

    private async Task<List<LigneFiabilite>> LignesAsync(CancellationToken ct)
    {
        var lignes = await fiabilite.ListerAsync(Jour, await detail.EnfantsAsync(ct), Controle, ct);
        var territoire = Territoires.FirstOrDefault(t => t.Value == Territoire).Key;
        return lignes.Where(l => Territoire is null or "" or "*" || l.TerritoireId == territoire).OrderBy(l => l.Repere).ThenBy(l => l.EnfantId).ToList();
    }

    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct)
    {
        await OnGetAsync(ct);
        if (Lignes is { } lignes)
        {
            await detail.AuditerAsync(TypeEvenementAudit.ExportDetailObservatoire, "Fiabilite", new { controle = Controle, territoire = Territoire, au = Jour, lignes = lignes.Count, format }, ct);
            return ExportTableau.Fichier(format, $"fiabilite-{Controle}-{Jour:yyyy-MM-dd}", lignes,
            [
                new(Nominatif ? "Dossier" : "Pseudonyme", Identifiant), new("Territoire", l => TerritoireDe(l.TerritoireId)),
                new("Objet", l => l.Objet), new("Date repère", l => l.Repere), new("Contrôle", l => l.Controle),
            ]);
        }
        var tableau = FiabiliteDonnees.Controles.Select(c => (Controle: c, Comptes: new[] { (int?)null }.Concat(Territoires.Keys.Select(k => (int?)k))
            .Select(t => Comptes.GetValueOrDefault((c.Code, t))).ToList())).ToList();
        var colonnes = new List<ExportTableau.Colonne<(ControleFiabilite Controle, List<int> Comptes)>>
        {
            new("Code", x => x.Controle.Code), new("Contrôle", x => x.Controle.Libelle), new("Département", x => x.Comptes[0]),
        };
        var i = 1;
        foreach (var code in Territoires.Values) { var k = i++; colonnes.Add(new(code, x => x.Comptes[k])); }
        return ExportTableau.Fichier(format, $"fiabilite-{Jour:yyyy-MM-dd}", tableau, colonnes);
    }

    public string Lien(string? controle, string? territoire, string? format = null) => Url.Page("/Observatoire/Fiabilite", format is null ? null : "Export",
        new { au = Au?.ToString("yyyy-MM-dd"), controle, territoire, format })!;
}
