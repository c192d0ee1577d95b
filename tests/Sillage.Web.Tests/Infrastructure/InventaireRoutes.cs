using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Sillage.Domaine.Securite;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>One route of the application with what protects it: the permissions of the matrix named by its
/// authorisation metadata (all must be held), or anonymous access.</summary>
public sealed record RouteProtegee(string Motif, IReadOnlyList<string> Methodes, IReadOnlyList<Permission> Permissions, bool Anonyme, IReadOnlyList<string> PolitiquesInconnues)
{
    public bool AParametres => Motif.Contains('{');
    public bool EstApi => Motif.StartsWith("/api", StringComparison.Ordinal) || Motif.StartsWith("/openapi", StringComparison.Ordinal);
    public bool AccepteGet => Methodes.Count == 0 || Methodes.Contains("GET");

    /// <summary>What the matrix says for a role: every permission of the route must be granted to the role.</summary>
    public bool AutoriseePour(string role) => Anonyme || Permissions.All(p => MatriceAutorisations.Permissions(role).Contains(p));
}

/// <summary>Every route of the application, read from its EndpointDataSource (pages, minimal API, OpenAPI):
/// routes merged later by other modules are covered without touching the tests.</summary>
public static partial class InventaireRoutes
{
    /// <summary>Routes open without login: the login page, supervision, error pages, the iCalendar feed (protected by its own token in the URL).</summary>
    public static readonly string[] Anonymes = ["/connexion", "/sante", "/erreur/{code:int?}", "/acces-refuse", "/agenda/{jeton}.ics"];

    /// <summary>Routes open to every logged-in account whatever its mission: its own account, the home page, the API's self-description.</summary>
    public static readonly string[] ToutCompte = ["/", "/compte/mot-de-passe", "/compte/jetons", "/deconnexion", "/api/v1/moi", "/api/v1/territoires", "/openapi/{documentName}.json"];

    public static List<RouteProtegee> Lister(IServiceProvider services)
    {
        var sources = services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .GroupBy(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .SelectMany(g => g.Select(e => Decrire(g.Key, e)))
            .GroupBy(r => (r.Motif, string.Join(",", r.Methodes)))
            .Select(g => g.First())
            .OrderBy(r => r.Motif, StringComparer.Ordinal)
            .ToList();
    }

    private static RouteProtegee Decrire(string motif, RouteEndpoint e)
    {
        var methodes = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToList() ?? [];
        var anonyme = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        var permissions = new List<Permission>();
        var inconnues = new List<string>();
        foreach (var a in e.Metadata.GetOrderedMetadata<IAuthorizeData>())
        {
            if (a.Policy is null) continue;
            if (Enum.TryParse<Permission>(a.Policy, out var p)) permissions.Add(p);
            else inconnues.Add(a.Policy);
        }
        return new RouteProtegee(motif, methodes, permissions.Distinct().ToList(), anonyme, inconnues);
    }

    [GeneratedRegex("\\{([^}:?=]+)[^}]*\\}")]
    private static partial Regex Parametre();

    /// <summary>The route with its parameters filled: a child's id for child routes (the seeded child of
    /// <paramref name="enfant"/>), "v1" for the OpenAPI document, 1 elsewhere; optional parameters dropped.</summary>
    public static string Concret(string motif, int enfant)
    {
        var url = Parametre().Replace(motif, m =>
        {
            if (m.Value.EndsWith("?}", StringComparison.Ordinal)) return "";
            var nom = m.Groups[1].Value;
            if (nom == "documentName") return "v1";
            var avant = motif[..m.Index];
            return nom == "id" && (avant.EndsWith("/enfants/", StringComparison.Ordinal)) ? enfant.ToString() : "1";
        });
        return url.Length > 1 ? url.TrimEnd('/') : url;
    }

    /// <summary>Is this route about one child (territory-scoped)?</summary>
    /// <summary>A route of one child's file: the child's id is its only parameter (a second id — a PPE version, a
    /// document — is not seeded, so 404 stays tolerated there).</summary>
    public static bool EstRouteEnfant(string motif) =>
        motif.Contains("/enfants/{id", StringComparison.Ordinal) && motif.Count(c => c == '{') == 1;
}
