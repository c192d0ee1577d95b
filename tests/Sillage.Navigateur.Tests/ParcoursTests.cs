using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Navigateur.Tests;

[CollectionDefinition("navigateur")]
public sealed class CollectionNavigateur : ICollectionFixture<Navigateur>, ICollectionFixture<ServeurSillage>;

/// <summary>What a person does with a browser: log in, search, open a file; every page accessible.</summary>
[Collection("navigateur")]
public class ParcoursTests(Navigateur navigateur, ServeurSillage serveur)
{
    [Fact]
    public async Task Recherche_puis_dossier_de_l_enfant()
    {
        var page = await navigateur.ConnecterAsync(serveur, "referent.nord", depart: "/enfants");
        Assert.EndsWith("/enfants", page.Url); // back to the page asked for
        await page.GetByLabel("Nom et prénoms").FillAsync("marie lefevre");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "E0000001" }).ClickAsync();
        await page.AttendreUrlAsync($"/enfants/{serveur.EnfantNord}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Éloïse Marie LEFÈVRE — dossier E0000001");
        await Assertions.Expect(page.Locator("#titre-fratrie + ul")).ToContainTextAsync("Noé LEFÈVRE");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Les_formulaires_fonctionnent_sans_javascript()
    {
        var page = await navigateur.ConnecterAsync(serveur, "crip", Navigateur.Ecran(javascript: false), "/enfants");
        await page.GetByLabel("Nom et prénoms").FillAsync("garnier");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "E0000003" }).CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Le_lien_d_evitement_est_le_premier_arret_clavier()
    {
        var page = await navigateur.ConnecterAsync(serveur, "crip", depart: "/enfants");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("contenu", await page.EvaluateAsync<string>("document.activeElement.id"));
        var contour = await page.EvaluateAsync<string>("(() => { const a = document.querySelector('.lien-evitement'); a.focus(); return getComputedStyle(a).outlineStyle; })()");
        Assert.NotEqual("none", contour);
        await page.Context.CloseAsync();
    }

    /// <summary>A lieu to show (its detail page has the unit and unavailability forms).</summary>
    private async Task<int> LieuAsync()
    {
        await using var db = serveur.Contexte();
        var lieu = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.Lieux);
        if (lieu is not null) return lieu.Id;
        var territoire = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Territoires);
        lieu = new Sillage.Donnees.Entites.LieuAccueil { Type = "MECS", Nom = "MECS Les Cèdres", TerritoireId = territoire.Id, Capacite = 12, Adresse = "1 rue des Cèdres" };
        db.Lieux.Add(lieu);
        await db.SaveChangesAsync();
        return lieu.Id;
    }

    /// <summary>An access request on the north child, so that the request and its complete file are checked too.</summary>
    private async Task<int> DroitAsync()
    {
        await using var db = serveur.Contexte();
        var d = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.DemandesDroits);
        if (d is not null) return d.Id;
        var recue = DateOnly.FromDateTime(DateTime.Today).AddDays(-3);
        d = new Sillage.Donnees.Entites.DemandeDroit { Type = "Acces", DateReception = recue, DemandeurNom = "Éloïse LEFÈVRE", DemandeurQualite = "PERSONNE",
            EnfantId = serveur.EnfantNord, Echeance = Sillage.Domaine.Droits.DelaiDroits.Echeance(recue) };
        db.DemandesDroits.Add(d);
        await db.SaveChangesAsync();
        return d.Id;
    }

    public static TheoryData<string, string> Pages()
    {
        var d = new TheoryData<string, string>();
        foreach (var url in new[] { "/", "/enfants", "/enfants?q=lefevre", "/enfants/{nord}", "/enfants/nouveau", "/enfants/{nord}/modifier", "/enfants/{nord}?ordre=chrono", "/enfants/{nord}/parents", "/enfants/{nord}/documents", "/enfants/{nord}/fusionner", "/enfants/{nord}/fusionner?numero=E0000002", "/compte/jetons", "/compte/mot-de-passe", "/page-inexistante" })
            d.Add("cadre.nord", url);
        foreach (var url in new[] { "/administration", "/administration/utilisateurs", "/administration/utilisateurs/nouveau", "/administration/territoires", "/administration/departement", "/administration/echange", "/qualite", "/enfants" })
            d.Add("administrateur", url);
        d.Add("dpo", "/audit");
        d.Add("dpo", "/conservation");
        d.Add("dpo", "/droits");
        d.Add("dpo", "/droits/nouvelle");
        d.Add("dpo", "/droits/{droit}");
        d.Add("dpo", "/droits/{droit}/dossier");
        d.Add("cadre.nord", "/echeances");
        d.Add("cadre.nord", "/mesures");
        d.Add("cadre.nord", "/mesures/nouvelle?enfant={nord}");
        d.Add("cadre.nord", "/lieux");
        d.Add("cadre.nord", "/lieux/recherche?ages=8F%2C11M&recherche=1");
        d.Add("cadre.nord", "/lieux/reservations");
        d.Add("cadre.nord", "/lieux/fratries");
        d.Add("cadre.nord", "/lieux/{lieu}");
        d.Add("lieux", "/lieux/{lieu}");
        d.Add("lieux", "/lieux/{lieu}/modifier");
        d.Add("lieux", "/lieux/nouveau");
        d.Add("administrateur", "/administration/regles");
        d.Add("cadre.nord", "/parcours/rapport?enfant={nord}");
        d.Add("referent.nord", "/parcours");
        d.Add("referent.nord", "/parcours/ppe?enfant={nord}");
        d.Add("referent.nord", "/parcours/enfant?enfant={nord}");
        d.Add("referent.nord", "/parcours/cessec");
        d.Add("cadre.nord", "/observatoire");
        d.Add("odpe", "/observatoire/serie?code=MES_ADM&territoire=*");
        d.Add("crip", "/crip");
        d.Add("crip", "/crip/nouvelle?q=lefevre");
        d.Add("evaluateur.nord", "/crip");
        d.Add("cadre.nord", "/crip?statut=En+évaluation");
        d.Add("odpe", "/olinpe?annee=2023");
        d.Add("administrateur", "/olinpe/correspondance");
        d.Add("cadre.nord", "/observatoire/fiabilite?controle=MESURE_ECHUE");
        d.Add("odpe", "/observatoire/detail?code=MES_ADM&annee=2024&territoire=*");
        d.Add("odpe", "/observatoire/comparaisons");
        d.Add("odpe", "/observatoire/population");
        d.Add("odpe", "/observatoire/rapport");
        d.Add("", "/connexion");
        foreach (var url in new[] { "/schema", "/schema/{schema}", "/schema/fiche/{fiche}", "/schema/fiche/{fiche}/modifier", "/schema/{schema}/calendrier", "/schema/{schema}/calendrier?pas=annee", "/schema/{schema}/bilan", "/schema/{schema}/bilan?annee=2019" })
            d.Add("administrateur", url);
        d.Add("referent.nord", "/schema/fiche/{fiche}");
        return d;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Chaque_page_est_accessible_sans_violation_grave(string login, string url)
    {
        await HistoireNavigateur.AssurerAsync(serveur); // the file's pages with a real timeline
        IPage page;
        if (login == "")
        {
            page = await (await navigateur.Chromium.NewContextAsync()).NewPageAsync();
        }
        else page = await navigateur.ConnecterAsync(serveur, login, depart: "/enfants");
        if (url.Contains("{droit}")) url = url.Replace("{droit}", (await DroitAsync()).ToString());
        if (url.Contains("{lieu}")) url = url.Replace("{lieu}", (await LieuAsync()).ToString());
        if (url.Contains("/schema/"))
        {
            var (plan, fiche) = await SchemaNavigateurTests.AssurerAsync(serveur);
            url = url.Replace("{schema}", plan.ToString()).Replace("{fiche}", fiche.ToString());
        }
        await page.GotoAsync(new Uri(serveur.Adresse, url.Replace("{nord}", serveur.EnfantNord.ToString())).ToString());
        var resultat = await page.RunAxe();
        var graves = resultat.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}) : {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(graves.Count == 0, $"{url} :\n" + string.Join("\n", graves));
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());

        // 200 % zoom on a 1280 px screen = a 640 px wide viewport: nothing scrolls sideways.
        await page.SetViewportSizeAsync(640, 900);
        var deborde = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        var coupables = deborde ? await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.defilement')).slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')") : "";
        Assert.False(deborde, $"{url} déborde horizontalement à 200 % : {coupables}");
        await page.Context.CloseAsync();
    }
}
