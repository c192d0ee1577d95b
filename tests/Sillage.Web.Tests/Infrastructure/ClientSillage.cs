using System.Net;
using System.Text.RegularExpressions;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>An HTTP client that behaves like a browser without JavaScript: cookies, no automatic redirects, forms with their antiforgery token.</summary>
public sealed partial class ClientSillage : IDisposable
{
    public CookieContainer Cookies { get; } = new();
    public HttpClient Http { get; }

    public ClientSillage(Uri adresse)
    {
        Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = adresse,
        };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Jeton();

    public static string? JetonAntiforgery(string html) => Jeton().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    public async Task<string> LireAsync(string url)
    {
        var r = await Http.GetAsync(url);
        Assert.True(r.IsSuccessStatusCode, $"GET {url} : {(int)r.StatusCode} {r.Headers.Location}");
        return await r.Content.ReadAsStringAsync();
    }

    /// <summary>The page's text with HTML entities decoded (Razor encodes apostrophes).</summary>
    public async Task<string> LireTexteAsync(string url) => WebUtility.HtmlDecode(await LireAsync(url));

    public static async Task<string> Texte(HttpResponseMessage r) => WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());

    /// <summary>GETs <paramref name="page"/>, then POSTs the form fields with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SoumettreAsync(string page, IEnumerable<KeyValuePair<string, string>> champs, string? action = null)
    {
        var html = await LireAsync(page);
        var jeton = JetonAntiforgery(html) ?? throw new InvalidOperationException($"Pas de jeton antiforgery sur {page}");
        var tous = champs.Append(new("__RequestVerificationToken", jeton));
        return await Http.PostAsync(action ?? page, new FormUrlEncodedContent(tous));
    }

    public Task<HttpResponseMessage> ConnecterAsync(string login, string motDePasse) =>
        SoumettreAsync("/connexion", [new("Saisie.Login", login), new("Saisie.MotDePasse", motDePasse)]);

    public void Dispose() => Http.Dispose();
}
