using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sillage.Donnees.Entites;
using Sillage.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sillage.Navigateur.Tests;

/// <summary>A référent writes a PPE and prints it; an overdue rapport is recorded from the échéancier.</summary>
[Collection("navigateur")]
public class PpeNavigateurTests(Navigateur navigateur, ServeurSillage serveur, ITestOutputHelper sortie)
{
    private static readonly DateOnly Aujourdhui = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>A child of the NORD territory placed since <paramref name="debut"/>, with a mother and a lieu (its own: other tests keep theirs).</summary>
    private async Task<int> EnfantPlaceAsync(string numero, string prenoms, DateOnly naissance, DateOnly debut, DateOnly? rapport = null)
    {
        await using var db = serveur.Contexte();
        if (await db.Enfants.FirstOrDefaultAsync(e => e.NumeroDossier == numero) is { } existant) return existant.Id;
        var nord = await db.Territoires.SingleAsync(t => t.Code == "NORD");
        var enfant = new Enfant { NumeroDossier = numero, Nom = "FONTAINE", Prenoms = prenoms, Sexe = "F", DateNaissance = naissance, TerritoireId = nord.Id, CleRecherche = "fontaine " + prenoms.ToLowerInvariant() };
        var lieu = new LieuAccueil { Nom = "Assistante familiale Mme Perrin", Type = "AF", TerritoireId = nord.Id, Capacite = 2 };
        db.AddRange(enfant, lieu);
        await db.SaveChangesAsync();
        var mesure = new Mesure { EnfantId = enfant.Id, Type = "PLACEMENT_ASE", DateDecision = debut, DateDebut = debut };
        db.Mesures.Add(mesure);
        db.Parents.Add(new Parent { EnfantId = enfant.Id, Lien = "MERE", Nom = "FONTAINE", Prenoms = "Sandra", AutoriteParentale = true });
        if (rapport is { } r)
        {
            db.Rapports.Add(new RapportSituation { EnfantId = enfant.Id, Date = r });
            db.Ppes.Add(new ProjetPourEnfant { EnfantId = enfant.Id, DateSignature = debut.AddMonths(2) });
        }
        await db.SaveChangesAsync();
        db.Sejours.Add(new Sejour { EnfantId = enfant.Id, MesureId = mesure.Id, LieuId = lieu.Id, Mode = "LIEU", DateDebut = debut });
        await db.SaveChangesAsync();
        return enfant.Id;
    }

