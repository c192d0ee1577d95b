using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine;
using Sillage.Domaine.Parcours;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure.Impression;

namespace Sillage.Web.Fonctionnalites.Parcours;

public class PpeModel(ServicePpe service, IdentiteDepartement departement, DocumentImprimable documents) : PageModel
{
    /// <summary>Empty rows offered per domain under the objectives already written (the form works without JavaScript).</summary>
    public const int LignesVides = 2;

    [BindProperty(SupportsGet = true)] public int Enfant { get; set; }
    /// <summary>The version shown (default: the latest).</summary>
    [BindProperty(SupportsGet = true)] public int? Version { get; set; }
    [BindProperty] public SaisiePpe Saisie { get; set; } = new();
    [BindProperty] public string? Signataire { get; set; }
    [BindProperty] public string? NomSignataire { get; set; }
    [BindProperty] public DateOnly? DateSignature { get; set; }
    [BindProperty] public string? Destinataire { get; set; }
    [BindProperty] public DateOnly? DateRemise { get; set; }

    public DossierPpe Dossier { get; private set; } = null!;
    public DocumentPpe? Document { get; private set; }
    public VersionPpe? Derniere => Dossier.Derniere;

    private async Task<bool> ChargerAsync(bool saisieDepuisDerniere)
    {
        var d = await service.OuvrirAsync(Enfant, HttpContext.RequestAborted);
        if (d is null) return false;
        Dossier = d;
        var montree = Version is { } v ? d.Versions.FirstOrDefault(x => x.Id == v) : d.Derniere;
        // Before the first version, the preview shows what the file already says (identity, parents, fratrie, lieu, measures).
        montree ??= new VersionPpe(0, 1, 0, null, null, null, null, null, null, null, null, null, null, [], [], []);
        Document = new DocumentPpe(d, montree, (await departement.LireAsync()).Nom);
        if (saisieDepuisDerniere) Saisie = ServicePpe.Saisie(d.Derniere, LignesVides);
        DateSignature ??= DateOnly.FromDateTime(DateTime.Today);
        DateRemise ??= DateOnly.FromDateTime(DateTime.Today);
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await ChargerAsync(true) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (ppe, erreurs) = await service.EnregistrerAsync(Enfant, Saisie, User.Identity?.Name, HttpContext.RequestAborted);
        if (erreurs is null) return NotFound();
        if (erreurs.Count > 0) return await RefuserAsync(erreurs, garderSaisie: true);
        TempData["Message"] = $"Projet pour l'enfant enregistré (version n° {ppe!.Numero}).";
        return Redirect($"/parcours/ppe?enfant={Enfant}#titre-signatures");
    }

    public async Task<IActionResult> OnPostSignerAsync()
    {
        ModelState.Clear();
        var d = await service.OuvrirAsync(Enfant, HttpContext.RequestAborted);
        if (d?.Derniere is not { } derniere) return NotFound();
        var s = new SaisieSignature { Nom = NomSignataire, Date = DateSignature };
        if (Signataire?.StartsWith(ReglesPpe.SignataireParent + "-", StringComparison.Ordinal) == true && int.TryParse(Signataire[(ReglesPpe.SignataireParent.Length + 1)..], out var parent))
            (s.Qualite, s.ParentId) = (ReglesPpe.SignataireParent, parent);
        else s.Qualite = string.IsNullOrEmpty(Signataire) ? null : Signataire;
        var erreurs = await service.SignerAsync(derniere.Id, s, HttpContext.RequestAborted);
        if (erreurs is null) return NotFound();
        if (erreurs.Count > 0) return await RefuserAsync(erreurs, garderSaisie: false);
        TempData["Message"] = $"Signature enregistrée ({ReglesPpe.Signataires[s.Qualite!]}, le {s.Date:dd/MM/yyyy}).";
        return Redirect($"/parcours/ppe?enfant={Enfant}#titre-signatures");
    }

    public async Task<IActionResult> OnPostDiffuserAsync()
    {
        ModelState.Clear();
        var d = await service.OuvrirAsync(Enfant, HttpContext.RequestAborted);
        var cible = Version is { } v ? d?.Versions.FirstOrDefault(x => x.Id == v) : d?.Derniere;
        if (cible is null) return NotFound();
        var erreurs = await service.DiffuserAsync(cible.Id, Destinataire, DateRemise, User.Identity?.Name, HttpContext.RequestAborted);
        if (erreurs is null) return NotFound();
        if (erreurs.Count > 0) return await RefuserAsync(erreurs, garderSaisie: false);
        TempData["Message"] = $"Remise du projet à « {Destinataire!.Trim()} » enregistrée.";
        return Redirect($"/parcours/ppe?enfant={Enfant}#titre-destinataires");
    }

    public async Task<IActionResult> OnGetPdfAsync()
    {
        if (!await ChargerAsync(false) || Document is not { Version.Id: > 0 }) return NotFound();
        var doc = await service.DocumentAsync(Enfant, Document.Version.Id, HttpContext.RequestAborted);
        if (doc is null) return NotFound();
        var e = Dossier.Dossier.Enfant;
        return await documents.PdfAsync(HttpContext, "/Fonctionnalites/Parcours/_DocumentPpe.cshtml", Document,
            $"Projet pour l'enfant — {e.Prenoms} {e.Nom}", $"ppe-{e.NumeroDossier}-v{Document.Version.Numero}.pdf");
    }

    private async Task<IActionResult> RefuserAsync(List<ErreurValidation> erreurs, bool garderSaisie)
    {
        var saisie = Saisie;
        if (!await ChargerAsync(!garderSaisie)) return NotFound();
        if (garderSaisie) Saisie = saisie;
        foreach (var e in erreurs) ModelState.AddModelError(e.Champ, e.Message);
        if (erreurs.Any(e => e.EstConflit)) Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
