using Microsoft.AspNetCore.Mvc;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Observatoire;

namespace Sillage.Web.Api;

/// <summary>/api/v1/observatoire: the data-quality counts and the DREES comparisons (aggregates only, same services as the pages).</summary>
public static class ApiObservatoire
{
    public static void MapSillageObservatoire(this RouteGroupBuilder api)
    {
        var o = api.MapGroup("/observatoire").RequireAuthorization(nameof(Permission.ConsulterObservatoire));
        o.MapGet("/fiabilite", Fiabilite).WithSummary("Fiabilité des données : comptes par contrôle et territoire à une date (au=AAAA-MM-JJ, par défaut aujourd'hui).");
        o.MapGet("/comparaisons", Comparaisons).WithSummary("Le département (annee=N) face à la France et aux départements de taille voisine (DREES 2020).");
    }

    private static async Task<IResult> Fiabilite(FiabiliteDonnees fiabilite, [FromQuery] DateOnly? au)
    {
        var c = await fiabilite.CompterAsync(au ?? DateOnly.FromDateTime(DateTime.Today));
        return Results.Ok(c.Comptes.Select(kv => new { controle = kv.Key.Controle, territoire = kv.Key.Territoire is { } t ? c.Territoires.GetValueOrDefault(t, "?") : "*", nombre = kv.Value })
            .OrderBy(x => x.controle, StringComparer.Ordinal).ThenBy(x => x.territoire, StringComparer.Ordinal));
    }

    private static async Task<IResult> Comparaisons(ComparaisonsDrees comparaisons, [FromQuery] int? annee)
    {
        if (annee is not { } n || n < 1900 || n > 2999)
            return Results.BadRequest(new ApiV1.ErreursDto("Paramètre invalide.", [new("annee", "annee : année sur quatre chiffres obligatoire.")]));
        var r = await comparaisons.ComparerAsync(n);
        return Results.Ok(ComparaisonsDrees.Lignes.Select(l => new
        {
            indicateur = l.Libelle, departement = l.Sillage(r.Valeurs), france = l.Drees(r.France),
            semblables = r.Semblables.ToDictionary(s => s.CodeDepartement, s => l.Drees(s)),
        }));
    }
}
