using System.Net;
using System.Text.RegularExpressions;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

public partial class SecuriteHttpTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    [Theory]
    [InlineData("/connexion")]
    [InlineData("/sante")]
    [InlineData("/api/v1/moi")]
    [InlineData("/enfants")]
    public async Task Les_entetes_de_securite_sont_presents(string url)
    {
        using var c = serveur.Client();
        var r = await c.Http.GetAsync(url);
        Assert.Contains("frame-ancestors 'none'", r.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", r.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("no-store", r.Headers.CacheControl?.ToString());
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Formulaire();

    [Fact]
    public async Task Chaque_formulaire_porte_un_jeton_antiforgery()
    {
        var pages = new Dictionary<string, string[]>
        {
            ["administrateur"] = ["/", "/administration/utilisateurs/nouveau", "/administration/territoires", "/administration/departement", "/compte/jetons", "/compte/mot-de-passe", "/deconnexion"],
            ["referent.nord"] = ["/", "/enfants/nouveau", $"/enfants/{serveur.EnfantNord}/modifier", "/compte/jetons"],
        };
        using var anonyme = serveur.Client();
        var formulaires = Formulaire().Matches(await anonyme.LireAsync("/connexion")).Count;
        Assert.All(Formulaire().Matches(await anonyme.LireAsync("/connexion")), f => Assert.Contains("__RequestVerificationToken", f.Value));
        foreach (var (login, urls) in pages)
        {
            using var c = await serveur.ConnecterAsync(login);
            foreach (var url in urls)
            {
                var html = await c.LireAsync(url);
                foreach (Match f in Formulaire().Matches(html))
                {
                    formulaires++;
                    Assert.True(f.Value.Contains("__RequestVerificationToken"), $"formulaire sans jeton sur {url}");
                }
            }
        }
        Assert.True(formulaires >= 12);
    }

    [Fact]
    public async Task Un_post_sans_jeton_antiforgery_est_refuse_et_ne_change_rien()
    {
        using var c = await serveur.ConnecterAsync("administrateur");
        var r = await c.Http.PostAsync("/administration/territoires", new FormUrlEncodedContent([new("Code", "PIRATE"), new("Libelle", "Pirate")]));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        using var anonyme = serveur.Client();
        var l = await anonyme.Http.PostAsync("/connexion", new FormUrlEncodedContent([new("Saisie.Login", "crip"), new("Saisie.MotDePasse", ServeurSillage.MotDePasse)]));
        Assert.Equal(HttpStatusCode.BadRequest, l.StatusCode);
        await using var db = serveur.Contexte();
        Assert.DoesNotContain(db.Territoires, t => t.Code == "PIRATE");
    }

    [Fact]
    public async Task Les_mots_de_passe_sont_haches()
    {
        await using var db = serveur.Contexte();
        var u = db.Users.Single(x => x.UserName == "crip");
        Assert.DoesNotContain(ServeurSillage.MotDePasse, u.PasswordHash);
        Assert.StartsWith("AQAAAA", u.PasswordHash); // Identity v3 format: PBKDF2
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Sante_repond_sans_connexion_et_sans_donnee()
    {
        using var c = serveur.Client();
        var r = await c.Http.GetAsync("/sante");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("{\"statut\":\"ok\"}", await r.Content.ReadAsStringAsync());
    }
}
