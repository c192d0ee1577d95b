using Sillage.Domaine;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Administration;
using Sillage.Web.Fonctionnalites.Conservation;

namespace Sillage.Web.Api;

/// <summary>
/// Retention (RGPD): /api/v1/conservation for the DPO (same service as the page: file numbers only) and the rule settings,
/// /api/v1/reglages, for the administrator (same service as Administration › Règles et délais).
/// </summary>
public static class ApiConservation
{
    public static RouteGroupBuilder MapSillageConservation(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/conservation").RequireAuthorization(nameof(Permission.GererConservation));
        g.MapGet("", Lister).WithSummary("Dossiers et leur état de conservation (etat=echus|archive|a-placer|placees|tous ; numéros de dossier seulement) et règles en vigueur.");
        g.MapPost("/archivage", Archiver).WithSummary("Place en archive intermédiaire (accès restreint) les dossiers dont la durée en base active est échue ; renvoie leur nombre.");
        g.MapPost("/{id:int}/reactivation", Reactiver).WithSummary("Sort un dossier de l'archive intermédiaire : motif obligatoire, inscrit au journal ; 400 {champ, message} sinon.");
        g.MapPost("/{id:int}/sort-final", SortFinal).WithSummary("Applique le sort final échu (élimination ou versement) : visa obligatoire, référence du bordereau pour un versement.");

        var r = api.MapGroup("/reglages").RequireAuthorization(nameof(Permission.Administrer));
        r.MapGet("", Reglages).WithSummary("Réglages des délais et des durées de conservation : code, libellé, bornes, valeur par défaut et valeur en vigueur.");
        r.MapPut("", EnregistrerReglages).WithSummary("Modifie des réglages ({code: valeur}) : tout ou rien, chaque changement est audité ; 400 avec les messages sinon.");
        return api;
    }

    public sealed record SaisieMotif(string? Motif);
    public sealed record SaisieSortFinal(string? Visa, string? Reference);

    private static IResult Refus(IReadOnlyList<ErreurValidation> e) =>
        Results.BadRequest(new { champ = e[0].Champ, message = e[0].Message, erreurs = e });

    private static async Task<IResult> Lister(string? etat, ServiceConservation service, CancellationToken ct)
    {
        var lignes = ServiceConservation.Filtrer(await service.ListerAsync(ServiceConservation.Aujourdhui, ct), etat);
        return Results.Ok(new
        {
            regles = (await service.ReglesAsync(ct)).Select(x => new { type = x.Type.ToString(), x.AnneesActives, x.AnneesIntermediaires, sort = x.Sort.ToString(), x.Source }),
            dossiers = lignes.Select(l => new
            {
                l.EnfantId, l.NumeroDossier, l.Territoire, type = l.Type.ToString(), l.DernierContact, l.EnCours, etat = l.Situation.Etat.ToString(),
                l.Situation.FinActive, l.Situation.FinIntermediaire, sort = l.Situation.Sort.ToString(), l.ArchiveLe, l.APlacerEnArchive,
            }),
        });
    }

    private static async Task<IResult> Archiver(ServiceConservation service, CancellationToken ct) =>
        Results.Ok(new { places = await service.PlacerEnArchiveAsync(ServiceConservation.Aujourdhui, ct: ct) });

    private static async Task<IResult> Reactiver(int id, SaisieMotif saisie, ServiceConservation service, CancellationToken ct)
    {
        var erreurs = await service.ReactiverAsync(id, saisie.Motif, ct);
        return erreurs.Count > 0 ? Refus(erreurs) : Results.NoContent();
    }

    private static async Task<IResult> SortFinal(int id, SaisieSortFinal saisie, ServiceConservation service, CancellationToken ct)
    {
        var erreurs = await service.AppliquerSortFinalAsync(id, saisie.Visa, saisie.Reference, ServiceConservation.Aujourdhui, ct);
        return erreurs.Count > 0 ? Refus(erreurs) : Results.NoContent();
    }

    private static async Task<IResult> Reglages(ServiceReglages reglages, CancellationToken ct)
    {
        var valeurs = await reglages.FormulaireAsync(ct);
        return Results.Ok(ServiceReglages.Bornes.Select(b => new { b.Code, b.Libelle, b.Minimum, b.Maximum, b.Unite, b.Defaut, valeur = valeurs.GetValueOrDefault(b.Code) }));
    }

    private static async Task<IResult> EnregistrerReglages(Dictionary<string, int?> valeurs, ServiceReglages reglages, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var inconnus = valeurs.Keys.Where(k => ServiceReglages.Bornes.All(b => b.Code != k)).ToList();
        if (inconnus.Count > 0)
            return Results.BadRequest(new { champ = inconnus[0], message = $"{inconnus[0]} : réglage inconnu (voir GET /api/v1/reglages).", erreurs = inconnus });
        var erreurs = await reglages.EnregistrerAsync(valeurs, user.Identity?.Name, ct);
        if (erreurs.Count > 0) return Results.BadRequest(new { champ = "valeurs", message = erreurs[0], erreurs });
        return await Reglages(reglages, ct);
    }
}
