using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Hote;

namespace Sillage.Bench;

/// <summary>
/// HTTP load: the real application on Kestrel (in this process), N authenticated users (cookie sessions, one
/// account of the département-wide CADRE role) requesting the child-file page, the place search, or a static page
/// of the same size, for a fixed duration. Reports throughput, p50/p95/p99, errors and the process's peak memory.
/// </summary>
public static class ChargeHttp
{
    private const string Login = "bench.charge", MotDePasse = "Charge-bench-2026!";

    public sealed record Resultat(string Cible, int Requetes, int Erreurs, double ParSeconde, double P50, double P95, double P99, long MemoireMaxMo);

    public static async Task<List<Resultat>> ExecuterAsync(BaseDeDonnees bd, int utilisateurs, TimeSpan duree, IReadOnlyList<string> cibles)
    {
        var (app, adresse) = await ServeurBanc.DemarrerAsync(bd,
            a => a.MapGet("/bench/statique", () => Results.Content(PageStatique, "text/html; charset=utf-8")).AllowAnonymous());
        try
        {
            var (enfants, ages) = await PreparerAsync(app.Services);
            var clients = new List<HttpClient>();
            for (var i = 0; i < utilisateurs; i++)
                clients.Add(await ServeurBanc.ConnecterAsync(adresse, Login, MotDePasse) ?? throw new InvalidOperationException("Connexion refusée."));
            var tailleDossier = (await clients[0].GetByteArrayAsync($"/enfants/{enfants[0]}")).Length;
            PageStatique = "<!DOCTYPE html><html lang=\"fr\"><body><pre>" + new string('x', Math.Max(0, tailleDossier - 60)) + "</pre></body></html>";
            // What is measured is the real page: the search answers with its table of results.
            var recherche = await clients[0].GetStringAsync($"/lieux/recherche?recherche=1&ages={ages[0]}&date=2024-06-01");
            var lignes = Regex.Count(recherche, "<tr>") - 1;
            if (!recherche.Contains("lieu(x) possible(s)", StringComparison.Ordinal) || lignes < 1)
                throw new InvalidOperationException("La recherche de place ne rend pas de résultats.");
            Console.WriteLine($"pages: dossier_octets={tailleDossier} recherche_octets={System.Text.Encoding.UTF8.GetByteCount(recherche)} recherche_lignes={lignes}");
            var resultats = new List<Resultat>();
            foreach (var cible in cibles)
            {
                await Task.Delay(500);
                resultats.Add(await MesurerAsync(cible, clients, duree, n => cible switch
                {
                    "dossier" => $"/enfants/{enfants[n % enfants.Count]}",
                    "places" => $"/lieux/recherche?recherche=1&ages={ages[n % ages.Length]}&date=2024-06-01",
                    "statique" => "/bench/statique",
                    // Any other page of the application, as the same user (e.g. /compte/mot-de-passe: the cost of an authenticated page).
                    _ when cible.StartsWith('/') => cible,
                    _ => throw new ArgumentException($"cible inconnue : {cible}"),
                }));
            }
            foreach (var c in clients) c.Dispose();
            return resultats;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static string PageStatique = "";

    private static async Task<(List<int> Enfants, string[] Ages)> PreparerAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDbContext>();
        if (await ServeurBanc.CreerCompteAsync(services, Login, MotDePasse, "CADRE") is { } u)
        {
            // Département-wide: every territory.
            var territoires = await db.Territoires.Select(t => t.Id).ToListAsync();
            var suivi = await db.Users.Include(x => x.Territoires).SingleAsync(x => x.Id == u.Id);
            suivi.Territoires = territoires.Select(t => new UtilisateurTerritoire { TerritoireId = t }).ToList();
            await db.SaveChangesAsync();
        }
        // Children with a history (a séjour in 2024): the file page then shows measures, séjours and parents.
        var enfants = await db.Sejours.AsNoTracking().Where(s => s.DateDebut >= new DateOnly(2024, 1, 1)).OrderBy(s => s.Id)
            .Select(s => s.EnfantId).Distinct().Take(2000).ToListAsync();
        if (enfants.Count == 0) throw new InvalidOperationException("Base sans séjour en 2024 : importez d'abord un département de démonstration.");
        return (enfants, ["8F", "3M", "14F", "11M,8F", "16M", "6F,4M,2F"]);
    }

    private static async Task<Resultat> MesurerAsync(string cible, List<HttpClient> clients, TimeSpan duree, Func<int, string> url)
    {
        // Warm-up: each user once, then the same load for ECHAUFFEMENT seconds (60 by default), reported apart. A server
        // freshly started runs its code at the JIT's first tiers and recompiles it while it serves (tiered compilation with
        // profile-guided optimisation): on 2 cores the first minute serves 40 % fewer pages. The figures that count are those
        // of a server that has been running (its steady state), measured after that.
        await Task.WhenAll(clients.Select((c, i) => c.GetAsync(url(i))));
        var echauffement = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("ECHAUFFEMENT"), out var e) ? e : 60);
        if (echauffement > TimeSpan.Zero)
        {
            var chaud = await PhaseAsync(cible + "-echauffement", clients, echauffement, url);
            Console.WriteLine(System.FormattableString.Invariant(
                $"charge-{chaud.Cible}: duree_s={echauffement.TotalSeconds:0} requetes={chaud.Requetes} erreurs={chaud.Erreurs} req_s={chaud.ParSeconde:0.0} p50_ms={chaud.P50:0.0} p99_ms={chaud.P99:0.0}"));
        }
        return await PhaseAsync(cible, clients, duree, url);
    }

    private static async Task<Resultat> PhaseAsync(string cible, List<HttpClient> clients, TimeSpan duree, Func<int, string> url)
    {
        var latences = new List<double>[clients.Count];
        var erreurs = 0;
        var compteur = 0;
        var fin = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (c, i) =>
        {
            var l = latences[i] = [];
            while (fin.Elapsed < duree)
            {
                var n = Interlocked.Increment(ref compteur);
                var t = Stopwatch.GetTimestamp();
                try
                {
                    using var r = await c.GetAsync(url(n));
                    await r.Content.ReadAsByteArrayAsync();
                    if (r.StatusCode != HttpStatusCode.OK && Interlocked.Increment(ref erreurs) <= 3)
                        Console.Error.WriteLine($"{cible} : réponse {(int)r.StatusCode} à {url(n)}");
                }
                catch (Exception ex)
                {
                    if (Interlocked.Increment(ref erreurs) <= 3) Console.Error.WriteLine($"{cible} : {ex.GetType().Name} {ex.Message} ({url(n)})");
                }
                l.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }));
        var toutes = latences.SelectMany(x => x).Order().ToList();
        double P(double q) => toutes[Math.Min(toutes.Count - 1, (int)(toutes.Count * q))];
        using var p = Process.GetCurrentProcess();
        return new(cible, toutes.Count, erreurs, toutes.Count / fin.Elapsed.TotalSeconds, P(0.50), P(0.95), P(0.99), p.PeakWorkingSet64 / 1048576);
    }
}
