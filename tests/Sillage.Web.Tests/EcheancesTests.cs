using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees.Entites;
using Sillage.Web.Commandes;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

public class EcheancesTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = serveur.Contexte();
        if (await db.Mesures.AnyAsync()) return;
        var nord = await db.Enfants.SingleAsync(e => e.Id == serveur.EnfantNord);
        nord.SourceId = "ENF-N1";
        var sud = await db.Enfants.SingleAsync(e => e.Id == serveur.EnfantSud);
        sud.SourceId = "ENF-S1";
        db.Mesures.AddRange(
            new Mesure { SourceId = "M1", EnfantId = nord.Id, Type = "PLACEMENT_ASE", DateDecision = new(2024, 1, 5), DateDebut = new(2024, 1, 10), DateFinPrevue = new(2025, 1, 9) },
            new Mesure { SourceId = "M2", EnfantId = sud.Id, Type = "AED", DateDecision = new(2024, 2, 1), DateDebut = new(2024, 2, 29) });
        var info = new InformationEntrante { SourceId = "I1", DateReception = new(2024, 5, 31), Origine = "EDUCATION_NATIONALE", Qualification = "IP" };
        info.Enfants.Add(new InformationEnfant { EnfantId = sud.Id });
        db.Informations.Add(info);
        db.Rapports.Add(new RapportSituation { SourceId = "R1", EnfantId = nord.Id, Date = new(2024, 6, 15) });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Db => serveur.Bd.ArgumentDbCourant;

    [Fact]
    public async Task La_commande_respecte_le_contrat_de_REGLES()
    {
        var o = new StringWriter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["echeances", "--au", "2024-07-01", Db], o, new StringWriter()));
        Assert.Equal(
            """
            enfant_id;type;echeance
            ENF-S1;EVAL_IP;2024-08-31
            ENF-N1;FIN_MESURE;2025-01-09
            ENF-S1;FIN_MESURE;2025-02-28
            ENF-S1;RAPPORT;2025-02-28
            ENF-N1;RAPPORT;2025-06-15

            """.Replace("\r", ""), SansPpe(o.ToString()));
        Assert.Contains("ENF-N1;PPE;2024-04-10", o.ToString());
        Assert.Contains("ENF-S1;PPE;2024-05-29", o.ToString());
    }

    // The PPE rows are checked apart so the expected block reads as the sorted rest.
    private static string SansPpe(string csv) =>
        string.Join("\n", csv.Replace("\r", "").Split('\n').Where(l => !l.Contains(";PPE;"))).TrimEnd('\n') + "\n";

    [Fact]
    public async Task Une_date_invalide_est_refusee_avec_le_code_2()
    {
        var e = new StringWriter();
        Assert.Equal(2, await LigneDeCommande.ExecuterAsync(["echeances", "--au", "01/07/2024", Db], new StringWriter(), e));
        Assert.Contains("--au", e.ToString());
    }

    [Fact]
    public async Task La_page_et_l_api_ne_montrent_que_les_territoires_de_l_utilisateur()
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        var html = await c.LireTexteAsync("/echeances?au=2024-07-01");
        Assert.Contains("E0000001", html);
        Assert.DoesNotContain("E0000003", html);
        Assert.Contains("en retard", html); // the PPE due 2024-04-10
        var api = await c.Http.GetFromJsonAsync<JsonElement>("/api/v1/echeances?au=2024-07-01");
        Assert.All(api.EnumerateArray(), l => Assert.Equal(serveur.EnfantNord, l.GetProperty("enfantId").GetInt32()));
        // PPE, RAPPORT, FIN_MESURE and the rapport d'échéance reminder (3 months before the judicial end).
        Assert.Equal(4, api.GetArrayLength());
        Assert.Contains(api.EnumerateArray(), l => l.GetProperty("type").GetString() == "RAPPORT_ECHEANCE" && l.GetProperty("echeance").GetString() == "2024-10-09");

        using var crip = await serveur.ConnecterAsync("crip");
        var tout = await crip.Http.GetFromJsonAsync<JsonElement>("/api/v1/echeances?au=2024-07-01&type=EVAL_IP");
        Assert.Equal("2024-08-31", tout.EnumerateArray().Single().GetProperty("echeance").GetString());
        var csv = await crip.Http.GetStringAsync("/echeances?handler=Export&format=csv&au=2024-07-01&etat=en%20retard");
        Assert.Equal(3, csv.Trim().Split('\n').Length); // header + two overdue PPE
    }
}
