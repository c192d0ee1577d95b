using System.Security.Claims;
using Sillage.Domaine;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Droits;

namespace Sillage.Web.Api;

/// <summary>The register of rights requests and the complete-file export: /api/v1/droits (DPO), same services as the pages.</summary>
public static class ApiDroits
{
    public static RouteGroupBuilder MapSillageDroits(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/droits").RequireAuthorization(nameof(Permission.GererDemandesDroits));
        g.MapGet("", Lister).WithSummary("Registre des demandes de droits (accès, rectification…) avec leur échéance d'un mois, en retard d'abord.");
        g.MapPost("", Creer).WithSummary("Enregistre une demande : type, dateReception, demandeurNom, demandeurQualite, numeroDossier (facultatif), notes ; 400 {champ, message} si invalide.");
        g.MapPut("/{id:int}/statut", Statut).WithSummary("Change le statut d'une demande (version attendue obligatoire ; 409 si elle a changé).");
        g.MapGet("/{id:int}/export", Exporter).WithSummary("Dossier complet d'une demande d'accès : ZIP avec dossier.pdf (tiers marqués à occulter), documents/ et LISEZMOI.txt (export tracé).");
        return api;
    }

    private static async Task<IResult> Lister(ServiceDroits service, CancellationToken ct) =>
        Results.Ok(await service.ListerAsync(ServiceDroits.Aujourdhui, ct));

    private static IResult Refus(IReadOnlyList<ErreurValidation> e) =>
        Results.BadRequest(new { champ = e[0].Champ, message = e[0].Message, erreurs = e });

    private static async Task<IResult> Creer(SaisieDemande saisie, ServiceDroits service, ClaimsPrincipal user, CancellationToken ct)
    {
        var (erreurs, id) = await service.EnregistrerAsync(saisie, user.Identity?.Name, ct);
        if (id is null) return Refus(erreurs);
        var l = (await service.LireAsync(id.Value, ct))!.Value.Ligne;
        return Results.Created($"/api/v1/droits/{id}", l);
    }

    private static async Task<IResult> Statut(int id, SaisieStatut saisie, ServiceDroits service, CancellationToken ct)
    {
        var erreurs = await service.ChangerStatutAsync(id, saisie, ct);
        if (erreurs is null) return Results.NotFound();
        if (erreurs.Any(e => e.EstConflit)) return Results.Conflict(new { champ = erreurs[0].Champ, message = erreurs[0].Message });
        if (erreurs.Count > 0) return Refus(erreurs);
        return Results.Ok((await service.LireAsync(id, ct))!.Value.Ligne);
    }

    private static async Task<IResult> Exporter(int id, ServiceDroits service, ExportDossierComplet export, HttpContext http, CancellationToken ct)
    {
        if (await service.LireAsync(id, ct) is not { } x) return Results.NotFound();
        var zip = await export.ZipAsync(http, x.Demande, ct);
        return zip is null
            ? Results.BadRequest(new { champ = "type", message = "Export du dossier complet : réservé à une demande d'accès dont le dossier est identifié." })
            : Results.File(zip, "application/zip", $"dossier-complet-demande-{id}.zip");
    }
}
