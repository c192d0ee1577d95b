using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

public class MesuresTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private static string Date(int joursAvant) => DateTime.Today.AddDays(-joursAvant).ToString("yyyy-MM-dd");

    private async Task<HttpResponseMessage> DeciderAsync(ClientSillage c, int enfant, params (string, string)[] champs) =>
        await c.SoumettreAsync($"/mesures/nouvelle?enfant={enfant}", champs.Select(x => new KeyValuePair<string, string>("Saisie." + x.Item1, x.Item2)));

    [Fact]
    public async Task Une_decision_qui_viole_une_regle_est_refusee_avec_la_regle_et_sa_source()
    {
        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        var r = await DeciderAsync(cadre, serveur.EnfantNord, ("Type", "AED"), ("Autorite", "PCD"), ("DateDecision", Date(10)));
        var html = await ClientSillage.Texte(r);
        Assert.Contains("Accord écrit : une mesure administrative exige l'accord écrit des parents", html);
        r = await DeciderAsync(cadre, serveur.EnfantNord, ("Type", "AEMO"), ("Autorite", "PCD"), ("DateDecision", Date(10)));
        Assert.Contains("une mesure judiciaire est ordonnée par un magistrat", await ClientSillage.Texte(r));
        r = await DeciderAsync(cadre, serveur.EnfantNord, ("Type", "AEMO"), ("Autorite", "JUGE_ENFANTS"), ("DateDecision", Date(10)), ("DateDebut", Date(5)),
            ("DateFinPrevue", DateTime.Today.AddYears(3).ToString("yyyy-MM-dd")));
        html = await ClientSillage.Texte(r);
        Assert.Contains("une mesure judiciaire dure au plus 2 ans", html);
        Assert.Contains("C. civ. 375", html);
        await using var db = serveur.Contexte();
        Assert.False(await db.Mesures.AnyAsync(m => m.EnfantId == serveur.EnfantNord && m.Type == "AEMO"));

        // The long-duration exception is accepted only with its reason, and recorded.
        r = await DeciderAsync(cadre, serveur.EnfantNord, ("Type", "PLACEMENT_ASE"), ("Autorite", "JUGE_ENFANTS"), ("DateDecision", Date(10)), ("DateDebut", Date(5)),
            ("DateFinPrevue", DateTime.Today.AddYears(3).ToString("yyyy-MM-dd")), ("ExceptionLongueDuree", "true"), ("MotifProlongation", "Situation durablement dégradée, art. 375 al. 4"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.True(await db.Mesures.AnyAsync(m => m.EnfantId == serveur.EnfantNord && m.ExceptionLongueDuree && m.MotifProlongation != null));
    }

    [Fact]
    public async Task Le_registre_d_attente_liste_puis_retire_la_mesure_demarree()
    {
        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        var r = await DeciderAsync(cadre, serveur.EnfantNord2, ("Type", "AED"), ("Autorite", "PCD"), ("DateDecision", Date(40)), ("DateAccordParents", Date(41)), ("ServiceExecutant", "Association Horizon"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var registre = await cadre.LireTexteAsync("/mesures");
        Assert.Contains("Aide éducative à domicile", registre);
        Assert.Contains("Association Horizon", registre);
        Assert.Contains(">40<", registre);

        var csv = await cadre.Http.GetStringAsync("/mesures?handler=Export&format=csv");
        Assert.Contains("E0000002;", csv);
        using var sud = await serveur.ConnecterAsync("referent.sud");
        Assert.DoesNotContain("E0000002", await sud.LireTexteAsync("/mesures"));

        await using var db = serveur.Contexte();
        var m = await db.Mesures.SingleAsync(x => x.EnfantId == serveur.EnfantNord2 && x.Type == "AED");
        using var referent = await serveur.ConnecterAsync("referent.nord");
        var demarrage = await referent.SoumettreAsync("/mesures", [new("version", m.Version.ToString()), new("debut", Date(2))], $"/mesures?handler=Demarrer&id={m.Id}");
        Assert.Equal(HttpStatusCode.Redirect, demarrage.StatusCode);
        Assert.DoesNotContain("Association Horizon", await referent.LireTexteAsync("/mesures"));

        // The same form posted again with the old version is refused, nothing is overwritten.
        var perime = await referent.SoumettreAsync("/mesures", [new("version", m.Version.ToString()), new("debut", Date(1))], $"/mesures?handler=Demarrer&id={m.Id}");
        Assert.Contains("déjà commencé", await ClientSillage.Texte(perime));
        await using var db2 = serveur.Contexte();
        Assert.Equal(DateOnly.Parse(Date(2)), (await db2.Mesures.SingleAsync(x => x.Id == m.Id)).DateDebut);
    }

    [Fact]
    public async Task L_api_enregistre_une_decision_puis_son_execution_avec_controle_de_version()
    {
        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        var r = await cadre.Http.PostAsJsonAsync($"/api/v1/enfants/{serveur.EnfantNord}/mesures", new { type = "AEMO_R", autorite = "JUGE_ENFANTS", dateDecision = Date(20), dateFinPrevue = DateTime.Today.AddYears(1).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var m = await r.Content.ReadFromJsonAsync<JsonElement>();
        var id = m.GetProperty("id").GetInt32();
        var attente = await cadre.Http.GetFromJsonAsync<JsonElement>("/api/v1/mesures/attente?type=AEMO_R");
        Assert.Contains(attente.EnumerateArray(), l => l.GetProperty("mesureId").GetInt32() == id);
        var ok = await cadre.Http.PostAsJsonAsync($"/api/v1/mesures/{id}/execution", new { version = 0, debut = Date(3) });
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        var conflit = await cadre.Http.PostAsJsonAsync($"/api/v1/mesures/{id}/execution", new { version = 0, fin = Date(1), motifFin = "MAINLEVEE" });
        Assert.Equal(HttpStatusCode.Conflict, conflit.StatusCode);
        var invalide = await cadre.Http.PostAsJsonAsync($"/api/v1/mesures/{id}/execution", new { version = 1, fin = Date(1), motifFin = "INCONNU" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalide.StatusCode);
        Assert.Contains("Motif de fin", await invalide.Content.ReadAsStringAsync());

        using var referent = await serveur.ConnecterAsync("referent.nord");
        var interdit = await referent.Http.PostAsJsonAsync($"/api/v1/enfants/{serveur.EnfantNord}/mesures", new { type = "AEMO", autorite = "JUGE_ENFANTS", dateDecision = Date(20) });
        Assert.Equal(HttpStatusCode.Forbidden, interdit.StatusCode);
        using var cadreSudInterdit = await serveur.ConnecterAsync("cadre.nord");
        Assert.Equal(HttpStatusCode.NotFound, (await cadreSudInterdit.Http.PostAsJsonAsync($"/api/v1/enfants/{serveur.EnfantSud}/mesures", new { type = "AEMO", autorite = "JUGE_ENFANTS", dateDecision = Date(20) })).StatusCode);
    }

    [Fact]
    public async Task Les_reglages_sont_modifiables_par_l_administrateur_et_traces()
    {
        using var admin = await serveur.ConnecterAsync("administrateur");
        var page = await admin.LireTexteAsync("/administration/regles");
        Assert.Contains("CASF D226-2-4", page);
        var refus = await admin.SoumettreAsync("/administration/regles", [new("Valeurs[RapportMois]", "40")]);
        Assert.Contains("valeur entière entre 1 et 12 mois", await ClientSillage.Texte(refus));
        var ok = await admin.SoumettreAsync("/administration/regles", [new("Valeurs[SeuilJeuneEnfantAns]", "2")]);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var journal = await serveur.JournalAsync();
        Assert.Contains(journal, e => e.Cible == "ParametreRegle" && e.Login == "administrateur" && e.Details!.Contains("SeuilJeuneEnfantAns"));
        await admin.SoumettreAsync("/administration/regles", [new("Valeurs[SeuilJeuneEnfantAns]", "3")]);
    }

    [Fact]
    public async Task Le_flux_agenda_ne_contient_que_des_numeros_de_dossier()
    {
        await using (var db = serveur.Contexte())
        {
            var referent = await db.Users.SingleAsync(u => u.UserName == "referent.sud");
            var e = await db.Enfants.SingleAsync(x => x.Id == serveur.EnfantSud);
            e.ReferentId = referent.Id;
            db.Mesures.Add(new Donnees.Entites.Mesure { EnfantId = e.Id, Type = "AEMO", DateDecision = DateOnly.Parse(Date(30)), DateDebut = DateOnly.Parse(Date(29)) });
            await db.SaveChangesAsync();
        }
        using var c = await serveur.ConnecterAsync("referent.sud");
        var html = await c.LireTexteAsync("/echeances");
        var r = await c.SoumettreAsync("/echeances", [], "/echeances?handler=Agenda");
        var lien = System.Text.RegularExpressions.Regex.Match(await ClientSillage.Texte(r), "/agenda/(sil_[0-9a-f]+)\\.ics").Value;
        Assert.NotEmpty(lien);
        using var anonyme = serveur.Client();
        var ics = await anonyme.Http.GetStringAsync(lien);
        Assert.StartsWith("BEGIN:VCALENDAR", ics);
        Assert.Contains("dossier E0000003", ics);
        Assert.DoesNotContain("GARNIER", ics);
        Assert.DoesNotContain("Lucas", ics);
        Assert.Equal(HttpStatusCode.NotFound, (await anonyme.Http.GetAsync("/agenda/sil_000.ics")).StatusCode);
        // The agenda token opens nothing else.
        using var api = new HttpClient { BaseAddress = serveur.Adresse };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", lien["/agenda/".Length..^4]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/moi")).StatusCode);
    }

    [Fact]
    public async Task Un_rapport_transmis_au_juge_avant_le_partage_est_refuse()
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        var r = await c.SoumettreAsync($"/parcours/rapport?enfant={serveur.EnfantNord}", [new("Date", Date(10)), new("DatePartage", Date(2)), new("DateTransmission", Date(5))]);
        Assert.Contains("transmis au juge", await ClientSillage.Texte(r));
        Assert.Contains("CASF D223-20", await ClientSillage.Texte(r));
        r = await c.SoumettreAsync($"/parcours/rapport?enfant={serveur.EnfantNord}", [new("Date", Date(10)), new("DatePartage", Date(6)), new("DateTransmission", Date(5))]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
    }
}
