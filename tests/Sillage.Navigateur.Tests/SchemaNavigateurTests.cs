using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sillage.Web.Fonctionnalites.Schema;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Navigateur.Tests;

/// <summary>The schéma départemental as an administrator uses it: upload, suivi, binding to the observatoire, printed bilan.</summary>
[Collection("navigateur")]
public class SchemaNavigateurTests(Navigateur navigateur, ServeurSillage serveur)
{
    public const string Orne = "61-orne-2017-2021.json";

    private static string Fichier(string nom) => DonneesPartagees.Schema(nom);

    /// <summary>The Orne plan, imported once for the page checks: (plan id, first fiche id).</summary>
    public static async Task<(int Plan, int Fiche)> AssurerAsync(ServeurSillage serveur)
    {
        await using var db = serveur.Contexte();
        var plan = await db.PlansSchema.Where(p => p.NomFichier == Orne).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        plan ??= (await new ImportSchema(db).ImporterAsync(await File.ReadAllTextAsync(Fichier(Orne)), Orne, "test")).PlanId;
        var fiche = await db.FichesSchema.Where(f => f.PlanId == plan).OrderBy(f => f.Ordre).Select(f => f.Id).FirstAsync();
        return (plan!.Value, fiche);
    }

    [Fact]
    public async Task Importer_l_orne_suivre_deux_actions_lier_un_indicateur_et_imprimer_le_bilan()
    {
        var page = await navigateur.ConnecterAsync(serveur, "administrateur");

        await page.GetByRole(AriaRole.Link, new() { Name = "Schéma départemental" }).First.ClickAsync();
        await page.GetByLabel("Fichier du schéma (.json)").SetInputFilesAsync(Fichier(Orne));
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/schema/\d+$"));
        await Assertions.Expect(page.Locator(".alerte-succes")).ToContainTextAsync("Schéma importé");
        var planUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Coordonner les actions des partenaires pour partager des objectifs et modalités de fonctionnement communs" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*Fiche 1 — Coordonner"));

        foreach (var (action, statut) in new[] { ("1", "en cours"), ("2", "réalisée") })
        {
            await page.GetByText($"Mettre à jour le suivi de l'action {action}").ClickAsync();
            await page.GetByLabel($"Statut de l'action {action}").SelectOptionAsync(new SelectOptionValue { Label = statut });
            await page.GetByLabel("Note d'avancement").Nth(int.Parse(action) - 1).FillAsync($"Point d'étape de l'action {action}.");
            await page.GetByRole(AriaRole.Button, new() { Name = $"Enregistrer le suivi de l'action {action}" }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"({statut}) : Point d'étape de l'action {action}.");
            await Assertions.Expect(page.Locator(".alerte-succes")).ToContainTextAsync("Suivi de l'action enregistré");
        }

        await page.GetByText("Suivre l'indicateur 1 :").ClickAsync();
        await page.GetByLabel("Indicateur de l'observatoire lié à l'indicateur 1", new() { Exact = false }).SelectOptionAsync("MES_AEMO");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'indicateur 1" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("observatoire : MES_AEMO");

        await page.GotoAsync(planUrl + "/bilan");
        var bilan = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Légende des statuts", bilan);
        Assert.Contains("en cours", bilan);
        Assert.Contains("réalisée", bilan);
        Assert.Contains("observatoire : MES_AEMO", bilan);
        var telechargement = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Imprimer le bilan (PDF)" }).ClickAsync());
        var chemin = await telechargement.PathAsync();
        var debut = new byte[4];
        await using (var f = File.OpenRead(chemin)) await f.ReadExactlyAsync(debut);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(debut));
        await page.Context.CloseAsync();
    }
}
