using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
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

/// <summary>`charge DB [UTILISATEURS] [SECONDES]`: the real application on Kestrel, N concurrent users (each its own
/// session) alternately creating a child (POST /api/v1/enfants) and searching (GET); errors and lost writes counted.</summary>
public static partial class Charge
{
    public static async Task<string> ExecuterAsync(BaseDeDonnees bd, int utilisateurs, int secondes)
    {
        const string mdp = "Charge-mot-de-passe-1";
        var (app, adresse) = await ServeurBanc.DemarrerAsync(bd);
        await using var _ = app;
        int territoire;
        var marque = "CHARGE" + DateTime.UtcNow.ToString("HHmmss");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SillageDbContext>();
            var t = await db.Territoires.FirstOrDefaultAsync(x => x.Code == "CHARGE") ?? db.Territoires.Add(new Territoire { Code = "CHARGE", Libelle = "Essai de charge" }).Entity;
            await db.SaveChangesAsync();
            territoire = t.Id;
        }
        await ServeurBanc.CreerCompteAsync(app.Services, "charge", mdp, "CRIP");
        long lectures = 0, ecritures = 0, erreurs = 0;
        var durees = new System.Collections.Concurrent.ConcurrentBag<double>();
        var fin = DateTime.UtcNow.AddSeconds(secondes);
        await Task.WhenAll(Enumerable.Range(0, utilisateurs).Select(async u =>
        {
            using var http = await ServeurBanc.ConnecterAsync(adresse, "charge", mdp);
            if (http is null) { Interlocked.Increment(ref erreurs); return; }
            for (var n = 0; DateTime.UtcNow < fin; n++)
            {
                var chrono = Stopwatch.StartNew();
                try
                {
                    if (n % 2 == 0)
                    {
                        using var r = await http.PostAsJsonAsync("/api/v1/enfants", new { nom = $"{marque}U{u}", prenoms = $"P{n}", sexe = "F", dateNaissance = "2015-01-01", territoireId = territoire, confirmeDistinct = true });
                        if (r.StatusCode == HttpStatusCode.Created) Interlocked.Increment(ref ecritures); else Interlocked.Increment(ref erreurs);
                    }
                    else
                    {
                        using var r = await http.GetAsync($"/api/v1/enfants?q={marque}U{u}");
                        if (r.IsSuccessStatusCode) Interlocked.Increment(ref lectures); else Interlocked.Increment(ref erreurs);
                    }
                }
                catch (HttpRequestException) { Interlocked.Increment(ref erreurs); }
                durees.Add(chrono.Elapsed.TotalMilliseconds);
            }
        }));
        await using var verif = ServicesDonnees.CreerContexte(bd);
        var enBase = await verif.Enfants.CountAsync(e => e.Nom.StartsWith(marque));
        await app.StopAsync();
        var triees = durees.OrderBy(d => d).ToList();
        return $"utilisateurs={utilisateurs} secondes={secondes} lectures={lectures} ecritures={ecritures} erreurs={erreurs} " +
               $"ecritures_en_base={enBase} ecritures_perdues={ecritures - enBase} requetes_par_s={(lectures + ecritures) / (double)secondes:0} " +
               $"p50_ms={triees[triees.Count / 2]:0} p95_ms={triees[(int)(triees.Count * 0.95)]:0}";
    }
}
