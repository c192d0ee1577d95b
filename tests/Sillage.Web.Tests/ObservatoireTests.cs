using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees.Entites;
using Sillage.Web.Commandes;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

public class ObservatoireTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = serveur.Contexte();
        if (await db.Mesures.AnyAsync()) return;
        db.Mesures.AddRange(
            new Mesure { SourceId = "M1", EnfantId = serveur.EnfantNord, Type = "PLACEMENT_ASE", DateDecision = new(2022, 1, 5), DateDebut = new(2022, 1, 10) },
            new Mesure { SourceId = "M2", EnfantId = serveur.EnfantSud, Type = "AEMO", DateDecision = new(2022, 2, 1), DateDebut = new(2022, 3, 1), DateFin = new(2023, 2, 28) },
            new Mesure { SourceId = "M3", EnfantId = serveur.EnfantNord2, Type = "AED", DateDecision = new(2022, 11, 1) });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Db => serveur.Bd.ArgumentDbCourant;

    [Fact]
    public async Task La_commande_indicateurs_calcule_depuis_la_base()
    {
        var o = new StringWriter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["indicateurs", "--annee", "2022", Db], o, new StringWriter()));
        var lignes = o.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code;territoire;valeur", lignes[0]);
        Assert.Contains("MES_JUD;*;2", lignes);
        Assert.Contains("MES_JUD;NORD;1", lignes);
        Assert.Contains("MES_JUD;SUD;1", lignes);
        Assert.Contains("ATTENTE_AED;*;1", lignes);
        Assert.Contains("PART_JUDICIAIRE;*;100.0", lignes);
        Assert.DoesNotContain(lignes, l => l.StartsWith("ENFANTS_SUIVIS_POUR_1000;")); // no population: absent
    }

    [Fact]
    public async Task Une_base_neuve_est_migree_avant_la_lecture_et_une_base_a_jour_se_lit_sans_attendre_le_modele()
    {
        // The command reads the snapshot by SQL; on a base with a migration pending it must migrate first.
        Assert.True(await LigneDeCommande.AJourAsync(serveur.Bd.Base, CancellationToken.None));
        await using var neuve = await BaseDeTest.CreerAsync();
        Assert.False(await LigneDeCommande.AJourAsync(neuve.Base, CancellationToken.None));
        var o = new StringWriter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["indicateurs", "--annee", "2022", BaseDeTest.ArgumentDb(neuve.Base)], o, new StringWriter()));
        var lignes = o.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code;territoire;valeur", lignes[0]);
        Assert.Contains("MES_JUD;*;0", lignes);
        Assert.True(await LigneDeCommande.AJourAsync(neuve.Base, CancellationToken.None));
        var d = new StringWriter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["drees", "--annee", "2022", BaseDeTest.ArgumentDb(neuve.Base)], d, new StringWriter()));
        Assert.StartsWith("annee;code_region;", d.ToString());
    }

    [Fact]
    public async Task La_page_et_l_api_affichent_les_memes_chiffres_aux_roles_autorises()
    {
        using var odpe = await serveur.ConnecterAsync("odpe");
        var html = await odpe.LireTexteAsync("/observatoire?annee=2022&theme=Mesures");
        Assert.Contains("Mesures judiciaires au 31/12", html);
        Assert.DoesNotContain("LEFÈVRE", html);
        var api = await odpe.Http.GetFromJsonAsync<JsonElement>("/api/v1/indicateurs?annee=2022");
        Assert.Equal(2m, api.EnumerateArray().Single(v => v.GetProperty("code").GetString() == "MES_JUD" && v.GetProperty("territoire").GetString() == "*").GetProperty("valeur").GetDecimal());
        var serie = await odpe.LireTexteAsync("/observatoire/serie?code=MES_JUD&territoire=*");
        Assert.Contains("<svg", serie);
        Assert.Contains("<td>2022</td>", serie);
        Assert.Equal(HttpStatusCode.BadRequest, (await odpe.Http.GetAsync("/api/v1/indicateurs")).StatusCode);

        using var referent = await serveur.ConnecterAsync("referent.nord");
        Assert.Equal(HttpStatusCode.Redirect, (await referent.Http.GetAsync("/observatoire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Http.GetAsync("/api/v1/indicateurs?annee=2022")).StatusCode);
    }
}
