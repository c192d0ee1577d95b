using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Sillage.Domaine;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Parcours;
using Sillage.Web.Fonctionnalites.Shared;
using Sillage.Web.Infrastructure.Impression;

namespace Sillage.Web.Api;

/// <summary>
/// Parcours de l'enfant under /api/v1/parcours: PPE (versions, signatures, recipients, PDF), rapports,
/// relations parents-enfant, CESSEC, accès à l'autonomie. Same services as the pages; 400 {champ, message}, 409 on a stale version.
/// </summary>
public static class ApiParcours
{
    public sealed record SaisieDestinataire(string? Destinataire, DateOnly? Date);
    public sealed record SaisieSignalement(DateOnly? Date, string? Raison);
    public sealed record SaisieEntretien(DateOnly? Date, string? Synthese);
    public sealed record SaisieSolution(DateOnly? Date, string? Type, string? Commentaire);
    public sealed record SaisieAvis(int EnfantId, string? Avis, string? Motivation);

    public static RouteGroupBuilder MapSillageParcours(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/parcours").RequireAuthorization(nameof(Permission.ModifierDossierEnfant));
        g.MapGet("/enfants/{id:int}/ppe", LirePpe).WithSummary("Le projet pour l'enfant : ce que le dossier sait déjà et toutes les versions (consultation tracée).");
        g.MapPost("/enfants/{id:int}/ppe", EcrirePpe).WithSummary("Rédige le projet : modifie la dernière version non signée (ppeId et version attendus) ou crée la version suivante.");
        g.MapPost("/ppe/{ppeId:int}/signatures", Signer).WithSummary("Enregistre une signature (qualite = PARENT avec parentId, ENFANT, DEPARTEMENT avec nom ; date).");
        g.MapPost("/ppe/{ppeId:int}/destinataires", Diffuser).WithSummary("Enregistre la remise du projet à un destinataire (tracée).");
        g.MapGet("/enfants/{id:int}/ppe/{ppeId:int}/pdf", Pdf).WithSummary("Le document imprimable d'une version du projet (PDF, impression tracée).");
        g.MapPost("/enfants/{id:int}/rapports", Rapport).WithSummary("Enregistre un rapport de situation (partage avant transmission au juge, CASF D223-20) ; renvoie la prochaine échéance.");
        g.MapGet("/enfants/{id:int}", Vue).WithSummary("Le parcours d'un enfant : rapports, relations avec les parents et alerte de délaissement, CESSEC, accès à l'autonomie.");
        g.MapPost("/enfants/{id:int}/contacts", Contact).WithSummary("Enregistre une visite ou un contact avec un parent (visites médiatisées comprises).");
        g.MapPost("/enfants/{id:int}/signalements-cessec", Signaler).WithSummary("Signale l'enfant à la CESSEC (risque de délaissement, statut inadapté).");
        g.MapPost("/enfants/{id:int}/entretiens", Entretien).WithSummary("Enregistre l'entretien d'accès à l'autonomie (17 ans).");
        g.MapPost("/enfants/{id:int}/solutions", Solution).WithSummary("Enregistre la solution trouvée à la majorité.");
        g.MapGet("/delaissement", Delaissement).WithSummary("Alertes de délaissement (au=AAAA-MM-JJ) : un an sans relations nécessaires (C. civ. 381-1).");
        g.MapGet("/autonomie", Autonomie).WithSummary("Jeunes de 17 à 20 ans confiés avant 18 ans : droit à l'accompagnement jeune majeur et sorties sèches (au=AAAA-MM-JJ).");
        g.MapGet("/cessec/a-examiner", AExaminer).WithSummary("Enfants que la CESSEC doit examiner (au=AAAA-MM-JJ).");
        g.MapPost("/cessec/seances/{seanceId:int}/avis", Avis).WithSummary("Avis de la commission sur un enfant examiné en séance.");
        api.MapGet("/parcours/cessec/recensement", Recensement).RequireAuthorization(nameof(Permission.ConsulterObservatoire))
            .WithSummary("Recensement annuel des examens de la CESSEC pour l'ODPE (annee=N), sans identité.");
        return api;
    }

    private static IResult Refus(List<ErreurValidation>? erreurs, Func<IResult> succes)
    {
        if (erreurs is null) return Results.NotFound();
        if (erreurs.Count == 0) return succes();
        return erreurs.Any(e => e.EstConflit)
            ? Results.Conflict(new ApiV1.ErreursDto("Conflit de version.", erreurs))
            : Results.BadRequest(new ApiV1.ErreursDto("Saisie refusée.", erreurs));
    }

    private static async Task<IResult> LirePpe(int id, ServicePpe service, HttpContext http) =>
        await service.OuvrirAsync(id, http.RequestAborted) is { } d
            ? Results.Ok(new { enfant = new { d.Dossier.Enfant.Id, d.Dossier.Enfant.NumeroDossier, d.Age }, d.ProjetAutonomieAttendu, d.Dossier.Referent, d.Dossier.Parents, d.Dossier.Fratrie, d.Dossier.Sejour, d.Dossier.Mesures, d.Versions })
            : Results.NotFound();