    [Fact]
    public async Task Un_referent_redige_le_PPE_d_un_enfant_et_telecharge_son_PDF()
    {
        var id = await EnfantPlaceAsync("E0000801", "Léa", Aujourdhui.AddYears(-10).AddDays(-40), Aujourdhui.AddMonths(-2));
        var page = await navigateur.ConnecterAsync(serveur, "referent.nord", depart: "/enfants");
        await page.GotoAsync(new Uri(serveur.Adresse, $"/enfants/{id}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Projet pour l'enfant", Exact = true }).ClickAsync();
        await page.AttendreUrlAsync($"/parcours/ppe?enfant={id}");
        // Prefilled from the file, nothing to type: the lieu, the mother's parental authority.
        var apercu = await page.Locator(".apercu-document").InnerTextAsync();
        Assert.Contains("Assistante familiale Mme Perrin", apercu);
        Assert.Contains("Sandra FONTAINE, titulaire de l'autorité parentale", apercu);

        var saisis = 0;
        async Task Saisir(ILocator champ, string texte) { await champ.FillAsync(texte); saisis++; }
        var formulaire = page.Locator("form.formulaire-ppe");
        var objectifs = new (string Domaine, string Objectif, string Actions, string Qui, string Quand)[]
        {
            ("Développement et santé", "Suivi orthophonique régulier", "Séances hebdomadaires au CMP", "Assistante familiale", "Dès janvier"),
            ("Relations familiales et avec les tiers", "Maintenir le lien avec sa mère", "Visites médiatisées deux fois par mois", "Référent ASE", "Tout au long de l'année"),
            ("Scolarité et vie sociale", "Passer en 6e dans de bonnes conditions", "Aide aux devoirs, inscription au club de judo", "Collège et assistante familiale", "Juin"),
        };
        foreach (var o in objectifs)
        {
            var bloc = formulaire.Locator("fieldset.domaine-ppe", new() { Has = page.Locator($"legend:text-is(\"{o.Domaine}\")") }).Locator("fieldset.objectif-ppe").First;
            await Saisir(bloc.GetByLabel("Objectif"), o.Objectif);
            await Saisir(bloc.GetByLabel("Actions"), o.Actions);
            await Saisir(bloc.GetByLabel("Qui"), o.Qui);
            await Saisir(bloc.GetByLabel("Quand"), o.Quand);
        }
        await Saisir(formulaire.GetByLabel("Ce que dit l'enfant"), "Léa veut rester chez Mme Perrin et voir sa mère plus souvent.");
        await Saisir(formulaire.GetByLabel("Ce que disent les parents"), "Mme Fontaine souhaite des visites le week-end.");
        await formulaire.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le projet" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alerte-succes")).ToContainTextAsync("Projet pour l'enfant enregistré (version n° 1)");
        sortie.WriteLine($"Champs saisis par le référent pour un nouveau PPE : {saisis}");
        Assert.Equal(14, saisis); // 3 objectives × (objectif, actions, qui, quand) + the child's and the parents' words

        var document = await page.Locator(".apercu-document").InnerTextAsync();
        Assert.Contains("Maintenir le lien avec sa mère", document);
        var telechargement = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger le PDF" }).ClickAsync());
        var chemin = await telechargement.PathAsync();
        var octets = await File.ReadAllBytesAsync(chemin!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(octets, 0, 4));
        Assert.EndsWith(".pdf", telechargement.SuggestedFilename);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Un_rapport_en_retard_vu_dans_l_echeancier_s_enregistre_et_disparait_des_retards()
    {
        var id = await EnfantPlaceAsync("E0000802", "Chloé", new DateOnly(2015, 5, 20), new DateOnly(2023, 6, 1), new DateOnly(2024, 6, 1));
        var page = await navigateur.ConnecterAsync(serveur, "referent.nord", depart: "/enfants");
        var retards = new Uri(serveur.Adresse, "/echeances?type=RAPPORT&etat=en%20retard").ToString();
        await page.GotoAsync(retards);
        var ligne = page.Locator("tr", new() { HasText = "E0000802" });
        await Assertions.Expect(ligne).ToContainTextAsync("en retard");
        await Assertions.Expect(ligne).ToContainTextAsync("01/06/2025");

        await ligne.GetByRole(AriaRole.Link, new() { Name = "Chloé FONTAINE" }).ClickAsync();
        await page.AttendreUrlAsync($"/enfants/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer un rapport de situation" }).ClickAsync();
        await page.AttendreUrlAsync($"/parcours/rapport?enfant={id}");
        var jour = Aujourdhui.ToString("yyyy-MM-dd");
        await page.GetByLabel("Évolution de la situation").First.FillAsync("Bonne adaptation chez l'assistante familiale.");
        await page.GetByLabel("Proposition sur la mesure").SelectOptionAsync("MAINTIEN");
        // Sent to the judge before being shared: refused with the rule named.
        await page.GetByLabel("Partagé avec les parents et l'enfant le").FillAsync(jour);
        await page.GetByLabel("Transmis au juge le").FillAsync(Aujourdhui.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le rapport" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alerte-erreur")).ToContainTextAsync("D223-20");
        await page.GetByLabel("Transmis au juge le").FillAsync(jour);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le rapport" }).ClickAsync();
        await page.AttendreUrlAsync($"/enfants/{id}");
        await Assertions.Expect(page.Locator(".alerte-succes")).ToContainTextAsync($"Prochain rapport dû le {Aujourdhui.AddMonths(12):dd/MM/yyyy}");

        await page.GotoAsync(retards);
        Assert.Equal(0, await page.Locator("tr", new() { HasText = "E0000802" }).CountAsync());
        await page.Context.CloseAsync();
    }
}
