using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>Observatoire pages for the ODPE and managers: data-quality report, drill-down (pseudonymised for the ODPE), audit.</summary>
public class OdpeTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = serveur.Contexte();
        if (await db.Mesures.AnyAsync(m => m.SourceId == "ODPE-ECHUE")) return;
        var echue = new Mesure { SourceId = "ODPE-ECHUE", EnfantId = serveur.EnfantNord, Type = "AEMO", DateDecision = new(2022, 1, 5), DateDebut = new(2022, 1, 10), DateFinPrevue = new(2023, 1, 9) };
        var finie = new Mesure { SourceId = "ODPE-FINIE", EnfantId = serveur.EnfantSud, Type = "PLACEMENT_ASE", DateDecision = new(2022, 1, 5), DateDebut = new(2022, 2, 1), DateFin = new(2022, 6, 30) };
        var enCours = new Mesure { SourceId = "ODPE-EN-COURS", EnfantId = serveur.EnfantSud, Type = "AED", DateDecision = new(2022, 3, 1), DateDebut = new(2022, 3, 1) };
        db.Mesures.AddRange(echue, finie, enCours);
        await db.SaveChangesAsync();
        db.Sejours.Add(new Sejour { SourceId = "ODPE-SEJOUR", EnfantId = serveur.EnfantSud, MesureId = finie.Id, Mode = "TDC", DateDebut = new(2022, 2, 1) });
        db.Informations.Add(new InformationEntrante { SourceId = "ODPE-IP", DateReception = new(2022, 5, 2), Origine = "EDUCATION_NATIONALE", Qualification = "EN_COURS",
            Enfants = [new InformationEnfant { EnfantId = serveur.EnfantNord2 }] });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Le_rapport_de_fiabilite_compte_par_territoire_et_mene_aux_dossiers_a_corriger()
    {
        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        var html = await cadre.LireTexteAsync("/observatoire/fiabilite?au=2023-06-30");
        Assert.Contains("Mesures échues ni terminées ni renouvelées", html);
        // One expired AEMO in NORD; one séjour in SUD whose placement ended; one information still « en cours » (NORD).
        Assert.Contains(">1<span class=\"visuellement-cache\"> : Mesures échues ni terminées ni renouvelées, NORD<", html);
        Assert.Contains(">1<span class=\"visuellement-cache\"> : Séjours sans mesure en cours, SUD<", html);
        Assert.Contains(">1<span class=\"visuellement-cache\"> : Informations non qualifiées après 7 jours, NORD<", html);
        Assert.DoesNotContain("Mesures échues ni terminées ni renouvelées, SUD", html);

        var detail = await cadre.LireTexteAsync("/observatoire/fiabilite?au=2023-06-30&controle=MESURE_ECHUE&territoire=NORD");
        Assert.Contains("E0000001", detail);
        Assert.Matches("href=\"/mesures/\\d+\"", detail);
        // The cadre of NORD does not see SUD's rows, although the count is shown.
        var sud = await cadre.LireTexteAsync("/observatoire/fiabilite?au=2023-06-30&controle=SEJOUR_SANS_MESURE&territoire=SUD");
        Assert.Contains("0 enregistrement(s)", sud);
        Assert.DoesNotContain("E0000003", sud);

        var csv = await cadre.Http.GetAsync("/observatoire/fiabilite?handler=Export&format=csv&au=2023-06-30");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("MESURE_ECHUE;Mesures échues ni terminées ni renouvelées;1;1;0", await csv.Content.ReadAsStringAsync());
        var xlsx = await cadre.Http.GetAsync("/observatoire/fiabilite?handler=Export&format=xlsx&au=2023-06-30&controle=MESURE_ECHUE");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);

        await using var db = serveur.Contexte();
        Assert.True(await db.EvenementsAudit.AnyAsync(e => e.Type == (int)TypeEvenementAudit.ConsultationFiabilite && e.Login == "cadre.nord"));
        Assert.True(await db.EvenementsAudit.AnyAsync(e => e.Type == (int)TypeEvenementAudit.ExportDetailObservatoire && e.Login == "cadre.nord"));
    }

    [Fact]
    public async Task L_odpe_voit_des_lignes_pseudonymisees_et_le_detail_d_un_chiffre_est_audite()
    {
        using var odpe = await serveur.ConnecterAsync("odpe");
        var fiabilite = await odpe.LireTexteAsync("/observatoire/fiabilite?au=2023-06-30&controle=SEJOUR_SANS_MESURE");
        Assert.Contains("Lignes pseudonymisées", fiabilite);
        Assert.Matches("<td>P-[0-9A-F]{10}</td>", fiabilite);
        Assert.DoesNotContain("E0000003", fiabilite);
        Assert.DoesNotContain("GARNIER", fiabilite);
        Assert.DoesNotContain("/enfants/", fiabilite);

        var index = await odpe.LireTexteAsync("/observatoire?annee=2022&theme=Mesures");
        Assert.Contains("/observatoire/detail?code=MES_JUD&annee=2022", index);
        var detail = await odpe.LireTexteAsync("/observatoire/detail?code=MES_ADM&annee=2022&territoire=*");
        Assert.Contains("Mesure AED en cours", detail);
        Assert.DoesNotContain("GARNIER", detail);
        Assert.DoesNotContain("E0000003", detail);
        Assert.DoesNotContain("10/09/2012", detail); // no birth date
        Assert.Equal(HttpStatusCode.NotFound, (await odpe.Http.GetAsync("/observatoire/detail?code=PPE_TAUX&annee=2022")).StatusCode);

        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        var nominatif = await cadre.LireTexteAsync("/observatoire/detail?code=ENFANTS_SUIVIS&annee=2022&territoire=*");
        Assert.Contains("E0000001", nominatif);
        Assert.Contains("hors de vos territoires", nominatif); // SUD's measures: counted, not listed

        await using var db = serveur.Contexte();
        Assert.True(await db.EvenementsAudit.AnyAsync(e => e.Type == (int)TypeEvenementAudit.ConsultationDetailIndicateur && e.Login == "odpe"));
    }

    [Fact]
    public async Task L_api_donne_les_comptes_de_fiabilite_et_les_comparaisons()
    {
        using var odpe = await serveur.ConnecterAsync("odpe");
        var comptes = await odpe.Http.GetFromJsonAsync<JsonElement>("/api/v1/observatoire/fiabilite?au=2023-06-30");
        Assert.Contains(comptes.EnumerateArray(), c => c.GetProperty("controle").GetString() == "MESURE_ECHUE" && c.GetProperty("territoire").GetString() == "NORD" && c.GetProperty("nombre").GetInt32() == 1);
        var comparaisons = await odpe.Http.GetFromJsonAsync<JsonElement>("/api/v1/observatoire/comparaisons?annee=2022");
        Assert.Equal(Sillage.Demo.Drees.DonneesDrees.Departements2020().Sum(l => l.TotalEnfantsAccueillisAPlusB),
            comparaisons.EnumerateArray().Single(x => x.GetProperty("indicateur").GetString() == "Enfants accueillis (A + B)").GetProperty("france").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, (await odpe.Http.GetAsync("/api/v1/observatoire/comparaisons")).StatusCode);
        using var referent = await serveur.ConnecterAsync("referent.nord");
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Http.GetAsync("/api/v1/observatoire/fiabilite")).StatusCode);
    }

    [Fact]
    public async Task Les_roles_sans_observatoire_n_ont_ni_rapport_ni_detail()
    {
        using var referent = await serveur.ConnecterAsync("referent.nord");
        Assert.Equal(HttpStatusCode.Redirect, (await referent.Http.GetAsync("/observatoire/fiabilite")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await referent.Http.GetAsync("/observatoire/detail?code=MES_JUD&annee=2022")).StatusCode);
    }
}