    private static async Task<IResult> EcrirePpe(int id, SaisiePpe saisie, ServicePpe service, ClaimsPrincipal user, HttpContext http)
    {
        var (ppe, erreurs) = await service.EnregistrerAsync(id, saisie, user.Identity?.Name, http.RequestAborted);
        return Refus(erreurs, () => Results.Ok(new { ppe!.Id, ppe.Numero, ppe.Version }));
    }

    private static async Task<IResult> Signer(int ppeId, SaisieSignature saisie, ServicePpe service, HttpContext http) =>
        Refus(await service.SignerAsync(ppeId, saisie, http.RequestAborted), () => Results.NoContent());

    private static async Task<IResult> Diffuser(int ppeId, SaisieDestinataire saisie, ServicePpe service, ClaimsPrincipal user, HttpContext http) =>
        Refus(await service.DiffuserAsync(ppeId, saisie.Destinataire, saisie.Date, user.Identity?.Name, http.RequestAborted), () => Results.NoContent());

    private static async Task<IResult> Pdf(int id, int ppeId, ServicePpe service, IdentiteDepartement departement, DocumentImprimable documents, HttpContext http)
    {
        if (await service.DocumentAsync(id, ppeId, http.RequestAborted) is not { } doc) return Results.NotFound();
        var e = doc.Dossier.Dossier.Enfant;
        var resultat = (FileContentResult)await documents.PdfAsync(http, "/Fonctionnalites/Parcours/_DocumentPpe.cshtml",
            new DocumentPpe(doc.Dossier, doc.Version, (await departement.LireAsync()).Nom), $"Projet pour l'enfant — {e.Prenoms} {e.Nom}", $"ppe-{e.NumeroDossier}-v{doc.Version.Numero}.pdf");
        return Results.File(resultat.FileContents, resultat.ContentType, resultat.FileDownloadName);
    }

    private static async Task<IResult> Rapport(int id, SaisieRapport saisie, ServiceRapport service, ClaimsPrincipal user, HttpContext http)
    {
        var (rapport, prochain, erreurs) = await service.EnregistrerAsync(id, saisie, user.Identity?.Name, http.RequestAborted);
        return Refus(erreurs, () => Results.Ok(new { rapport!.Id, rapport.Date, prochainRapport = prochain }));
    }

    private static DateOnly Jour(DateOnly? au) => au ?? DateOnly.FromDateTime(DateTime.Today);

    private static async Task<IResult> Vue(int id, ServiceSuivi service, [FromQuery] DateOnly? au, HttpContext http) =>
        await service.VueAsync(id, Jour(au), http.RequestAborted) is { } v ? Results.Ok(v) : Results.NotFound();

    private static async Task<IResult> Contact(int id, SaisieContact saisie, ServiceSuivi service, HttpContext http) =>
        Refus(await service.AjouterContactAsync(id, saisie, http.RequestAborted), () => Results.NoContent());

    private static async Task<IResult> Signaler(int id, SaisieSignalement saisie, ServiceSuivi service, ClaimsPrincipal user, HttpContext http) =>
        Refus(await service.SignalerCessecAsync(id, saisie.Date, saisie.Raison, user.Identity?.Name, http.RequestAborted), () => Results.NoContent());

    private static async Task<IResult> Entretien(int id, SaisieEntretien saisie, ServiceSuivi service, HttpContext http) =>
        Refus(await service.AjouterEntretienAsync(id, saisie.Date, saisie.Synthese, http.RequestAborted), () => Results.NoContent());

    private static async Task<IResult> Solution(int id, SaisieSolution saisie, ServiceSuivi service, HttpContext http) =>
        Refus(await service.AjouterSolutionAsync(id, saisie.Date, saisie.Type, saisie.Commentaire, http.RequestAborted), () => Results.NoContent());

    private static async Task<List<LigneDelaissement>> Delaissement(ServiceSuivi service, [FromQuery] DateOnly? au, HttpContext http) =>
        await service.DelaissementAsync(Jour(au), http.RequestAborted);

    private static async Task<List<LigneAutonomie>> Autonomie(ServiceSuivi service, [FromQuery] DateOnly? au, HttpContext http) =>
        await service.AutonomieAsync(Jour(au), http.RequestAborted);

    private static async Task<List<LigneAExaminer>> AExaminer(ServiceSuivi service, [FromQuery] DateOnly? au, HttpContext http) =>
        await service.AExaminerAsync(Jour(au), http.RequestAborted);

    private static async Task<IResult> Avis(int seanceId, SaisieAvis saisie, ServiceSuivi service, HttpContext http) =>
        Refus(await service.AvisAsync(seanceId, saisie.EnfantId, saisie.Avis, saisie.Motivation, http.RequestAborted), () => Results.NoContent());

    private static async Task<IResult> Recensement(ServiceSuivi service, [FromQuery] int? annee, HttpContext http)
    {
        if (annee is not { } n || n < 1900 || n > 2999)
            return Results.BadRequest(new ApiV1.ErreursDto("Paramètre invalide.", [new("annee", "annee : année sur quatre chiffres obligatoire.")]));
        return Results.Ok(await service.RecensementAsync(n, Permission.ConsulterObservatoire, http.RequestAborted));
    }
}
