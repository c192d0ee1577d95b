using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>Two files of the NORD territory: a placement ended on 30/06/2022 (active base ended on 30/06/2024: due for
/// intermediate archive) and a placement still running (active).</summary>
internal static class FichiersArchive
{
    public static async Task<(int Ancien, int EnCours)> PeuplerAsync(ServeurSillage serveur)
    {
        using var d = new DossierEchange(
            ("enfants.csv", "id;nom;prenoms;sexe;date_naissance;territoire;famille;mna;nom_naissance_mere\n" +
                "ARC1;ARCHIVIER;Noé;M;2006-03-14;NORD;;0;\nARC2;PRESENTINE;Lou;F;2012-09-01;NORD;;0;\n"),
            ("mesures.csv", "id;enfant_id;type;date_decision;date_debut;date_fin_prevue;date_fin;motif_fin;renouvelle\n" +
                "MARC1;ARC1;PLACEMENT_ASE;2021-07-01;2021-07-01;2022-06-30;2022-06-30;ECHEANCE;\n" +
                "MARC2;ARC2;PLACEMENT_ASE;2025-01-10;2025-01-10;2026-01-09;;;\n"));
        var (code, _, erreur) = await SauvegardeTests.ExecuterAsync("import", d.Chemin, serveur.Bd.ArgumentDbCourant);
        Assert.True(code == 0, erreur);
        await using var db = serveur.Contexte();
        return (db.Enfants.Single(e => e.SourceId == "ARC1").Id, db.Enfants.Single(e => e.SourceId == "ARC2").Id);
    }

    public static async Task<string> NumeroAsync(ServeurSillage serveur, int id)
    {
        await using var db = serveur.Contexte();
        return (await db.Enfants.AsNoTracking().SingleAsync(e => e.Id == id)).NumeroDossier;
    }
}

/// <summary>Intermediate archive with restricted access, and the retention durations set by the administrator (pages).</summary>
public class ArchiveIntermediaireTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    [Fact]
    public async Task Un_dossier_place_en_archive_n_est_plus_accessible_aux_professionnels_jusqu_a_sa_reactivation_motivee()
    {
        var (ancien, enCours) = await FichiersArchive.PeuplerAsync(serveur);
        var numero = await FichiersArchive.NumeroAsync(serveur, ancien);
        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        Assert.Equal(HttpStatusCode.OK, (await cadre.Http.GetAsync($"/enfants/{ancien}")).StatusCode);
        Assert.Contains("ARCHIVIER", await cadre.LireAsync("/enfants?q=archivier"));

        using var dpo = await serveur.ConnecterAsync("dpo");
        var aPlacer = await dpo.LireTexteAsync("/conservation?etat=a-placer");
        Assert.Contains(numero, aPlacer);
        Assert.DoesNotContain(await FichiersArchive.NumeroAsync(serveur, enCours), aPlacer);
        Assert.DoesNotContain("ARCHIVIER", aPlacer); // file numbers only
        Assert.Contains("Placer les", aPlacer);

        var r = await dpo.SoumettreAsync("/conservation", [], "/conservation?handler=Archiver");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        // Restricted: no page, no search, no API, no échéance for any professional; the running file is untouched.
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.Http.GetAsync($"/enfants/{ancien}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.Http.GetAsync($"/api/v1/enfants/{ancien}")).StatusCode);
        Assert.DoesNotContain("ARCHIVIER", await cadre.LireAsync("/enfants?q=archivier"));
        Assert.Equal(HttpStatusCode.OK, (await cadre.Http.GetAsync($"/enfants/{enCours}")).StatusCode);
        using (var crip = await serveur.ConnecterAsync("crip"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await crip.Http.GetAsync($"/enfants/{ancien}")).StatusCode);
            Assert.Empty((await crip.Http.GetFromJsonAsync<List<JsonElement>>("/api/v1/enfants?q=archivier"))!);
        }
        var journal = await serveur.JournalAsync();
        Assert.Contains(journal, e => e.Type == 4504 && e.CibleId == ancien.ToString() && e.Login == "dpo");
        var placees = await dpo.LireTexteAsync("/conservation?etat=placees");
        Assert.Contains(numero, placees);
        Assert.Contains("Restreint depuis le", placees);

        // Bringing it back needs a reason; a refusal changes nothing.
        var avant = (await serveur.JournalAsync()).Count;
        r = await dpo.SoumettreAsync("/conservation?etat=placees", [new("id", ancien.ToString()), new("motif", " ")], "/conservation?handler=Reactiver");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("Motif : la raison de la sortie d'archive", await ClientSillage.Texte(r));
        Assert.Equal(avant, (await serveur.JournalAsync()).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await cadre.Http.GetAsync($"/enfants/{ancien}")).StatusCode);

        r = await dpo.SoumettreAsync("/conservation?etat=placees", [new("id", ancien.ToString()), new("motif", "Nouvelle information préoccupante reçue")],
            "/conservation?handler=Reactiver");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cadre.Http.GetAsync($"/enfants/{ancien}")).StatusCode);
        Assert.Contains(await serveur.JournalAsync(), e => e.Type == 4505 && e.CibleId == ancien.ToString() && e.Details!.Contains("Nouvelle information"));
        Assert.Equal(0, (await SauvegardeTests.ExecuterAsync("audit", "verifier", serveur.Bd.ArgumentDbCourant)).Code);

        // The administrator lengthens the active base of files with a measure to 5 years: the file is no longer due.
        using var admin = await serveur.ConnecterAsync("administrateur");
        var regles = await admin.LireTexteAsync("/administration/regles");
        Assert.Contains("Durées de conservation des dossiers", regles);
        Assert.Contains("Versement aux archives départementales", regles);
        await using (var db = serveur.Contexte())
        {
            var n = await db.ParametresRegles.CountAsync();
            r = await admin.SoumettreAsync("/administration/regles", [new("Valeurs[ConservationAvecMesureActiveAns]", "0")]);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains("base active après le dernier contact : valeur entière entre 1 et 50 an(s) obligatoire", await ClientSillage.Texte(r));
            Assert.Equal(n, await db.ParametresRegles.CountAsync());
        }
        r = await admin.SoumettreAsync("/administration/regles", [new("Valeurs[ConservationAvecMesureActiveAns]", "5"), new("Valeurs[ConservationSansMesureSort]", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains(await serveur.JournalAsync(), e => e.Cible == "ParametreRegle" && e.Details!.Contains("ConservationAvecMesureActiveAns") && e.Login == "administrateur");
        Assert.DoesNotContain(numero, await dpo.LireTexteAsync("/conservation?etat=a-placer"));
        var page = await dpo.LireTexteAsync("/conservation?etat=tous");
        Assert.Contains("5 an(s)", page);
        Assert.DoesNotContain("Élimination</td>", page.Replace(" ", "").Replace("\n", "")); // both types are now transferred
    }
}

/// <summary>The same through the API: /api/v1/conservation (DPO) and /api/v1/reglages (administrator).</summary>
public class ArchiveIntermediaireApiTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    [Fact]
    public async Task Le_dpo_archive_et_reactive_par_l_api_et_l_administrateur_regle_les_durees()
    {
        var (ancien, _) = await FichiersArchive.PeuplerAsync(serveur);
        using var dpo = await serveur.ConnecterAsync("dpo");
        using var referent = await serveur.ConnecterAsync("referent.nord");
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Http.GetAsync("/api/v1/conservation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Http.GetAsync("/api/v1/reglages")).StatusCode);

        var liste = await dpo.Http.GetFromJsonAsync<JsonElement>("/api/v1/conservation?etat=a-placer");
        Assert.Contains(liste.GetProperty("dossiers").EnumerateArray(), d => d.GetProperty("enfantId").GetInt32() == ancien);
        Assert.DoesNotContain("ARCHIVIER", liste.GetRawText());
        var r = await dpo.Http.PostAsync("/api/v1/conservation/archivage", null);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.True((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("places").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.Http.GetAsync($"/api/v1/enfants/{ancien}")).StatusCode);

        r = await dpo.Http.PostAsJsonAsync($"/api/v1/conservation/{ancien}/reactivation", new { motif = "" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("Motif", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("champ").GetString());
        r = await dpo.Http.PostAsJsonAsync($"/api/v1/conservation/{ancien}/reactivation", new { motif = "Contentieux en cours" });
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await referent.Http.GetAsync($"/api/v1/enfants/{ancien}")).StatusCode);

        using var admin = await serveur.ConnecterAsync("administrateur");
        var reglages = await admin.Http.GetFromJsonAsync<List<JsonElement>>("/api/v1/reglages");
        Assert.Contains(reglages!, x => x.GetProperty("code").GetString() == "ConservationSansMesureSort" && x.GetProperty("valeur").GetInt32() == 0);
        Assert.Contains(reglages!, x => x.GetProperty("code").GetString() == "EvaluationMois");
        r = await admin.Http.PutAsJsonAsync("/api/v1/reglages", new Dictionary<string, int> { ["ConservationAvecMesureActiveAns"] = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("entre 1 et 50", await r.Content.ReadAsStringAsync());
        r = await admin.Http.PutAsJsonAsync("/api/v1/reglages", new Dictionary<string, int> { ["Inconnu"] = 3 });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("réglage inconnu", await r.Content.ReadAsStringAsync());
        r = await admin.Http.PutAsJsonAsync("/api/v1/reglages", new Dictionary<string, int> { ["ConservationAvecMesureActiveAns"] = 5 });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains((await r.Content.ReadFromJsonAsync<List<JsonElement>>())!, x => x.GetProperty("code").GetString() == "ConservationAvecMesureActiveAns" && x.GetProperty("valeur").GetInt32() == 5);
        liste = await dpo.Http.GetFromJsonAsync<JsonElement>("/api/v1/conservation?etat=a-placer");
        Assert.DoesNotContain(liste.GetProperty("dossiers").EnumerateArray(), d => d.GetProperty("enfantId").GetInt32() == ancien);
        Assert.Contains(liste.GetProperty("regles").EnumerateArray(), x => x.GetProperty("type").GetString() == "DossierAvecMesure" && x.GetProperty("anneesActives").GetInt32() == 5);
    }
}
