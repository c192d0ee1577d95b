using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sillage.Donnees.Entites;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Navigateur.Tests;

/// <summary>A history for the first child of the test département, so that the file's pages show a real timeline.</summary>
public static class HistoireNavigateur
{
    private static readonly SemaphoreSlim Verrou = new(1, 1);

    public static async Task AssurerAsync(ServeurSillage serveur)
    {
        await Verrou.WaitAsync();
        try
        {
            await using var db = serveur.Contexte();
            if (await db.Mesures.AnyAsync(m => m.SourceId == "NAV-M1")) return;
            var id = serveur.EnfantNord;
            var nord = await db.Enfants.Where(e => e.Id == id).Select(e => e.TerritoireId).SingleAsync();
            var lieu = new LieuAccueil { Nom = "MECS Les Peupliers", Type = "MECS", TerritoireId = nord, Capacite = 12 };
            var info = new InformationEntrante { DateReception = new DateOnly(2023, 9, 4), Origine = "EDUCATION_NATIONALE", Qualification = "IP", DateQualification = new DateOnly(2023, 9, 6) };
            db.AddRange(lieu, info);
            db.InformationsEnfants.Add(new InformationEnfant { Information = info, EnfantId = id, DateFinEvaluation = new DateOnly(2023, 11, 20), Conclusion = "SAISINE_JUDICIAIRE", DateDecision = new DateOnly(2023, 11, 22) });
            var mesure = new Mesure { SourceId = "NAV-M1", EnfantId = id, Type = "PLACEMENT_ASE", DateDecision = new DateOnly(2023, 12, 1), DateDebut = new DateOnly(2023, 12, 8), DateFinPrevue = new DateOnly(2025, 12, 7) };
            db.Mesures.AddRange(mesure, new Mesure { EnfantId = id, Type = "MJIE", DateDecision = DateOnly.FromDateTime(DateTime.Today).AddDays(-20) });
            await db.SaveChangesAsync();
            db.Sejours.Add(new Sejour { EnfantId = id, MesureId = mesure.Id, Lieu = lieu, Mode = "LIEU", DateDebut = new DateOnly(2023, 12, 8) });
            db.Ppes.Add(new ProjetPourEnfant { EnfantId = id, DateSignature = new DateOnly(2024, 2, 15) });
            db.Rapports.Add(new RapportSituation { EnfantId = id, Date = new DateOnly(2024, 11, 30) });
            db.Parents.Add(new Parent { EnfantId = id, Lien = "MERE", Nom = "LEFÈVRE", Prenoms = "Julie", AutoriteParentale = true });
            db.Documents.Add(new Document { EnfantId = id, Titre = "Jugement", NomFichier = "jugement.pdf", TypeContenu = "application/pdf", Contenu = "%PDF-1.7"u8.ToArray(), DeposeLe = DateTime.UtcNow, EvenementType = "Mesure", EvenementId = mesure.Id });
            await db.SaveChangesAsync();
        }
        finally
        {
            Verrou.Release();
        }
    }
}

[Collection("navigateur")]
public class DossierNavigateurTests(Navigateur navigateur, ServeurSillage serveur)
{
    [Fact]
    public async Task Recherche_puis_dossier_puis_chronologie()
    {
        await HistoireNavigateur.AssurerAsync(serveur);
        var page = await navigateur.ConnecterAsync(serveur, "referent.nord", depart: "/enfants");
        await page.GetByLabel("Nom et prénoms").FillAsync("lefevre eloise");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "E0000001" }).ClickAsync();
        await page.AttendreUrlAsync($"/enfants/{serveur.EnfantNord}");

        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Chronologie", Level = 2 }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Situation actuelle", Level = 2 }).IsVisibleAsync());
        var evenements = page.Locator("ol.chronologie > li");
        Assert.True(await evenements.CountAsync() >= 7, $"{await evenements.CountAsync()} événements");
        // Most recent first: the document deposited today, then the waiting MJIE; the oldest is the information.
        await Assertions.Expect(evenements.First).ToContainTextAsync("Document — Jugement");
        var mjie = await evenements.Nth(1).InnerTextAsync();
        Assert.Contains("Mesure judiciaire d'investigation éducative", mjie);
        Assert.Contains("En attente d'exécution depuis 20 jours", mjie);
        await Assertions.Expect(evenements.Last).ToContainTextAsync("Information entrante");
        await Assertions.Expect(evenements.Last).ToContainTextAsync("77 jours après la réception");
        await Assertions.Expect(page.Locator("#titre-situation + h3 + p")).ToContainTextAsync("MECS Les Peupliers");
        await Assertions.Expect(page.Locator("section[aria-labelledby=titre-parents]")).ToContainTextAsync("Mère : Julie LEFÈVRE");

        await page.GetByRole(AriaRole.Link, new() { Name = "Afficher dans l'ordre chronologique" }).ClickAsync();
        await page.AttendreUrlAsync("ordre=chrono");
        await Assertions.Expect(page.Locator("ol.chronologie > li").First).ToContainTextAsync("Information entrante");

        // The document attached to the placement is listed under it and downloads.
        var placement = page.Locator("ol.chronologie > li", new() { HasText = "Enfant confié à l'ASE par le juge" });
        var telechargement = await page.RunAndWaitForDownloadAsync(() => placement.GetByRole(AriaRole.Link, new() { Name = "Jugement (jugement.pdf)" }).ClickAsync());
        Assert.Equal("jugement.pdf", telechargement.SuggestedFilename);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Ajouter_un_parent_sans_javascript()
    {
        await HistoireNavigateur.AssurerAsync(serveur);
        var page = await navigateur.ConnecterAsync(serveur, "cadre.nord", Navigateur.Ecran(javascript: false), "/enfants");
        await page.GotoAsync(new Uri(serveur.Adresse, $"/enfants/{serveur.EnfantNord2}/parents").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nom : valeur obligatoire.");
        await page.GetByLabel("Lien avec l'enfant").SelectOptionAsync("PERE");
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("LEFÈVRE");
        await page.GetByLabel("Prénoms").FillAsync("Antoine");
        await page.GetByLabel("Titulaire de l'autorité parentale").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Parent ajouté.");
        await Assertions.Expect(page.Locator("table.tableau tbody")).ToContainTextAsync("Antoine");
        await page.Context.CloseAsync();
    }
}
