using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

public class CompteTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    [Fact]
    public async Task Le_premier_administrateur_a_un_mot_de_passe_a_usage_unique_a_changer()
    {
        var ligne = serveur.SortieDemarrage.Split('\n').Single(l => l.Contains("mot de passe à usage unique :"));
        var mdp = ligne[(ligne.LastIndexOf(':') + 1)..].Trim();
        Assert.True(mdp.Length >= 12);
        using var c = await serveur.ConnecterAsync("admin", mdp);
        var r = await c.Http.GetAsync("/administration");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/compte/mot-de-passe", r.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await c.Http.GetAsync("/api/v1/moi")).StatusCode);

        var faible = await c.SoumettreAsync("/compte/mot-de-passe", [new("Saisie.Actuel", mdp), new("Saisie.Nouveau", "court"), new("Saisie.Confirmation", "court")]);
        Assert.Equal(HttpStatusCode.OK, faible.StatusCode);
        Assert.Contains("au moins 12 caractères", await faible.Content.ReadAsStringAsync());

        const string nouveau = "Nouveau-mot-de-passe-42";
        var ok = await c.SoumettreAsync("/compte/mot-de-passe", [new("Saisie.Actuel", mdp), new("Saisie.Nouveau", nouveau), new("Saisie.Confirmation", nouveau)]);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Http.GetAsync("/administration")).StatusCode);

        using var autre = serveur.Client();
        Assert.NotEqual(HttpStatusCode.Redirect, (await autre.ConnecterAsync("admin", mdp)).StatusCode);
    }

    [Fact]
    public async Task Le_compte_est_verrouille_apres_cinq_echecs()
    {
        await using (var scope = serveur.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Donnees.Entites.Utilisateur>>();
            var u = new Donnees.Entites.Utilisateur { UserName = "verrou", NomAffiche = "Verrou", CreeLe = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(u, ServeurSillage.MotDePasse)).Succeeded);
        }
        using var c = serveur.Client();
        for (var i = 0; i < 4; i++)
        {
            var r = await c.ConnecterAsync("verrou", "mauvais-mot-de-passe");
            Assert.Contains("Identifiant ou mot de passe incorrect", await r.Content.ReadAsStringAsync());
        }
        var cinquieme = await c.ConnecterAsync("verrou", "mauvais-mot-de-passe");
        Assert.Contains("Compte verrouillé", await cinquieme.Content.ReadAsStringAsync());
        var bon = await c.ConnecterAsync("verrou", ServeurSillage.MotDePasse);
        Assert.Equal(HttpStatusCode.OK, bon.StatusCode);
        Assert.Contains("Compte verrouillé", await bon.Content.ReadAsStringAsync());
        var journal = await serveur.JournalAsync();
        Assert.Equal(4, journal.Count(e => e.Type == 1001 && e.Login == "verrou"));
        Assert.True(journal.Count(e => e.Type == 1002 && e.Login == "verrou") >= 2);
    }

    [Fact]
    public void La_session_expire_apres_trente_minutes_d_inactivite()
    {
        var o = serveur.App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(30), o.ExpireTimeSpan);
        Assert.True(o.SlidingExpiration);
        Assert.Equal(Microsoft.AspNetCore.Http.SameSiteMode.Strict, o.Cookie.SameSite);
    }

    [Fact]
    public async Task La_session_est_un_cookie_de_session_et_la_deconnexion_la_ferme()
    {
        using var c = await serveur.ConnecterAsync("crip");
        var cookie = c.Cookies.GetAllCookies().Single(k => k.Name == "sillage");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(DateTime.MinValue, cookie.Expires);
        var r = await c.SoumettreAsync("/", [], "/deconnexion");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await c.Http.GetAsync("/enfants")).StatusCode);
    }

    [Fact]
    public async Task Un_jeton_personnel_ouvre_l_api_avec_les_droits_du_titulaire_et_se_revoque()
    {
        using var c = await serveur.ConnecterAsync("referent.sud");
        var html = await (await c.SoumettreAsync("/compte/jetons", [new("Nom", "script"), new("DureeJours", "30")], "/compte/jetons?handler=Creer")).Content.ReadAsStringAsync();
        var jeton = System.Text.RegularExpressions.Regex.Match(html, "sil_[0-9a-f]{48}").Value;
        Assert.NotEmpty(jeton);

        using var api = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = serveur.Adresse };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", jeton);
        var moi = await api.GetFromJsonAsync<JsonElement>("/api/v1/moi");
        Assert.Equal("referent.sud", moi.GetProperty("login").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/enfants/{serveur.EnfantSud}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/enfants/{serveur.EnfantNord}")).StatusCode);
        // A token does not open the pages.
        Assert.Equal(HttpStatusCode.Redirect, (await api.GetAsync("/enfants")).StatusCode);

        var id = System.Text.RegularExpressions.Regex.Match(html, "handler=Revoquer&amp;id=(\\d+)|id=(\\d+)&amp;handler=Revoquer").Groups.Values.Skip(1).First(g => g.Success).Value;
        var rev = await c.SoumettreAsync("/compte/jetons", [], $"/compte/jetons?handler=Revoquer&id={id}");
        Assert.Equal(HttpStatusCode.Redirect, rev.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/moi")).StatusCode);

        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sil_" + new string('0', 48));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/moi")).StatusCode);
    }

    [Fact]
    public async Task Le_document_openapi_decrit_l_api()
    {
        using var c = await serveur.ConnecterAsync("crip");
        var doc = await c.LireAsync("/openapi/v1.json");
        Assert.Contains("\"/api/v1/enfants\"", doc);
        Assert.Contains("\"/api/v1/enfants/{id}\"", doc);
        Assert.Contains("API Sillage", doc);
    }
}
