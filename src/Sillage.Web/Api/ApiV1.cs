using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Web.Fonctionnalites.Audit;
using Sillage.Web.Fonctionnalites.Enfants;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Api;

/// <summary>
/// The JSON API under /api/v1: the same services and the same authorisation as the pages,
/// with a cookie or a personal token; described at /openapi/v1.json.
/// </summary>
public static class ApiV1
{
    public static IServiceCollection AddSillageApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "API Sillage";
            doc.Info.Description = "API de Sillage : mêmes droits que l'interface (rôle et territoire). Authentification par cookie de session ou par jeton personnel (Authorization: Bearer sil_…).";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        return services;
    }

    public static WebApplication MapSillageApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");

        var api = app.MapGroup("/api/v1").WithTags("Sillage");

        api.MapGet("/moi", Moi).WithSummary("Le compte connecté : rôles, territoires, permissions.");
        api.MapGet("/territoires", Territoires).WithSummary("Les territoires du département.");

        var enfants = api.MapGroup("/enfants").RequireAuthorization(nameof(Permission.LireDossierEnfant));
        enfants.MapGet("", ChercherEnfants).WithSummary("Recherche d'enfants dans les territoires de l'utilisateur.");
        enfants.MapGet("/{id:int}", LireEnfant).WithSummary("Dossier d'un enfant (consultation tracée).");
        enfants.MapGet("/{id:int}/chronologie", LireChronologie).WithSummary("Chronologie du dossier d'un enfant : informations, mesures, séjours, PPE, rapports, entretiens, CESSEC, documents (consultation tracée).");
        enfants.MapPost("", CreerEnfant).RequireAuthorization(nameof(Permission.ModifierDossierEnfant)).WithSummary("Crée le dossier d'un enfant.");
        enfants.MapPut("/{id:int}", ModifierEnfant).RequireAuthorization(nameof(Permission.ModifierDossierEnfant)).WithSummary("Modifie l'identité d'un enfant (version attendue obligatoire).");

        var mesures = api.MapGroup("/mesures").RequireAuthorization(nameof(Permission.LireDossierEnfant));
        mesures.MapGet("/attente", Attente).WithSummary("Registre des mesures en attente d'exécution (type, service).");
        mesures.MapPost("/{id:int}/execution", Execution).RequireAuthorization(nameof(Permission.ModifierDossierEnfant))
            .WithSummary("Début ou fin d'exécution d'une mesure (version attendue obligatoire).");
        enfants.MapPost("/{id:int}/mesures", CreerMesure).RequireAuthorization(nameof(Permission.DeciderMesure))
            .WithSummary("Enregistre une décision et la mesure qu'elle ordonne.");
        var lieux = api.MapGroup("/lieux").RequireAuthorization(nameof(Permission.ConsulterLieux));
        lieux.MapGet("", Lieux).WithSummary("Lieux ouverts et places libres à une date (jour=AAAA-MM-JJ, type, territoire).");
        lieux.MapGet("/recherche", RechercherPlaces).WithSummary("Recherche de places : ages=8F,11M, date, territoire, type, besoins, ensemble, urgence.");
        api.MapGet("/echeances", Echeances).RequireAuthorization(nameof(Permission.LireDossierEnfant))
            .WithSummary("Échéances ouvertes des enfants de l'utilisateur (au=AAAA-MM-JJ, territoire, type, etat, mes=true, referent=identifiant) : délais du contrat de REGLES.md plus recueil d'urgence, accueil 72 h, OPP et rapport d'échéance.");
        api.MapGet("/indicateurs", Indicateurs).RequireAuthorization(nameof(Permission.ConsulterObservatoire))
            .WithSummary("Indicateurs de l'observatoire pour une année (annee=N), tous territoires.");
        api.MapGet("/audit", Journal).RequireAuthorization(nameof(Permission.LireJournalAudit)).WithSummary("Journal d'audit filtré (DPO).");
        api.MapSillageEchange();
        api.MapSillageSchema();
        api.MapSillageCrip();
        api.MapSillageOlinpe();
        api.MapSillageParcours();
        api.MapSillageObservatoire();
        api.MapSillageDroits();
        api.MapSillageConservation();
        api.MapGet("/utilisateurs", Utilisateurs).RequireAuthorization(nameof(Permission.Administrer)).WithSummary("Comptes et rôles (administration).");
        return app;
    }

    public sealed record MoiDto(string Login, string Nom, IReadOnlyList<string> Roles, IReadOnlyList<string> Territoires, IReadOnlyList<string> Permissions);
    public sealed record TerritoireDto(int Id, string Code, string Libelle);
    public sealed record EnfantDto(int Id, string NumeroDossier, string? SourceId, string Nom, string Prenoms, string Sexe, DateOnly DateNaissance,
        int TerritoireId, string Territoire, string? Famille, bool Mna, int Version, IReadOnlyList<Frere> Fratrie,
        string? StatutJuridique, string? Referent, IReadOnlyList<ParentDossier> Parents, IReadOnlyList<MesureEnCours> MesuresEnCours, SejourEnCours? SejourEnCours);
    public sealed record ErreursDto(string Message, IReadOnlyList<Sillage.Domaine.ErreurValidation> Erreurs, IReadOnlyList<LigneEnfant>? Semblables = null);

    private static async Task<MoiDto> Moi(ClaimsPrincipal user, PorteeAcces portee, SillageDbContext db)
    {
        var territoires = await db.UtilisateursTerritoires.AsNoTracking().Where(t => t.UtilisateurId == portee.UtilisateurId)
            .Select(t => t.Territoire!.Code).OrderBy(c => c).ToListAsync();
        return new(user.Identity?.Name ?? "", user.FindFirstValue(Securite.ClaimNom) ?? "", portee.Roles, territoires,
            Enum.GetValues<Permission>().Where(portee.Peut).Select(p => p.ToString()).ToList());
    }

    private static async Task<List<TerritoireDto>> Territoires(SillageDbContext db) =>
        await db.Territoires.AsNoTracking().OrderBy(t => t.Code).Select(t => new TerritoireDto(t.Id, t.Code, t.Libelle)).ToListAsync();

    private static async Task<IResult> ChercherEnfants(RechercheEnfants recherche, [FromQuery] string? q, [FromQuery] DateOnly? dateNaissance, [FromQuery] string? numero)
    {
        var c = new CriteresRecherche(q, dateNaissance, numero);
        if (c.EstVide)
            return Results.BadRequest(new ErreursDto("Précisez au moins un critère.", [new("q", "q, dateNaissance ou numero : au moins un critère est obligatoire.")]));
        return Results.Ok(await recherche.ChercherAsync(c));
    }

    private static async Task<IResult> LireEnfant(int id, DossierEnfant dossier)
    {
        var vue = await dossier.OuvrirAsync(id, "api");
        return vue is null ? Results.NotFound() : Results.Ok(Dto(vue));
    }

    private static async Task<IResult> LireChronologie(int id, ChronologieEnfant chronologie, DossierEnfant dossier, [FromQuery] string? ordre)
    {
        var r = await chronologie.OuvrirAsync(id, "api-chronologie", ordre != "chrono");
        if (r is not null) return Results.Ok(r.Value.Chronologie);
        return await dossier.SurvivantAsync(id) is { } survivant
            ? Results.Redirect($"/api/v1/enfants/{survivant}/chronologie", permanent: true)
            : Results.NotFound();
    }

    private static async Task<IResult> CreerEnfant(SaisieEnfant saisie, EditionEnfant edition, DossierEnfant dossier)
    {
        var r = await edition.CreerAsync(saisie);
        if (!r.Reussi) return Results.UnprocessableEntity(new ErreursDto("Dossier non créé.", r.Erreurs, r.Semblables));
        return Results.Created($"/api/v1/enfants/{r.Enfant!.Id}", Dto((await dossier.OuvrirAsync(r.Enfant.Id, "api"))!));
    }

    private static async Task<IResult> ModifierEnfant(int id, SaisieEnfant saisie, EditionEnfant edition, DossierEnfant dossier)
    {
        var r = await edition.ModifierAsync(id, saisie);
        if (r is null) return Results.NotFound();
        if (!r.Reussi)
        {
            var conflit = r.Erreurs.Any(e => e.EstConflit);
            return conflit
                ? Results.Conflict(new ErreursDto("Conflit de version.", r.Erreurs))
                : Results.UnprocessableEntity(new ErreursDto("Dossier non modifié.", r.Erreurs));
        }
        return Results.Ok(Dto((await dossier.OuvrirAsync(id, "api"))!));
    }

    private static EnfantDto Dto(VueDossier v) => new(v.Enfant.Id, v.Enfant.NumeroDossier, v.Enfant.SourceId, v.Enfant.Nom, v.Enfant.Prenoms,
        v.Enfant.Sexe, v.Enfant.DateNaissance, v.Enfant.TerritoireId, v.Territoire, v.Enfant.Famille, v.Enfant.Mna, v.Enfant.Version, v.Fratrie,
        v.Enfant.StatutJuridique, v.Referent, v.Parents, v.Mesures, v.Sejour);

    private static async Task<List<Fonctionnalites.Echeances.LigneEcheance>> Echeances(Fonctionnalites.Echeances.ServiceEcheances service,
        [FromQuery] DateOnly? au, [FromQuery] int? territoire, [FromQuery] string? type, [FromQuery] string? etat, [FromQuery] bool? mes, [FromQuery] string? referent) =>
        await service.ListerAsync(new(au ?? DateOnly.FromDateTime(DateTime.Today), territoire, mes ?? false, type, etat, referent));

    private static async Task<IResult> Indicateurs(Fonctionnalites.Observatoire.ServiceObservatoire service, [FromQuery] int? annee)
    {
        if (annee is not { } n || n < 1900 || n > 2999)
            return Results.BadRequest(new ErreursDto("Paramètre invalide.", [new("annee", "annee : année sur quatre chiffres obligatoire.")]));
        return Results.Ok((await service.AnneeAsync(n)).Select(v => new { v.Code, v.Territoire, v.Valeur, libelle = Sillage.Domaine.Observatoire.Indicateurs.Trouver(v.Code)?.Libelle }));
    }

    private static async Task<List<Fonctionnalites.Lieux.LigneLieu>> Lieux(Fonctionnalites.Lieux.ServiceLieux service, [FromQuery] DateOnly? jour, [FromQuery] string? type, [FromQuery] string? territoire) =>
        await service.ListeAsync(jour ?? DateOnly.FromDateTime(DateTime.Today), type, territoire);

    private static async Task<IResult> RechercherPlaces(Fonctionnalites.Lieux.ServiceLieux service, [FromQuery] string? ages, [FromQuery] DateOnly? date,
        [FromQuery] string? territoire, [FromQuery] string? type, [FromQuery] string? besoins, [FromQuery] bool? ensemble, [FromQuery] bool? urgence)
    {
        var enfants = Sillage.Domaine.Lieux.EnfantCherche.Lire(ages);
        if (enfants.Count == 0) return Results.BadRequest(new ErreursDto("Paramètre invalide.", [new("ages", "ages : au moins un enfant, par exemple ages=8F,11M.")]));
        var resultats = await service.RechercherAsync(new(date ?? DateOnly.FromDateTime(DateTime.Today), enfants, territoire, type,
            (besoins ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), ensemble ?? true, urgence ?? false));
        return Results.Ok(resultats.Select(p => new { lieuId = p.Lieu.Id, p.Lieu.Nom, p.Lieu.Type, p.Lieu.Territoire, p.Libres, p.Convient, p.ToutLaFratrie, p.Raisons }));
    }

    public sealed record ExecutionDto(int Version, DateOnly? Debut, DateOnly? Fin, string? MotifFin);

    private static async Task<List<Fonctionnalites.Mesures.LigneAttente>> Attente(Fonctionnalites.Mesures.ServiceMesures service, [FromQuery] string? type, [FromQuery(Name = "service")] string? executant) =>
        await service.EnAttenteAsync(DateOnly.FromDateTime(DateTime.Today), type, null, executant);

    private static async Task<IResult> CreerMesure(int id, Fonctionnalites.Mesures.SaisieMesure saisie, Fonctionnalites.Mesures.ServiceMesures service)
    {
        var (mesure, erreurs) = await service.CreerAsync(id, saisie);
        if (erreurs is null) return Results.NotFound();
        if (mesure is null) return Results.UnprocessableEntity(new ErreursDto("Décision non enregistrée.", erreurs));
        return Results.Created($"/api/v1/mesures/{mesure.Id}", new { mesure.Id, mesure.Type, mesure.DateDecision, mesure.DateDebut, mesure.DateFinPrevue, mesure.Version });
    }

    private static async Task<IResult> Execution(int id, ExecutionDto corps, Fonctionnalites.Mesures.ServiceMesures service)
    {
        var erreurs = await service.ChangerAsync(id, corps.Version, corps.Debut, corps.Fin, corps.MotifFin);
        if (erreurs is null) return Results.NotFound();
        if (erreurs.Any(e => e.EstConflit)) return Results.Conflict(new ErreursDto("Conflit de version.", erreurs));
        return erreurs.Count > 0 ? Results.UnprocessableEntity(new ErreursDto("Mesure non modifiée.", erreurs)) : Results.NoContent();
    }

    private static async Task<IResult> Journal(RechercheJournal recherche, JournalAudit audit,
        [FromQuery] DateOnly? du, [FromQuery] DateOnly? au, [FromQuery] string? login, [FromQuery] int? type,
        [FromQuery] string? cible, [FromQuery] string? cibleId, [FromQuery] int? numero)
    {
        var f = new FiltreJournal(du, au, login, type, cible, cibleId, numero ?? 1);
        await audit.EnregistrerAsync(TypeEvenementAudit.ConsultationJournalAudit, "Journal", null, f);
        var (lignes, total) = await recherche.ChercherAsync(f);
        return Results.Ok(new { total, page = f.Page, lignes });
    }

    private static async Task<IResult> Utilisateurs(SillageDbContext db) =>
        Results.Ok(await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { id = u.Id, login = u.UserName, nom = u.NomAffiche, actif = u.Actif }).ToListAsync());
}
