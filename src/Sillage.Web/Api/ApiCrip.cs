using Microsoft.AspNetCore.Mvc;
using Sillage.Domaine.Crip;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Crip;

namespace Sillage.Web.Api;

/// <summary>The CRIP workflow under /api/v1/crip: the same service and rules as the pages (400 with {champ, message}, 409 on a stale version).</summary>
public static class ApiCrip
{
    public sealed record EnfantIpDto(int EnfantId, string NumeroDossier, DateOnly Echeance, string Etat, DateOnly? DateFinEvaluation, bool? DangerConfirme,
        string? Proposition, string? Conclusion, DateOnly? DateDecision, string? FondementSaisine, int? MesureId);
    public sealed record InformationDto(int Id, string Numero, DateOnly DateReception, TimeOnly? HeureReception, string? Canal, string Origine, string Qualification,
        string? Analyse, string Statut, bool? InformateurProfessionnel, IReadOnlyList<string> Faits, IReadOnlyList<EnfantIpDto> Enfants,
        IReadOnlyList<string> Evaluateurs, IReadOnlyList<string> Alertes, IReadOnlyList<object> Retours, int Version);

    public static RouteGroupBuilder MapSillageCrip(this RouteGroupBuilder api)
    {
        var crip = api.MapGroup("/crip").RequireAuthorization(nameof(Permission.ConsulterCrip));
        crip.MapGet("/tableau", Tableau).WithSummary("Tableau de bord CRIP : informations par statut, évaluations par échéance, retours, chiffres du mois (mois=AAAA-MM).");
        crip.MapGet("/informations/{id:int}", Lire).WithSummary("Une information et ses enfants (délais, conclusions, décisions) ; consultation tracée.");
        crip.MapPost("/informations", Recueillir).RequireAuthorization(nameof(Permission.TraiterInformation)).WithSummary("Recueil d'une information entrante.");
        crip.MapPost("/informations/{id:int}/qualification", (int id, SaisieAnalyse s, ServiceCrip sv) => Repondre(sv.QualifierAsync(id, s)))
            .RequireAuthorization(nameof(Permission.TraiterInformation)).WithSummary("Première analyse : IP, NON_IP ou DEJA_CONNUE avec motif.");
        crip.MapPost("/informations/{id:int}/parquet", (int id, SaisieSaisineParquet s, ServiceCrip sv) => Repondre(sv.SaisirParquetAsync(id, s)))
            .WithSummary("Danger grave et immédiat : saisine immédiate du Parquet (CRIP ou cadre).");
        crip.MapPost("/informations/{id:int}/evaluateurs", (int id, SaisieEvaluateurs s, ServiceCrip sv) => Repondre(sv.DesignerAsync(id, s)))
            .RequireAuthorization(nameof(Permission.TraiterInformation)).WithSummary("Désignation d'au moins deux évaluateurs (alerte si l'un est référent de la famille).");
        crip.MapPost("/informations/{id:int}/evaluation", (int id, SaisieEvaluation s, ServiceCrip sv) => Repondre(sv.EvaluerAsync(id, s)))
            .RequireAuthorization(nameof(Permission.EvaluerInformation)).WithSummary("Liste de contrôle de l'évaluation et conclusion commune par enfant (évaluateurs désignés).");
        crip.MapPost("/informations/{id:int}/decision", (int id, SaisieDecision s, ServiceCrip sv) => Repondre(sv.DeciderAsync(id, s)))
            .RequireAuthorization(nameof(Permission.DeciderSuiteInformation)).WithSummary("Décision de la suite par enfant (cadre) ; une prestation administrative ouvre la mesure.");
        crip.MapPost("/informations/{id:int}/demande-retour", (int id, SaisieRetour s, ServiceCrip sv) => Repondre(sv.DemanderRetourAsync(id, s)))
            .RequireAuthorization(nameof(Permission.TraiterInformation)).WithSummary("Demande de retour d'un informateur non professionnel (réponse due sous 3 mois, CASF L226-5).");
        crip.MapPost("/informations/{id:int}/retours/{retour:int}", (int id, int retour, SaisieRetour s, ServiceCrip sv) => Repondre(sv.RetourFaitAsync(id, retour, s)))
            .RequireAuthorization(nameof(Permission.TraiterInformation)).WithSummary("Marque un retour (parents, informateur) comme fait.");
        return api;
    }

    private static async Task<IResult> Repondre(Task<ResultatCrip?> tache)
    {
        var r = await tache;
        if (r is null) return Results.NotFound();
        if (r.Conflit) return Results.Conflict(new ApiV1.ErreursDto("Conflit de version.", r.Erreurs));
        if (!r.Reussi) return Results.BadRequest(new ApiV1.ErreursDto("Étape non enregistrée.", r.Erreurs));
        return Results.Ok(new { id = r.Id, avertissements = r.Avertissements ?? [] });
    }

    private static async Task<IResult> Recueillir(SaisieRecueil s, ServiceCrip service)
    {
        var r = await service.RecueillirAsync(s);
        return r.Reussi ? Results.Created($"/api/v1/crip/informations/{r.Id}", new { id = r.Id }) : Results.BadRequest(new ApiV1.ErreursDto("Information non enregistrée.", r.Erreurs));
    }

    private static async Task<IResult> Lire(int id, ServiceCrip service)
    {
        var v = await service.LireAsync(id);
        if (v is null) return Results.NotFound();
        var i = v.Info;
        return Results.Ok(new InformationDto(i.Id, v.Numero, i.DateReception, i.HeureReception, i.Canal, i.Origine, i.Qualification, i.Analyse, v.Statut, i.InformateurProfessionnel,
            (i.Faits ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
            v.Enfants.Select(e => new EnfantIpDto(e.Enfant.Id, e.Enfant.NumeroDossier, e.Echeance, ReglesCrip.Libelle(e.Etat), e.Ligne.DateFinEvaluation, e.Ligne.DangerConfirme,
                e.Ligne.Proposition, e.Ligne.Conclusion, e.Ligne.DateDecision, e.Ligne.FondementSaisine, e.Ligne.MesureId)).ToList(),
            v.Evaluateurs.Select(e => e.Nom).ToList(), v.AlertesReferent,
            v.Retours.Select(r => (object)new { r.Id, r.Type, r.Echeance, r.DateFaite, r.Version }).ToList(), i.Version));
    }

    private static async Task<IResult> Tableau(TableauDeBordCrip tableau, [FromQuery] string? mois)
    {
        var jour = DateOnly.FromDateTime(DateTime.Today);
        var m = DateOnly.TryParseExact((mois ?? "") + "-01", "yyyy-MM-dd", out var x) ? x : new DateOnly(jour.Year, jour.Month, 1);
        var t = await tableau.ChargerAsync(jour, m);
        return Results.Ok(new
        {
            statuts = ServiceCrip.Statuts.ToDictionary(s => s, s => t.Informations.Count(i => i.Statut == s)),
            evaluations = t.Evaluations.Select(e => new { e.InformationId, e.EnfantId, e.NumeroDossier, e.Territoire, e.Echeance, etat = ReglesCrip.Libelle(e.Etat), e.Evaluateurs }),
            retours = t.Retours,
            mois = t.Mois.Select(v => new { v.Code, v.Valeur }),
        });
    }
}
