using Microsoft.AspNetCore.Mvc;
using Sillage.Domaine;
using Sillage.Domaine.Schema;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Schema;

namespace Sillage.Web.Api;

/// <summary>/api/v1/schemas: the schéma départemental (import, plan in the file format, suivi, bilan).</summary>
public static class ApiSchema
{
    public sealed record PlanDto(int Id, string CodeDepartement, string NomDepartement, string Titre, int Debut, int Fin, string? Adoption);
    public sealed record ErreurDto(string Champ, string Message);

    public static RouteGroupBuilder MapSillageSchema(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/schemas").RequireAuthorization(nameof(Permission.ConsulterSchema));
        g.MapGet("", Lister).WithSummary("Les schémas départementaux importés.");
        g.MapPost("", Importer).RequireAuthorization(nameof(Permission.AdministrerSchema))
            .WithSummary("Importe un schéma (corps : le fichier JSON du format FORMAT.md) ; 400 avec la liste {champ, message} (chemin JSON) sinon.");
        g.MapGet("/{id:int}", Lire).WithSummary("Le schéma au format du fichier d'import, modifications comprises.");
        g.MapGet("/{id:int}/suivi", Suivi).WithSummary("Fiches, actions (statut, version), indicateurs (cible, code de l'observatoire, valeurs annuelles).");
        g.MapGet("/{id:int}/bilan", Bilan).WithSummary("Bilan par axe et par fiche : actions par statut, taux de réalisation (annee=N : statuts au 31/12 ; sinon fin de schéma).");
        g.MapPut("/actions/{id:int}", SuivreAction).WithSummary("Statut d'une action et note d'avancement (ADMIN ou pilote de la fiche ; version attendue).");
        g.MapPut("/indicateurs/{id:int}", ModifierIndicateur).WithSummary("Cible d'un indicateur et lien à un code de l'observatoire (ADMIN ou pilote ; version attendue).");
        return api;
    }

    private static IResult Erreurs(IReadOnlyList<ErreurValidation> erreurs) =>
        erreurs.Any(e => e.EstConflit)
            ? Results.Conflict(erreurs.Select(e => new ErreurDto(e.Champ, e.Message)))
            : Results.BadRequest(erreurs.Select(e => new ErreurDto(e.Champ, e.Message)));

    private static async Task<List<PlanDto>> Lister(ServiceSchema service) =>
        (await service.PlansAsync()).Select(p => new PlanDto(p.Id, p.CodeDepartement, p.NomDepartement, p.Titre, p.AnneeDebut, p.AnneeFin, p.Adoption)).ToList();

    private static async Task<IResult> Importer(HttpRequest requete, ImportSchema import, [FromQuery] string? nom)
    {
        using var lecteur = new StreamReader(requete.Body);
        var json = await lecteur.ReadToEndAsync();
        var r = await import.ImporterAsync(json, nom ?? "api.json", requete.HttpContext.User.Identity?.Name);
        return r.Reussi ? Results.Created($"/api/v1/schemas/{r.PlanId}", new { id = r.PlanId }) : Erreurs(r.Erreurs);
    }

    private static async Task<IResult> Lire(int id, ServiceSchema service) =>
        await service.PlanAsync(id, valeursObservatoire: false) is { } v
            ? Results.Text(EcrivainSchema.Ecrire(v.EnFormat()), "application/json; charset=utf-8")
            : Results.NotFound();

    private static async Task<IResult> Suivi(int id, ServiceSchema service)
    {
        if (await service.PlanAsync(id) is not { } v) return Results.NotFound();
        return Results.Ok(v.Fiches.Select(f => new
        {
            f.Fiche.Id, f.Fiche.Numero, f.Fiche.Titre, f.Fiche.Version, manques = f.Manques,
            actions = f.Actions.Select(a => new { a.Action.Id, a.Action.Numero, a.Action.Titre, statut = a.Action.Statut, a.Action.Version, notes = a.Notes.Select(n => new { n.Date, n.Statut, n.Texte, n.Auteur }) }),
            indicateurs = f.Indicateurs.Select(i => new { i.Indicateur.Id, i.Indicateur.Libelle, i.Indicateur.Type, i.Indicateur.Cible, i.Indicateur.CodeObservatoire, i.Indicateur.Version, valeurs = i.Valeurs }),
        }));
    }

    private static async Task<IResult> Bilan(int id, ServiceSchema service, [FromQuery] int? annee)
    {
        if (await service.PlanAsync(id) is not { } v) return Results.NotFound();
        if (annee is { } a && !v.Annees.Contains(a)) return Results.BadRequest(new[] { new ErreurDto("annee", $"annee : elle doit être dans la période du schéma ({v.Plan.AnneeDebut}–{v.Plan.AnneeFin}).") });
        var m = new ModeleBilan(v, annee);
        object Avancement(IEnumerable<VueFiche> fiches)
        {
            var av = m.Avancement(fiches);
            return new { actions = av.Total, statuts = SuiviSchema.Statuts.ToDictionary(s => s.Code, s => av.Nombre(s.Statut)), tauxRealisation = av.TauxRealisation };
        }
        return Results.Ok(new
        {
            annee, ensemble = Avancement(v.Fiches),
            axes = v.Axes.Select(x => new
            {
                x.Axe.Numero, x.Axe.Titre, avancement = Avancement(x.Fiches),
                fiches = x.Fiches.Select(f => new { f.Fiche.Numero, f.Fiche.Titre, avancement = Avancement([f]), manques = f.Manques }),
            }),
        });
    }

    private static async Task<IResult> SuivreAction(int id, SaisieSuivi saisie, ServiceSchema service)
    {
        var (existe, peut) = await service.DroitActionAsync(id);
        if (!existe) return Results.NotFound();
        if (!peut) return Results.Forbid();
        var e = await service.SuivreActionAsync(id, saisie);
        return e.Count == 0 ? Results.NoContent() : Erreurs(e);
    }

    private static async Task<IResult> ModifierIndicateur(int id, SaisieIndicateur saisie, ServiceSchema service)
    {
        var (existe, peut) = await service.DroitIndicateurAsync(id);
        if (!existe) return Results.NotFound();
        if (!peut) return Results.Forbid();
        var e = await service.ModifierIndicateurAsync(id, saisie);
        return e.Count == 0 ? Results.NoContent() : Erreurs(e);
    }
}
