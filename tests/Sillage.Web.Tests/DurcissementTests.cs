using System.Net;
using System.Text.RegularExpressions;
using Sillage.Domaine.Securite;
using Sillage.Web.Infrastructure;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>A server that allows 5 login attempts per minute and address (production default: 10).</summary>
public sealed class ServeurSillageLimite : ServeurSillage
{
    protected override int ConnexionsParMinute => 5;
}

public class LimiteConnexionTests(ServeurSillageLimite serveur) : IClassFixture<ServeurSillageLimite>
{
    [Fact]
    public async Task Au_dela_de_la_limite_la_connexion_repond_429_en_francais()
    {
        using var c = serveur.Client();
        for (var i = 0; i < 5; i++)
        {
            var r = await c.ConnecterAsync($"inconnu{i}", "Mauvais-mot-de-passe-1");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains("Identifiant ou mot de passe incorrect", await ClientSillage.Texte(r));
        }
        // Even the right password is refused now: the limit is per address, before any check.
        var refus = await c.ConnecterAsync("crip", ServeurSillage.MotDePasse);
        Assert.Equal(HttpStatusCode.TooManyRequests, refus.StatusCode);
        Assert.Equal("60", refus.Headers.RetryAfter?.ToString());
        var texte = await ClientSillage.Texte(refus);
        Assert.Contains("Trop de tentatives", texte);
        Assert.DoesNotContain("Exception", texte);
        Assert.DoesNotContain(c.Cookies.GetAllCookies(), k => k.Name == "sillage");
        // Pages stay readable.
        Assert.Equal(HttpStatusCode.OK, (await c.Http.GetAsync("/connexion")).StatusCode);
    }
}

public partial class DurcissementTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    [Fact]
    public async Task Les_cookies_de_session_et_antiforgery_sont_httponly_et_samesite_strict()
    {
        using var c = serveur.Client();
        var page = await c.Http.GetAsync("/connexion");
        var entetes = page.Headers.GetValues("Set-Cookie").ToList();
        var html = await page.Content.ReadAsStringAsync();
        var r = await c.Http.PostAsync("/connexion", new FormUrlEncodedContent([
            new("Saisie.Login", "crip"), new("Saisie.MotDePasse", ServeurSillage.MotDePasse),
            new("__RequestVerificationToken", ClientSillage.JetonAntiforgery(html)!)]));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        entetes.AddRange(r.Headers.GetValues("Set-Cookie"));
        foreach (var nom in new[] { "sillage=", "sillage-af=" })
        {
            var cookie = entetes.Single(h => h.StartsWith(nom, StringComparison.Ordinal)).ToLowerInvariant();
            Assert.Contains("httponly", cookie);
            Assert.Contains("samesite=strict", cookie);
            Assert.Contains("path=/", cookie);
            Assert.DoesNotContain("expires=", nom == "sillage=" ? cookie : ""); // session cookie: gone with the browser
        }
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=\\s*\"|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptEnLigne();

    /// <summary>Every GET route, for a role it is granted to: the CSP forbids inline code and framing, and no page relies on inline code.</summary>
    [Fact]
    public async Task La_politique_de_contenu_couvre_chaque_page_et_aucune_n_a_de_code_en_ligne()
    {
        var routes = InventaireRoutes.Lister(serveur.App.Services).Where(r => r.AccepteGet && r.Motif != "/deconnexion").ToList();
        var clients = new Dictionary<string, ClientSillage>();
        var fautes = new List<string>();
        var vues = 0;
        try
        {
            foreach (var r in routes)
            {
                var role = Role.Tous.FirstOrDefault(x => r.AutoriseePour(x.Code));
                if (role is null) continue;
                var login = ServeurSillage.Comptes.First(c => c.Role == role.Code).Login;
                if (!clients.TryGetValue(login, out var c)) clients[login] = c = await serveur.ConnecterAsync(login);
                var url = InventaireRoutes.Concret(r.Motif, serveur.EnfantNord);
                using var rep = await c.Http.GetAsync(url);
                vues++;
                var csp = rep.Headers.TryGetValues("Content-Security-Policy", out var v) ? v.Single() : "";
                foreach (var exigence in new[] { "default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'" })
                    if (!csp.Contains(exigence)) fautes.Add($"{url} : CSP sans « {exigence} »");
                if (csp.Contains("unsafe-")) fautes.Add($"{url} : CSP avec unsafe-*");
                if (rep.Content.Headers.ContentType?.MediaType == "text/html" && ScriptEnLigne().Match(await rep.Content.ReadAsStringAsync()) is { Success: true } m)
                    fautes.Add($"{url} : code en ligne « {m.Value} » (bloqué par la CSP)");
            }
        }
        finally { foreach (var c in clients.Values) c.Dispose(); }
        Assert.True(vues >= 35, $"{vues} routes");
        Assert.True(fautes.Count == 0, string.Join("\n", fautes));
    }

    /// <summary>Pages that legitimately accept a POST without a token: none but the error page (re-executed after a failure).</summary>
    private static readonly string[] SansJeton = ["/erreur/{code:int?}"];

    /// <summary>Every page, POSTed without its antiforgery token by a role allowed to use it: 400, nothing written.</summary>
    [Fact]
    public async Task Chaque_page_refuse_un_post_sans_jeton_antiforgery()
    {
        var pages = InventaireRoutes.Lister(serveur.App.Services)
            .Where(r => !r.EstApi && r.Methodes.Count == 0 && !SansJeton.Contains(r.Motif)).ToList();
        var avant = (await serveur.JournalAsync()).Count(e => e.Type >= 3000);
        var fautes = new List<string>();
        var clients = new Dictionary<string, ClientSillage>();
        try
        {
            foreach (var r in pages)
            {
                var role = r.Anonyme ? null : Role.Tous.FirstOrDefault(x => r.AutoriseePour(x.Code));
                if (!r.Anonyme && role is null) continue;
                var login = role is null ? "" : ServeurSillage.Comptes.First(c => c.Role == role.Code).Login;
                if (!clients.TryGetValue(login, out var c)) clients[login] = c = login == "" ? serveur.Client() : await serveur.ConnecterAsync(login);
                var url = InventaireRoutes.Concret(r.Motif, serveur.EnfantNord);
                foreach (var handler in new[] { "", "?handler=Supprimer" })
                {
                    using var rep = await c.Http.PostAsync(url + handler, new FormUrlEncodedContent([new("Nom", "PIRATE"), new("Code", "PIRATE"), new("Libelle", "PIRATE")]));
                    if (rep.StatusCode != HttpStatusCode.BadRequest) fautes.Add($"POST {url}{handler} sans jeton : {(int)rep.StatusCode}");
                }
            }
        }
        finally { foreach (var c in clients.Values) c.Dispose(); }
        Assert.True(pages.Count >= 25, $"{pages.Count} pages");
        Assert.True(fautes.Count == 0, string.Join("\n", fautes));
        Assert.Equal(avant, (await serveur.JournalAsync()).Count(e => e.Type >= 3000));
    }
}
