using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

public class EnfantsTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private async Task<int> TerritoireAsync(string code)
    {
        await using var db = serveur.Contexte();
        return (await db.Territoires.SingleAsync(t => t.Code == code)).Id;
    }

    [Theory]
    [InlineData("lefevre eloise")]
    [InlineData("Marie LEFÈVRE")]
    [InlineData("éloïse")]
    [InlineData("LEFEVRE Marie Eloise")]
    public async Task La_recherche_ignore_accents_casse_et_ordre_des_prenoms(string q)
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        var html = await c.LireAsync("/enfants?q=" + Uri.EscapeDataString(q));
        Assert.Contains("E0000001", html);
        Assert.DoesNotContain("E0000003", html);
    }

    [Fact]
    public async Task La_recherche_par_date_ou_numero_et_son_export()
    {
        using var c = await serveur.ConnecterAsync("crip");
        Assert.Contains("E0000003", await c.LireAsync("/enfants?naissance=2012-09-10"));
        Assert.Contains("GARNIER", await c.LireAsync("/enfants?numero=e0000003"));
        var csv = await c.Http.GetAsync("/enfants?handler=Export&format=csv&q=lefevre");
        var texte = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("N° dossier;Nom;Prénoms;Sexe;Date de naissance;Territoire", texte);
        Assert.Equal(3, texte.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Le_dossier_montre_l_identite_et_la_fratrie()
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        var html = await c.LireAsync($"/enfants/{serveur.EnfantNord}");
        Assert.Contains("Éloïse Marie LEFÈVRE", html);
        Assert.Contains("28/02/2014", html);
        Assert.Contains("Noé LEFÈVRE", html);
    }

    [Fact]
    public async Task Une_saisie_invalide_nomme_le_champ_et_ne_cree_rien()
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        var avant = await CompterAsync();
        var r = await c.SoumettreAsync("/enfants/nouveau",
        [
            new("Saisie.Nom", ""), new("Saisie.Prenoms", "Jean"), new("Saisie.Sexe", "M"),
            new("Saisie.DateNaissance", DateTime.Today.AddDays(3).ToString("yyyy-MM-dd")),
            new("Saisie.TerritoireId", (await TerritoireAsync("SUD")).ToString()),
        ]);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("Nom : valeur obligatoire.", html);
        Assert.Contains("Date de naissance : elle ne peut pas être dans le futur.", html);
        Assert.Contains("vous ne pouvez créer ou rattacher un dossier que dans vos territoires", html);
        Assert.Equal(avant, await CompterAsync());
    }

    [Fact]
    public async Task Un_doublon_probable_est_signale_avant_la_creation()
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        var nord = (await TerritoireAsync("NORD")).ToString();
        KeyValuePair<string, string>[] champs =
        [
            new("Saisie.Nom", "Lefevre"), new("Saisie.Prenoms", "Eloise"), new("Saisie.Sexe", "F"),
            new("Saisie.DateNaissance", "2014-02-28"), new("Saisie.TerritoireId", nord),
        ];
        var avant = await CompterAsync();
        var r = await c.SoumettreAsync("/enfants/nouveau", champs);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("Dossiers semblables", html);
        Assert.Contains("E0000001", html);
        Assert.Equal(avant, await CompterAsync());

        r = await c.SoumettreAsync("/enfants/nouveau", [.. champs, new("Saisie.ConfirmeDistinct", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(avant + 1, await CompterAsync());
    }

    [Fact]
    public async Task Deux_modifications_concurrentes_ne_s_ecrasent_pas()
    {
        using var a = await serveur.ConnecterAsync("referent.nord");
        using var b = await serveur.ConnecterAsync("cadre.nord");
        var nord = (await TerritoireAsync("NORD")).ToString();
        var creation = await a.Http.PostAsJsonAsync("/api/v1/enfants", new { nom = "ROUX", prenoms = "Inès", sexe = "F", dateNaissance = "2016-04-04", territoireId = int.Parse(nord) });
        Assert.Equal(HttpStatusCode.Created, creation.StatusCode);
        var cree = await creation.Content.ReadFromJsonAsync<JsonElement>();
        var id = cree.GetProperty("id").GetInt32();
        var version = cree.GetProperty("version").GetInt32();

        // Both open the form at the same version; the first save wins, the second is refused.
        var formA = await a.LireAsync($"/enfants/{id}/modifier");
        var formB = await b.LireAsync($"/enfants/{id}/modifier");
        KeyValuePair<string, string>[] Champs(string prenoms) =>
        [
            new("Saisie.Nom", "ROUX"), new("Saisie.Prenoms", prenoms), new("Saisie.Sexe", "F"), new("Saisie.DateNaissance", "2016-04-04"),
            new("Saisie.TerritoireId", nord), new("Saisie.Version", version.ToString()),
        ];
        var ra = await a.Http.PostAsync($"/enfants/{id}/modifier", new FormUrlEncodedContent([.. Champs("Inès Claire"), new("__RequestVerificationToken", Infrastructure.ClientSillage.JetonAntiforgery(formA)!)]));
        Assert.Equal(HttpStatusCode.Redirect, ra.StatusCode);
        var rb = await b.Http.PostAsync($"/enfants/{id}/modifier", new FormUrlEncodedContent([.. Champs("Inès Zoé"), new("__RequestVerificationToken", Infrastructure.ClientSillage.JetonAntiforgery(formB)!)]));
        Assert.Equal(HttpStatusCode.OK, rb.StatusCode);
        Assert.Contains("modifié par quelqu'un d'autre", await Infrastructure.ClientSillage.Texte(rb));

        var api = await b.Http.PutAsJsonAsync($"/api/v1/enfants/{id}", new { nom = "ROUX", prenoms = "Inès Zoé", sexe = "F", dateNaissance = "2016-04-04", territoireId = int.Parse(nord), version });
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);

        await using var db = serveur.Contexte();
        var e = await db.Enfants.SingleAsync(x => x.Id == id);
        Assert.Equal("Inès Claire", e.Prenoms);
        Assert.Equal(version + 1, e.Version);
    }

    [Fact]
    public async Task L_api_refuse_une_saisie_invalide_avec_des_messages_francais()
    {
        using var c = await serveur.ConnecterAsync("crip");
        var r = await c.Http.PostAsJsonAsync("/api/v1/enfants", new { nom = "A", prenoms = "", sexe = "Z", dateNaissance = "2016-04-04", territoireId = 999999 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var corps = await r.Content.ReadAsStringAsync();
        Assert.Contains("Prénoms : valeur obligatoire.", corps);
        Assert.Contains("Sexe : M ou F.", corps);
        Assert.Contains("Territoire : territoire inconnu.", corps);
    }

    private async Task<int> CompterAsync()
    {
        await using var db = serveur.Contexte();
        return await db.Enfants.CountAsync();
    }
}
