using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Securite;
using Sillage.Donnees.Audit;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

public class IndexModel(RechercheEnfants recherche, PorteeAcces portee, JournalAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Naissance { get; set; }
    [BindProperty(SupportsGet = true)] public string? Numero { get; set; }
    public List<LigneEnfant> Resultats { get; private set; } = [];
    public bool Recherche => !Criteres.EstVide;
    public bool PeutCreer => portee.Peut(Permission.ModifierDossierEnfant);
    private CriteresRecherche Criteres => new(Q, Naissance, Numero);

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid) return;
        Resultats = await recherche.ChercherAsync(Criteres);
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var lignes = await recherche.ChercherAsync(Criteres);
        await audit.EnregistrerAsync(TypeEvenementAudit.RechercheEnfants, "Enfants", null, new { export = format, resultats = lignes.Count });
        return ExportTableau.Fichier(format, "enfants", lignes, Colonnes);
    }

    public string LienExport(string format) =>
        Url.Page("/Enfants/Index", "Export", new { format, q = Q, naissance = Naissance?.ToString("yyyy-MM-dd"), numero = Numero })!;

    private static readonly ExportTableau.Colonne<LigneEnfant>[] Colonnes =
    [
        new("N° dossier", e => e.NumeroDossier), new("Nom", e => e.Nom), new("Prénoms", e => e.Prenoms),
        new("Sexe", e => e.Sexe), new("Date de naissance", e => e.DateNaissance), new("Territoire", e => e.Territoire),
    ];
}
