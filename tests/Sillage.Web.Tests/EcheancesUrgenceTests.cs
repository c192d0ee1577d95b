using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>The short clocks in the web échéancier: an OPP of the Parquet runs 8 days until the juge des enfants decides.</summary>
public class EcheancesUrgenceTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private static string Jour(int decalage) => DateOnly.FromDateTime(DateTime.Today).AddDays(decalage).ToString("yyyy-MM-dd");

    [Fact]
    public async Task Une_OPP_du_Parquet_apparait_huit_jours_puis_disparait_a_la_decision_du_juge()
    {
        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        var opp = await cadre.Http.PostAsJsonAsync($"/api/v1/enfants/{serveur.EnfantNord2}/mesures",
            new { type = "PLACEMENT_ASE", autorite = "PARQUET", dateDecision = Jour(-2), dateDebut = Jour(-2) });
        Assert.True(opp.IsSuccessStatusCode, await opp.Content.ReadAsStringAsync());

        var lignes = await cadre.Http.GetFromJsonAsync<JsonElement>($"/api/v1/echeances?type=OPP_PARQUET");
        var ligne = Assert.Single(lignes.EnumerateArray());
        Assert.Equal(Jour(6), ligne.GetProperty("echeance").GetString());
        Assert.Equal("J-15", ligne.GetProperty("etat").GetString());
        var page = await cadre.LireTexteAsync("/echeances?type=OPP_PARQUET");
        Assert.Contains("OPP du Parquet : saisine du juge des enfants sous 8 jours (C. civ. 375-5)", page);

        // The command keeps to the REGLES.md contract: no OPP row.
        var juge = await cadre.Http.PostAsJsonAsync($"/api/v1/enfants/{serveur.EnfantNord2}/mesures",
            new { type = "PLACEMENT_ASE", autorite = "JUGE_ENFANTS", dateDecision = Jour(0), dateDebut = Jour(0), dateFinPrevue = Jour(300) });
        Assert.True(juge.IsSuccessStatusCode, await juge.Content.ReadAsStringAsync());
        Assert.Empty((await cadre.Http.GetFromJsonAsync<JsonElement>("/api/v1/echeances?type=OPP_PARQUET")).EnumerateArray());
        var rappel = Assert.Single((await cadre.Http.GetFromJsonAsync<JsonElement>("/api/v1/echeances?type=RAPPORT_ECHEANCE")).EnumerateArray(),
            l => l.GetProperty("enfantId").GetInt32() == serveur.EnfantNord2);
        Assert.Equal(DateOnly.FromDateTime(DateTime.Today).AddDays(300).AddMonths(-3).ToString("yyyy-MM-dd"), rappel.GetProperty("echeance").GetString());
    }

    [Fact]
    public async Task Un_cadre_voit_la_liste_d_un_referent()
    {
        await using (var db = serveur.Contexte())
        {
            var referent = await db.Users.SingleAsync(u => u.UserName == "referent.nord");
            var enfant = await db.Enfants.SingleAsync(e => e.Id == serveur.EnfantNord);
            enfant.ReferentId = referent.Id;
            await db.SaveChangesAsync();
        }
        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        var page = await cadre.LireTexteAsync("/echeances");
        Assert.Contains("<select id=\"referent\" name=\"referent\">", page);
        Assert.Matches("<option value=\"[^\"]+\">[^<]*</option>", page[page.IndexOf("id=\"referent\"")..]);
        var aucun = await cadre.Http.GetFromJsonAsync<JsonElement>("/api/v1/echeances?referent=inconnu");
        Assert.Empty(aucun.EnumerateArray());
    }
}
