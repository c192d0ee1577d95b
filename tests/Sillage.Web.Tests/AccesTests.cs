using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>Login required everywhere; roles and territories scope what each mission sees, in the UI and the API.</summary>
public class AccesTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    // The agenda feed is protected by its own token in the URL (404 without a valid one).
    private static readonly string[] Publiques = ["/connexion", "/sante", "/erreur/{code:int?}", "/acces-refuse", "/agenda/{jeton}.ics"];

    /// <summary>Every GET route of the application, with route parameters filled in.</summary>
    private List<string> Routes()
    {
        var sources = serveur.App.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>() is not { } m || m.HttpMethods.Contains("GET"))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct()
            .ToList();
    }

    private static string Concret(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, "\\{([^}:?]+)[^}]*\\}", m => m.Groups[1].Value == "documentName" ? "v1" : "1");

    [Fact]
    public void L_inventaire_des_routes_couvre_pages_api_et_openapi()
    {
        var routes = Routes();
        Assert.Contains("/enfants", routes);
        Assert.Contains("/api/v1/enfants/{id:int}", routes);
        Assert.Contains("/audit", routes);
        Assert.Contains(routes, r => r.StartsWith("/openapi"));
        Assert.True(routes.Count >= 15, string.Join(", ", routes));
    }

    [Fact]
    public async Task Toute_route_exige_une_connexion_sauf_connexion_et_sante()
    {
        using var c = serveur.Client();
        foreach (var route in Routes())
        {
            var r = await c.Http.GetAsync(Concret(route));
            if (Publiques.Contains(route))
            {
                Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{route} : {(int)r.StatusCode}");
                continue;
            }
            if (route.StartsWith("/api") || route.StartsWith("/openapi"))
                Assert.True(r.StatusCode == HttpStatusCode.Unauthorized, $"{route} : {(int)r.StatusCode} au lieu de 401");
            else
            {
                Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"{route} : {(int)r.StatusCode} au lieu d'une redirection");
                Assert.StartsWith("/connexion", r.Headers.Location!.IsAbsoluteUri ? r.Headers.Location.PathAndQuery : r.Headers.Location.OriginalString);
            }
        }
    }

    [Fact]
    public async Task Les_ecritures_anonymes_sont_refusees()
    {
        using var c = serveur.Client();
        var r = await c.Http.PostAsJsonAsync("/api/v1/enfants", new { nom = "X" });
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        var p = await c.Http.PostAsync("/administration/territoires", new FormUrlEncodedContent([new("Code", "X"), new("Libelle", "X")]));
        Assert.NotEqual(HttpStatusCode.OK, p.StatusCode);
        await using var db = serveur.Contexte();
        Assert.DoesNotContain(db.Territoires, t => t.Code == "X");
    }

    [Fact]
    public async Task Un_referent_du_nord_ne_voit_pas_un_enfant_du_sud_ni_dans_l_interface_ni_dans_l_api()
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        Assert.Equal(HttpStatusCode.OK, (await c.Http.GetAsync($"/enfants/{serveur.EnfantNord}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.Http.GetAsync($"/enfants/{serveur.EnfantSud}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Http.GetAsync($"/api/v1/enfants/{serveur.EnfantNord}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.Http.GetAsync($"/api/v1/enfants/{serveur.EnfantSud}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.Http.GetAsync($"/enfants/{serveur.EnfantSud}/modifier")).StatusCode);
        var recherche = await c.LireAsync("/enfants?q=garnier");
        Assert.DoesNotContain("GARNIER", recherche);
        var api = await c.Http.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/v1/enfants?q=garnier");
        Assert.Empty(api!);
        var refus = (await serveur.JournalAsync()).Where(e => e.Type == 2002 && e.CibleId == serveur.EnfantSud.ToString()).ToList();
        Assert.NotEmpty(refus);
        Assert.All(refus, e => Assert.Equal("referent.nord", e.Login));
    }

    [Fact]
    public async Task La_CRIP_voit_tout_le_departement()
    {
        using var c = await serveur.ConnecterAsync("crip");
        Assert.Equal(HttpStatusCode.OK, (await c.Http.GetAsync($"/enfants/{serveur.EnfantNord}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Http.GetAsync($"/enfants/{serveur.EnfantSud}")).StatusCode);
    }

    [Theory]
    [InlineData("odpe", "/enfants", HttpStatusCode.Forbidden)]
    [InlineData("odpe", "/api/v1/enfants?q=a", HttpStatusCode.Forbidden)]
    [InlineData("administrateur", "/enfants", HttpStatusCode.Forbidden)]
    [InlineData("administrateur", "/administration/utilisateurs", HttpStatusCode.OK)]
    [InlineData("referent.nord", "/administration/utilisateurs", HttpStatusCode.Forbidden)]
    [InlineData("referent.nord", "/api/v1/utilisateurs", HttpStatusCode.Forbidden)]
    [InlineData("referent.nord", "/audit", HttpStatusCode.Forbidden)]
    [InlineData("dpo", "/audit", HttpStatusCode.OK)]
    [InlineData("dpo", "/api/v1/audit", HttpStatusCode.OK)]
    [InlineData("dpo", "/enfants", HttpStatusCode.Forbidden)]
    [InlineData("lieux", "/enfants", HttpStatusCode.Forbidden)]
    [InlineData("evaluateur.nord", "/enfants/nouveau", HttpStatusCode.Forbidden)]
    [InlineData("cadre.nord", "/enfants/nouveau", HttpStatusCode.OK)]
    [InlineData("odpe", "/observatoire", HttpStatusCode.OK)]
    [InlineData("cadre.nord", "/observatoire", HttpStatusCode.OK)]
    [InlineData("referent.nord", "/observatoire", HttpStatusCode.Forbidden)]
    [InlineData("referent.nord", "/echeances", HttpStatusCode.OK)]
    [InlineData("odpe", "/echeances", HttpStatusCode.Forbidden)]
    [InlineData("referent.nord", "/mesures", HttpStatusCode.OK)]
    [InlineData("referent.nord", "/mesures/nouvelle?enfant=1", HttpStatusCode.Forbidden)]
    [InlineData("lieux", "/mesures", HttpStatusCode.Forbidden)]
    [InlineData("referent.nord", "/administration/regles", HttpStatusCode.Forbidden)]
    [InlineData("administrateur", "/administration/regles", HttpStatusCode.OK)]
    public async Task Chaque_mission_n_accede_qu_a_ses_pages(string login, string url, HttpStatusCode attendu)
    {
        using var c = await serveur.ConnecterAsync(login);
        var r = await c.Http.GetAsync(url);
        var statut = r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("acces-refuse")
            ? HttpStatusCode.Forbidden : r.StatusCode;
        Assert.Equal(attendu, statut);
    }

    [Fact]
    public async Task Le_menu_ne_montre_que_les_modules_de_la_mission()
    {
        using var referent = await serveur.ConnecterAsync("referent.nord");
        var html = await referent.LireAsync("/");
        Assert.Contains("href=\"/enfants\"", html);
        Assert.DoesNotContain("href=\"/administration\"", html);
        Assert.DoesNotContain("href=\"/audit\"", html);
        using var dpo = await serveur.ConnecterAsync("dpo");
        html = await dpo.LireAsync("/");
        Assert.Contains("href=\"/audit\"", html);
        Assert.DoesNotContain("href=\"/enfants\"", html);
    }
}
