using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Olinpe;
using Sillage.Domaine.Securite;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Olinpe;

/// <summary>The yearly OLINPE transmission: pre-flight report, file download, history (ODPE analyst and administrator).</summary>
public class IndexModel(ServiceOlinpe service, PorteeAcces portee) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Annee { get; set; }
    public RapportOlinpe? Rapport { get; private set; }
    public List<TransmissionOlinpe> Transmissions { get; private set; } = [];
    public TableCorrespondance Table => service.Table;
    public string Pseudonymiseur => service.Pseudonymiseur.Nom;
    /// <summary>Links to the measures to fix only for the roles that may open a child's file (the page itself is pseudonymised).</summary>
    public bool PeutOuvrirDossiers => portee.Peut(Permission.LireDossierEnfant);
    public int AnneeParDefaut => DateTime.Today.Year - 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Transmissions = await service.TransmissionsAsync(ct);
        if (Annee is not { } n) return Page();
        if (!ServiceOlinpe.AnneeValide(n))
        {
            ModelState.AddModelError(nameof(Annee), "Année : une année de 2000 à 2999.");
            return Page();
        }
        Rapport = await service.ControlerAsync(n, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int annee, string? format, bool forcer, CancellationToken ct)
    {
        Annee = annee;
        if (!ServiceOlinpe.AnneeValide(annee))
        {
            ModelState.AddModelError(nameof(Annee), "Année : une année de 2000 à 2999.");
            Transmissions = await service.TransmissionsAsync(ct);
            return Page();
        }
        var f = format == "csv" ? FormatOlinpe.Csv : FormatOlinpe.Xml;
        var chemin = Path.Combine(Path.GetTempPath(), $"sillage-olinpe-{Guid.NewGuid():N}");
        var r = await service.ProduireAsync(annee, f, chemin, forcer, User.Identity?.Name ?? "?", ct: ct);
        if (!r.Produit)
        {
            Rapport = r.Rapport;
            Transmissions = await service.TransmissionsAsync(ct);
            ModelState.AddModelError("", $"Fichier refusé : {r.Rapport.Bloquants} erreur(s) bloquante(s). Corrigez les dossiers, ou cochez « produire malgré les erreurs bloquantes ».");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var flux = new FileStream(chemin, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.DeleteOnClose);
        return File(flux, f == FormatOlinpe.Xml ? "application/xml" : "text/csv; charset=utf-8", NomFichier(annee, f));
    }

    public static string NomFichier(int annee, FormatOlinpe f) => $"olinpe-{annee}.{(f == FormatOlinpe.Xml ? "xml" : "csv")}";

    public async Task<IActionResult> OnGetHistoriqueAsync(string format, CancellationToken ct) =>
        ExportTableau.Fichier(format, "olinpe-transmissions", await service.TransmissionsAsync(ct),
        [
            new("Année", t => t.Annee), new("Produite le (UTC)", t => t.ProduiteLe), new("Par", t => t.ProduitePar), new("Format", t => t.Format),
            new("Enregistrements", t => t.Enregistrements), new("Débuts", t => t.Debuts), new("Renouvellements", t => t.Renouvellements), new("Fins", t => t.Fins),
            new("Enfants", t => t.Enfants), new("Erreurs bloquantes", t => t.ErreursBloquantes), new("Avertissements", t => t.Avertissements),
            new("Forcée", t => t.Forcee ? "oui" : "non"), new("Table", t => t.VersionTable), new("SHA-256", t => t.Empreinte),
        ]);
}
