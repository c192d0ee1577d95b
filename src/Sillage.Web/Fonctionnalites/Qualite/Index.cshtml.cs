using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Echange;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Qualite;

/// <summary>Records imported with --tolerant although they break a legal rule: filtered, exported, marked as resolved.</summary>
public class IndexModel(RegistreQualite registre) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Regle { get; set; }
    [BindProperty(SupportsGet = true)] public string? Etat { get; set; }
    [BindProperty(SupportsGet = true, Name = "numero")] public int NumeroPage { get; set; } = 1;
    public List<AnomalieQualite> Lignes { get; private set; } = [];
    public List<string> Regles { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + FiltreQualite.TaillePage - 1) / FiltreQualite.TaillePage);
    private FiltreQualite Filtre => new(Regle, Etat, NumeroPage);

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Lignes, Total) = await registre.ChercherAsync(Filtre, ct: ct);
        Regles = await registre.ReglesAsync(ct);
    }

    public async Task<IActionResult> OnPostResoudreAsync(int id, CancellationToken ct)
    {
        if (!await registre.ResoudreAsync(id, ct)) return NotFound();
        TempData["Message"] = $"Anomalie n° {id} marquée comme résolue.";
        return Redirect(Lien(NumeroPage));
    }

    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct)
    {
        var (lignes, _) = await registre.ChercherAsync(Filtre, tout: true, ct);
        return ExportTableau.Fichier(format, "qualite-donnees", lignes,
        [
            new("N°", a => a.Id), new("Fichier", a => a.Fichier), new("Ligne", a => a.Ligne), new("Identifiant d'origine", a => a.SourceId),
            new("Enfant (n° interne)", a => a.EnfantId), new("Règle", a => a.Regle), new("Message", a => a.Message),
            new("Importée le (UTC)", a => a.ImporteLe), new("Résolue le (UTC)", a => a.ResolueLe),
        ]);
    }

    public string Lien(int page, string? format = null) => Url.Page("/Qualite/Index", format is null ? null : "Export", new
    {
        regle = Regle, etat = Etat, numero = format is null ? page : (int?)null, format,
    })!;
}
