using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sillage.Domaine.Securite;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

/// <summary>Documents of a file: the list, the upload form (ModifierDossierEnfant) and the audited download (/enfants/{id}/documents/{document}).
/// The request may carry up to <see cref="LimiteRequete"/> so that a file over 10 MB gets a French message rather than a bare refusal.</summary>
[RequestSizeLimit(LimiteRequete)]
[RequestFormLimits(MultipartBodyLengthLimit = LimiteRequete)]
public class DocumentsModel(DossierEnfant dossier, ChronologieEnfant chronologie, DocumentsEnfant documents, PorteeAcces portee) : PageModel
{
    public const long LimiteRequete = 3 * DocumentsEnfant.TailleMaximale;
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Document { get; set; }
    [BindProperty] public SaisieDocument Saisie { get; set; } = new();
    [BindProperty] public IFormFile? Fichier { get; set; }
    public VueDossier Vue { get; private set; } = null!;
    public List<SelectListItem> Evenements { get; private set; } = [];
    public bool PeutDeposer => portee.Peut(Permission.ModifierDossierEnfant);

    public async Task<IActionResult> OnGetAsync()
    {
        if (Document is { } documentId)
        {
            var f = await documents.TelechargerAsync(Id, documentId);
            if (f is null) return NotFound();
            return File(f.Contenu, f.TypeContenu, f.NomFichier);
        }
        return await ChargerAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!PeutDeposer) return Forbid();
        await using var flux = Fichier?.OpenReadStream();
        var r = await documents.DeposerAsync(Id, Saisie, Fichier?.FileName, Fichier?.Length ?? 0, flux);
        if (r is null) return NotFound();
        if (!r.Reussi)
        {
            foreach (var e in r.Erreurs) ModelState.AddModelError(e.Champ == "Fichier" ? "Fichier" : $"Saisie.{e.Champ}", e.Message);
            return await ChargerAsync() ? Page() : NotFound();
        }
        TempData["Message"] = "Document déposé.";
        return Redirect($"/enfants/{Id}/documents");
    }

    private async Task<bool> ChargerAsync()
    {
        if (await dossier.OuvrirAvecPiecesAsync(Id, "documents") is not { } ouvert) return false;
        Vue = ouvert.Vue;
        var c = await chronologie.ConstruireAsync(ouvert.Pieces, DateOnly.FromDateTime(DateTime.Today), true);
        Evenements = c.Evenements.Where(e => ChronologieEnfant.TypesRattachables.Contains(e.Type))
            .Select(e => new SelectListItem($"{(e.Date is { } d ? Textes.Date(d) : "Sans date")} — {e.Titre}", $"{e.Type}:{e.Id}", Saisie.Evenement == $"{e.Type}:{e.Id}"))
            .ToList();
        return true;
    }
}