/// <summary>INSEE population import (page and CLI, all or nothing) and the comparisons with the DREES figures.</summary>
public class PopulationOdpeTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private static MultipartFormDataContent Fichier(string csv, string jeton)
    {
        var contenu = new MultipartFormDataContent { { new StringContent(jeton), "__RequestVerificationToken" } };
        contenu.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "fichier", "population.csv");
        return contenu;
    }

    [Fact]
    public async Task L_import_de_population_est_tout_ou_rien_et_donne_les_taux()
    {
        using var odpe = await serveur.ConnecterAsync("odpe");
        var page = await odpe.LireAsync("/observatoire/population");
        var refus = await odpe.Http.PostAsync("/observatoire/population", Fichier("annee;territoire;age;effectif\n2023;*;0;1000\n2023;OUEST;1;10\n2023;*;x;5\n", ClientSillage.JetonAntiforgery(page)!));
        var texte = await ClientSillage.Texte(refus);
        Assert.Contains("Rien n'a été importé", texte);
        Assert.Contains("Ligne 4, colonne age : « x » n'est pas un entier", texte);
        Assert.Contains("le territoire « OUEST » n'existe pas", texte);
        await using (var db = serveur.Contexte()) Assert.False(await db.Populations.AnyAsync(p => p.Annee == 2023));

        var csv = "annee;territoire;age;effectif\n" + string.Concat(Enumerable.Range(0, 21).Select(a => $"2023;*;{a};1000\n2023;NORD;{a};600\n"));
        var ok = await odpe.Http.PostAsync("/observatoire/population", Fichier(csv, ClientSillage.JetonAntiforgery(await odpe.LireAsync("/observatoire/population"))!));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var liste = await odpe.LireTexteAsync("/observatoire/population");
        Assert.Contains("Population importée : 42 ligne(s).", liste);
        Assert.Contains("21 000", liste.Replace('\u202f', ' ').Replace('\u00a0', ' '));

        // The CLI replaces the same (année, territoire) pairs: NORD 2023 now 700 per age.
        var f = Path.GetTempFileName();
        await File.WriteAllTextAsync(f, "annee;territoire;age;effectif\n" + string.Concat(Enumerable.Range(0, 21).Select(a => $"2023;NORD;{a};700\n")));
        var o = new StringWriter();
        Assert.Equal(0, await Sillage.Web.Commandes.LigneDeCommande.ExecuterAsync(["population", "importer", f, serveur.Bd.ArgumentDbCourant], o, new StringWriter()));
        Assert.Contains("21 ligne(s)", o.ToString());
        var erreur = new StringWriter();
        await File.WriteAllTextAsync(f, "annee;age\n");
        Assert.Equal(2, await Sillage.Web.Commandes.LigneDeCommande.ExecuterAsync(["population", "importer", f, serveur.Bd.ArgumentDbCourant], new StringWriter(), erreur));
        Assert.Contains("l'en-tête doit être", erreur.ToString());
        await using (var db = serveur.Contexte())
        {
            Assert.Equal(21 * 700, await db.Populations.Where(p => p.Annee == 2023 && p.TerritoireId != null).SumAsync(p => p.Effectif));
            Assert.True(await db.EvenementsAudit.AnyAsync(e => e.Type == (int)TypeEvenementAudit.ImportPopulation));
        }

        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        Assert.DoesNotContain("Importer un fichier", await cadre.LireTexteAsync("/observatoire/population"));
        var interdit = await cadre.Http.PostAsync("/observatoire/population", Fichier(csv, ClientSillage.JetonAntiforgery(await cadre.LireAsync("/observatoire/population"))!));
        Assert.NotEqual("/observatoire/population", interdit.Headers.Location?.OriginalString);
        await using (var db = serveur.Contexte()) Assert.Equal(21 * 700, await db.Populations.Where(p => p.Annee == 2023 && p.TerritoireId != null).SumAsync(p => p.Effectif));
    }

    [Fact]
    public async Task Les_comparaisons_viennent_des_donnees_drees_livrees()
    {
        using var odpe = await serveur.ConnecterAsync("odpe");
        var html = await odpe.LireTexteAsync("/observatoire/comparaisons?annee=2022");
        Assert.Contains("Enfants accueillis (A + B)", html);
        var france = Sillage.Demo.Drees.DonneesDrees.Departements2020().Sum(l => l.TotalEnfantsAccueillisAPlusB);
        Assert.Contains(france.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), html);
        var csv = await odpe.Http.GetAsync("/observatoire/comparaisons?handler=Export&format=csv&annee=2022");
        Assert.Contains("Part des placements directs", await csv.Content.ReadAsStringAsync());
    }
}

/// <summary>The ODPE's annual report: on screen, then as PDF (Chromium), audited.</summary>
public class RapportOdpeTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    [Fact]
    public async Task Le_rapport_annuel_reunit_chiffres_series_comparaisons_et_fiabilite()
    {
        using var odpe = await serveur.ConnecterAsync("odpe");
        var html = await odpe.LireTexteAsync($"/observatoire/rapport?annee={DateTime.Today.Year - 1}");
        Assert.Contains("Rapport annuel de l'observatoire départemental", html);
        Assert.Contains("Chiffres clés", html);
        Assert.Contains("<svg", html);
        Assert.Contains("France", html);
        Assert.Contains("Mesures échues ni terminées ni renouvelées", html);
        var pdf = await odpe.Http.GetAsync($"/observatoire/rapport?handler=Pdf&annee={DateTime.Today.Year - 1}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 4));
        await using var db = serveur.Contexte();
        Assert.True(await db.EvenementsAudit.AnyAsync(e => e.Type == (int)TypeEvenementAudit.RapportAnnuelObservatoire && e.Login == "odpe"));
    }
}
