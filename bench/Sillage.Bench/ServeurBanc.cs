using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Hote;

namespace Sillage.Bench;

/// <summary>
/// The real application on Kestrel inside the bench process, for the HTTP loads (<see cref="Charge"/>, <see cref="ChargeHttp"/>):
/// started on a free port with the login rate limit raised (N sessions open from one address), an account created
/// once, and cookie sessions opened through the login form as a browser does.
/// </summary>
public static partial class ServeurBanc
{
    public static async Task<(WebApplication App, Uri Adresse)> DemarrerAsync(BaseDeDonnees bd, Action<WebApplication>? avantDemarrage = null)
    {
        var app = SillageApp.Construire(["--urls", "http://127.0.0.1:0", "--environment", "Production", "--Sillage:ConnexionsParMinute=100000"], bd,
            // Only the server's errors, on standard error: a failed request of the load is then explained.
            // (a rule of the console provider itself: the application's configuration sets levels by category for every provider).
            b => b.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true)
                .AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>((_, niveau) => niveau >= LogLevel.Error));
        await app.PreparerBaseAsync(TextWriter.Null);
        avantDemarrage?.Invoke(app);
        await app.StartAsync();
        return (app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }

    /// <summary>The account <paramref name="login"/> with <paramref name="role"/>, created when missing; null when it already existed.</summary>
    public static async Task<Utilisateur?> CreerCompteAsync(IServiceProvider services, string login, string motDePasse, string role)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        if (await users.FindByNameAsync(login) is not null) return null;
        var u = new Utilisateur { UserName = login, NomAffiche = login, CreeLe = DateTime.UtcNow };
        var r = await users.CreateAsync(u, motDePasse);
        if (!r.Succeeded) throw new InvalidOperationException(string.Join(" ", r.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(u, role);
        return u;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Jeton();

    /// <summary>A client with its own cookie session, logged in through /connexion; null when the login is refused.</summary>
    public static async Task<HttpClient?> ConnecterAsync(Uri adresse, string login, string motDePasse)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            { BaseAddress = adresse, Timeout = TimeSpan.FromSeconds(30) };
        var page = await http.GetStringAsync("/connexion");
        using var r = await http.PostAsync("/connexion", new FormUrlEncodedContent([new("Saisie.Login", login), new("Saisie.MotDePasse", motDePasse),
            new("__RequestVerificationToken", Jeton().Match(page).Groups[1].Value)]));
        if (r.StatusCode == HttpStatusCode.Redirect) return http;
        http.Dispose();
        return null;
    }
}
