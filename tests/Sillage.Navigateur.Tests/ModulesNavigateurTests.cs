using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sillage.Donnees.Entites;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Navigateur.Tests;

/// <summary>Échéancier and places as a référent uses them, in the browser.</summary>
[Collection("navigateur")]
public class ModulesNavigateurTests(Navigateur navigateur, ServeurSillage serveur)
{
    private async Task<Enfant> EnfantAsync(string numero, string nom, string prenoms, string famille, DateOnly naissance)
    {
        await using var db = serveur.Contexte();
        var nord = await db.Territoires.SingleAsync(t => t.Code == "NORD");
        var e = new Enfant { NumeroDossier = numero, Nom = nom, Prenoms = prenoms, Sexe = "F", DateNaissance = naissance, TerritoireId = nord.Id, Famille = famille,
            CleRecherche = Domaine.Enfants.CleRecherche.Calculer(nom, prenoms) };
        db.Enfants.Add(e);
        await db.SaveChangesAsync();
        return e;
    }

    [Fact]
    public async Task Un_referent_voit_un_rapport_en_retard_l_enregistre_et_l_echeance_disparait()
    {
        var aujourdhui = DateOnly.FromDateTime(DateTime.Today);
        var e = await EnfantAsync("E0000501", "PETIT", "Camille", "FAM501", new DateOnly(2012, 4, 4));
        await using (var db = serveur.Contexte())
        {
            db.Mesures.Add(new Mesure { EnfantId = e.Id, Type = "AEMO", DateDecision = aujourdhui.AddMonths(-14), DateDebut = aujourdhui.AddMonths(-14), DateFinPrevue = aujourdhui.AddMonths(8) });
            db.Ppes.Add(new ProjetPourEnfant { EnfantId = e.Id, DateSignature = aujourdhui.AddMonths(-13) });
            await db.SaveChangesAsync();
        }
        var page = await navigateur.ConnecterAsync(serveur, "referent.nord");
        await page.GetByRole(AriaRole.Link, new() { Name = "Échéances", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Type").SelectOptionAsync("RAPPORT");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        var ligne = page.Locator("tr", new() { HasText = "Camille PETIT" });
        await Assertions.Expect(ligne).ToContainTextAsync("en retard");
        await ligne.GetByRole(AriaRole.Link, new() { Name = "Camille PETIT" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer un rapport de situation" }).ClickAsync();
        await page.GetByLabel("Date du rapport").FillAsync(aujourdhui.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Partagé avec les parents et l'enfant le").FillAsync(aujourdhui.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le rapport" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync("Rapport de situation du");
        await page.GotoAsync(new Uri(serveur.Adresse, "/echeances?type=RAPPORT&etat=en%20retard").ToString());
        Assert.Equal(0, await page.Locator("tr", new() { HasText = "Camille PETIT" }).CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Chercher_une_place_pour_une_fratrie_reserver_admettre_et_voir_la_place_prise()
    {
        var aujourdhui = DateOnly.FromDateTime(DateTime.Today);
        var a = await EnfantAsync("E0000601", "ROCHE", "Léa", "FAM601", new DateOnly(2014, 5, 5));
        var b = await EnfantAsync("E0000602", "ROCHE", "Zoé", "FAM601", new DateOnly(2016, 6, 6));
        await using (var db = serveur.Contexte())
        {
            var nord = await db.Territoires.SingleAsync(t => t.Code == "NORD");
            db.Lieux.Add(new LieuAccueil { Type = "VILLAGE_ENFANTS", Nom = "Village des Érables", TerritoireId = nord.Id, Capacite = 3 });
            foreach (var e in new[] { a, b })
                db.Mesures.Add(new Mesure { EnfantId = e.Id, Type = "PLACEMENT_ASE", DateDecision = aujourdhui.AddDays(-2), DateDebut = aujourdhui, DateFinPrevue = aujourdhui.AddMonths(12) });
            await db.SaveChangesAsync();
        }
        var page = await navigateur.ConnecterAsync(serveur, "referent.nord");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lieux d'accueil", Exact = true }).First.ClickAsync();
        var village = page.Locator("tr", new() { HasText = "Village des Érables" }).Last;
        await Assertions.Expect(village.Locator("td").Nth(7)).ToContainTextAsync("3");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rechercher une place" }).ClickAsync();
        await page.GetByLabel("N° de dossier des enfants (fratrie : plusieurs numéros)").FillAsync("E0000601 E0000602");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        var proposition = page.Locator("tr", new() { HasText = "Village des Érables" });
        await Assertions.Expect(proposition).ToContainTextAsync("toute la fratrie");
        await proposition.GetByRole(AriaRole.Button, new() { Name = "Réserver" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync("réservée");
        foreach (var _ in new[] { a, b })
            await page.Locator("tr", new() { HasText = "Village des Érables" }).First.GetByRole(AriaRole.Button, new() { Name = "Admettre" }).ClickAsync();
        await page.GotoAsync(new Uri(serveur.Adresse, "/lieux").ToString());
        village = page.Locator("tr", new() { HasText = "Village des Érables" }).Last;
        Assert.Equal("1", (await village.Locator("td").Nth(7).InnerTextAsync()).Trim());
        Assert.Equal("2", (await village.Locator("td").Nth(4).InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }
}
