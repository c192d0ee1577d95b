using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Navigateur.Tests;

/// <summary>The CRIP path in the browser: intake → qualification → evaluation → decision, each page checked with axe.</summary>
[Collection("navigateur")]
public class CripNavigateurTests(Navigateur navigateur, ServeurSillage serveur)
{
    private static async Task AccessibleAsync(IPage page)
    {
        var resultat = await page.RunAxe();
        var graves = resultat.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} : {v.Help}").ToList();
        Assert.True(graves.Count == 0, page.Url + "\n" + string.Join("\n", graves));
    }

    [Fact]
    public async Task Recueil_qualification_evaluation_decision()
    {
        var crip = await navigateur.ConnecterAsync(serveur, "crip");
        await crip.GotoAsync(new Uri(serveur.Adresse, "/crip").ToString());
        await AccessibleAsync(crip);
        await crip.GetByRole(AriaRole.Link, new() { Name = "Recueillir une information" }).ClickAsync();
        await crip.GetByLabel("Chercher un enfant (nom, prénoms)").FillAsync("noe lefevre");
        await crip.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        Assert.True(await crip.GetByLabel("Éloïse Marie LEFÈVRE", new() { Exact = false }).IsCheckedAsync()); // the fratrie is proposed, checked
        await crip.GetByLabel("Origine").SelectOptionAsync("EDUCATION_NATIONALE");
        await crip.GetByLabel("Professionnel (retour sur les suites, CASF L226-5)").CheckAsync();
        await crip.GetByLabel("Identité et coordonnées").FillAsync("Mme Directrice, école des Tilleuls");
        await crip.GetByLabel("Négligences (soins, alimentation, hygiène, sécurité)").CheckAsync();
        await AccessibleAsync(crip);
        await crip.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'information" }).ClickAsync();
        await Assertions.Expect(crip).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/crip/\d+$"));
        await Assertions.Expect(crip.Locator("h1")).ToContainTextAsync("À qualifier");
        var url = crip.Url;
        await AccessibleAsync(crip);

        await crip.GetByLabel("Motif").FillAsync("Négligences décrites précisément");
        await crip.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la qualification" }).ClickAsync();
        await Assertions.Expect(crip.Locator("h1")).ToContainTextAsync("En évaluation");
        await crip.GetByLabel("evaluateur.nord").CheckAsync();
        await crip.GetByLabel("referent.nord").CheckAsync();
        await crip.GetByRole(AriaRole.Button, new() { Name = "Désigner" }).ClickAsync();
        await Assertions.Expect(crip.GetByRole(AriaRole.Status)).ToContainTextAsync("Évaluateurs désignés");
        await AccessibleAsync(crip);
        await crip.Context.CloseAsync();

        var evaluateur = await navigateur.ConnecterAsync(serveur, "evaluateur.nord");
        await evaluateur.GotoAsync(url);
        await AccessibleAsync(evaluateur);
        await evaluateur.GetByLabel("Parents informés le").FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        var enfants = await evaluateur.Locator("select[name$='.RencontreSeul']").CountAsync();
        Assert.True(enfants >= 2);
        for (var i = 0; i < enfants; i++)
        {
            await evaluateur.Locator("select[name$='.RencontreSeul']").Nth(i).SelectOptionAsync("true");
            await evaluateur.Locator("input[name$='.DateFin']").Nth(i).FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
            await evaluateur.Locator("select[name$='.DangerConfirme']").Nth(i).SelectOptionAsync("false");
            await evaluateur.Locator("select[name$='.Proposition']").Nth(i).SelectOptionAsync(i == 0 ? "ACCOMPAGNEMENT" : "CLASSEMENT");
        }
        await evaluateur.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'évaluation" }).ClickAsync();
        await Assertions.Expect(evaluateur.Locator("h1")).ToContainTextAsync("À décider");
        await evaluateur.Context.CloseAsync();

        var cadre = await navigateur.ConnecterAsync(serveur, "cadre.nord");
        await cadre.GotoAsync(url);
        await AccessibleAsync(cadre);
        await cadre.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync(); // the evaluators' proposals are preselected
        await Assertions.Expect(cadre.Locator("h1")).ToContainTextAsync("Décidée");
        await Assertions.Expect(cadre.Locator("table").First).ToContainTextAsync("Accompagnement hors ASE");
        await AccessibleAsync(cadre);
        await cadre.Context.CloseAsync();
    }
}
