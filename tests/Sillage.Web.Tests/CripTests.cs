using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>The CRIP path: receipt → qualification → evaluation → decision → feedback, for a fratrie of three.</summary>
public class CripTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private const string Informateur = "Dr Bérénice INFORMATRICE-SECRETE, cabinet médical";
    [Fact]
    public async Task Le_dossier_de_l_enfant_mene_au_recueil_avec_sa_fratrie()
    {
        using var crip = await serveur.ConnecterAsync("crip");
        var dossier = await crip.LireAsync($"/enfants/{serveur.EnfantNord2}");
        Assert.Contains($"href=\"/crip/nouvelle?enfant={serveur.EnfantNord2}\"", dossier);
        var recueil = await crip.LireTexteAsync($"/crip/nouvelle?enfant={serveur.EnfantNord2}");
        Assert.Contains("Noé LEFÈVRE", recueil);
        Assert.Contains("Éloïse Marie LEFÈVRE", recueil); // the fratrie is proposed too
        using var referent = await serveur.ConnecterAsync("referent.nord");
        Assert.DoesNotContain("/crip/nouvelle", await referent.LireAsync($"/enfants/{serveur.EnfantNord2}"));
    }

    private static string Date(int joursAvant) => DateTime.Today.AddDays(-joursAvant).ToString("yyyy-MM-dd");
    private static KeyValuePair<string, string> F(string k, string v) => new(k, v);

    /// <summary>A third child in the family FAM1 (with EnfantNord and EnfantNord2); EnfantNord's référent is referent.nord.</summary>
    private async Task<int> FratrieDeTroisAsync()
    {
        await using var db = serveur.Contexte();
        var existant = await db.Enfants.FirstOrDefaultAsync(e => e.NumeroDossier == "E0000099");
        if (existant is not null) return existant.Id;
        var nord = await db.Territoires.SingleAsync(t => t.Code == "NORD");
        var bebe = new Enfant { NumeroDossier = "E0000099", Nom = "LEFÈVRE", Prenoms = "Jade", Sexe = "F", DateNaissance = DateOnly.FromDateTime(DateTime.Today.AddMonths(-10)),
            TerritoireId = nord.Id, Famille = "FAM1", CleRecherche = Domaine.Enfants.CleRecherche.Calculer("LEFÈVRE", "Jade") };
        db.Enfants.Add(bebe);
        var referent = await db.Users.SingleAsync(u => u.UserName == "referent.nord");
        (await db.Enfants.SingleAsync(e => e.Id == serveur.EnfantNord)).ReferentId = referent.Id;
        db.Parents.Add(new Parent { EnfantId = serveur.EnfantNord, Lien = "MERE", Nom = "LEFÈVRE", Prenoms = "Claire", AutoriteParentale = true, Adresse = "3 rue des Lilas" });
        await db.SaveChangesAsync();
        return bebe.Id;
    }

    private async Task<int> VersionAsync(int id)
    {
        await using var db = serveur.Contexte();
        return (await db.Informations.AsNoTracking().SingleAsync(i => i.Id == id)).Version;
    }

    private async Task<int> RecueillirAsync(ClientSillage crip, params int[] enfants)
    {
        var champs = new List<KeyValuePair<string, string>>
        {
            F("Saisie.DateReception", Date(20)), F("Saisie.HeureReception", "09:30"), F("Saisie.Canal", "TELEPHONE"), F("Saisie.Origine", "SANTE"),
            F("Saisie.InformateurProfessionnel", "true"), F("Saisie.InformateurIdentite", Informateur), F("Saisie.InformateurQualite", "Médecin généraliste"),
            F("Saisie.Faits", "NEGLIGENCES"), F("Saisie.Faits", "VIOLENCES_CONJUGALES"), F("Saisie.Recit", "Enfants vus amaigris, cris entendus."),
        };
        champs.AddRange(enfants.Select(e => F("Saisie.Enfants", e.ToString())));
        var r = await crip.SoumettreAsync("/crip/nouvelle", champs);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return int.Parse(r.Headers.Location!.ToString().Split('/').Last());
    }

    [Fact]
    public async Task Une_fratrie_de_trois_du_recueil_a_la_decision_avec_un_enfant_conclu_autrement()
    {
        var bebe = await FratrieDeTroisAsync();
        using var crip = await serveur.ConnecterAsync("crip");
        // The search proposes the whole fratrie, checked, with previous IPs and measures.
        var proposition = await crip.LireTexteAsync("/crip/nouvelle?q=noe+lefevre");
        Assert.Contains("Éloïse Marie LEFÈVRE", proposition);
        Assert.Contains("Jade LEFÈVRE", proposition);
        Assert.Contains("fratrie", proposition);

        var id = await RecueillirAsync(crip, serveur.EnfantNord, serveur.EnfantNord2, bebe);
        var page = await crip.LireTexteAsync($"/crip/{id}");
        Assert.Contains("À qualifier", page);
        Assert.Contains(Informateur, page); // the CRIP sees the reporter

        var r = await crip.SoumettreAsync($"/crip/{id}", [F("Analyse.Analyse", "IP"), F("Analyse.Motif", "Faits précis et répétés"), F("Analyse.Date", Date(19)), F("Analyse.Version", (await VersionAsync(id)).ToString())], $"/crip/{id}?handler=Qualifier");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        await using (var db = serveur.Contexte())
        {
            var ids = await db.Users.Where(u => u.UserName == "evaluateur.nord" || u.UserName == "referent.nord").Select(u => u.Id).ToListAsync();
            r = await crip.SoumettreAsync($"/crip/{id}", [F("Designation.Evaluateurs", ids[0]), F("Designation.Evaluateurs", ids[1]), F("Designation.Version", (await VersionAsync(id)).ToString())], $"/crip/{id}?handler=Designer");
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        page = await crip.LireTexteAsync($"/crip/{id}");
        Assert.Contains("est le référent ASE actuel de Éloïse Marie LEFÈVRE", page);
        Assert.Contains("En évaluation", page);

        // The evaluators' common conclusion, one sibling concluded differently.
        using var evaluateur = await serveur.ConnecterAsync("evaluateur.nord");
        var evaluation = new List<KeyValuePair<string, string>> { F("Evaluation.DateParentsInformes", Date(15)), F("Evaluation.VisitesDomicile", DateTime.Today.AddDays(-12).ToString("dd/MM/yyyy")), F("Evaluation.Version", (await VersionAsync(id)).ToString()) };
        var k = 0;
        foreach (var (enfant, danger, proposition2) in new[] { (serveur.EnfantNord, "false", "CLASSEMENT"), (serveur.EnfantNord2, "false", "CLASSEMENT"), (bebe, "true", "PRESTATION_ADMINISTRATIVE") })
        {
            evaluation.AddRange([F($"Evaluation.Enfants[{k}].EnfantId", enfant.ToString()), F($"Evaluation.Enfants[{k}].RencontreSeul", enfant == bebe ? "false" : "true"),
                F($"Evaluation.Enfants[{k}].MotifNonRencontreSeul", enfant == bebe ? "Nourrisson" : ""), F($"Evaluation.Enfants[{k}].DateFin", Date(5)),
                F($"Evaluation.Enfants[{k}].DangerConfirme", danger), F($"Evaluation.Enfants[{k}].Proposition", proposition2)]);
            k++;
        }
        r = await evaluateur.SoumettreAsync($"/crip/{id}", evaluation, $"/crip/{id}?handler=Evaluer");
        Assert.True(r.StatusCode == HttpStatusCode.Redirect, await ClientSillage.Texte(r));
        Assert.Contains("À décider", await crip.LireTexteAsync($"/crip/{id}"));

        // The CRIP agent cannot decide: the decision belongs to the cadre.
        var refus = await crip.Http.PostAsJsonAsync($"/api/v1/crip/informations/{id}/decision", new { version = await VersionAsync(id), enfants = new[] { new { enfantId = bebe, suite = "CLASSEMENT" } } });
        Assert.Equal(HttpStatusCode.Forbidden, refus.StatusCode);

        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        r = await cadre.SoumettreAsync($"/crip/{id}",
        [
            F("Decision.Date", Date(2)), F("Decision.Version", (await VersionAsync(id)).ToString()),
            F("Decision.Enfants[0].EnfantId", serveur.EnfantNord.ToString()), F("Decision.Enfants[0].Suite", "CLASSEMENT"),
            F("Decision.Enfants[1].EnfantId", serveur.EnfantNord2.ToString()), F("Decision.Enfants[1].Suite", "ACCOMPAGNEMENT"),
            F("Decision.Enfants[2].EnfantId", bebe.ToString()), F("Decision.Enfants[2].Suite", "PRESTATION_ADMINISTRATIVE"), F("Decision.Enfants[2].TypeMesure", "AED"), F("Decision.Enfants[2].DateAccordParents", Date(3)),
        ], $"/crip/{id}?handler=Decider");
        Assert.True(r.StatusCode == HttpStatusCode.Redirect, await ClientSillage.Texte(r));

        await using (var db = serveur.Contexte())
        {
            var lignes = await db.InformationsEnfants.AsNoTracking().Where(x => x.InformationId == id).ToDictionaryAsync(x => x.EnfantId);
            Assert.Equal("CLASSEMENT", lignes[serveur.EnfantNord].Conclusion);
            Assert.Equal("CLASSEMENT", lignes[serveur.EnfantNord2].Proposition); // the evaluators' proposal stays, separate from the decision
            Assert.Equal("ACCOMPAGNEMENT", lignes[serveur.EnfantNord2].Conclusion);
            Assert.Equal("PRESTATION_ADMINISTRATIVE", lignes[bebe].Conclusion);
            Assert.Equal("cadre.nord", lignes[bebe].DecidePar);
            var mesure = await db.Mesures.AsNoTracking().SingleAsync(m => m.Id == lignes[bebe].MesureId);
            Assert.Equal(("AED", bebe), (mesure.Type, mesure.EnfantId));
            var retours = await db.RetoursCrip.AsNoTracking().Where(x => x.InformationId == id).Select(x => x.Type).ToListAsync();
            Assert.Equal(["INFORMATION_PARENTS", "RETOUR_PROFESSIONNEL"], retours.Order());
        }
        Assert.Contains("Décidée", await crip.LireTexteAsync($"/crip/{id}"));

        var audit = (await serveur.JournalAsync()).Where(e => e.CibleId == id.ToString()).Select(e => e.Type).ToList();
        foreach (var t in new[] { TypeEvenementAudit.RecueilInformation, TypeEvenementAudit.QualificationInformation, TypeEvenementAudit.DesignationEvaluateurs,
                     TypeEvenementAudit.ConclusionEvaluateurs, TypeEvenementAudit.DecisionSuiteInformation })
            Assert.Contains((int)t, audit);

        // Dashboard: the month's figures come from the observatoire's definitions.
        var tableau = await crip.LireTexteAsync($"/crip?mois={DateTime.Today.AddDays(-20):yyyy-MM}");
        Assert.Contains("IP_RECUES", tableau);
        var csv = await crip.Http.GetStringAsync("/crip?handler=Export&format=csv");
        Assert.StartsWith("\uFEFF", csv);
    }

    [Fact]
    public async Task L_identite_de_l_informateur_n_apparait_jamais_dans_le_courrier_a_la_famille()
    {
        await FratrieDeTroisAsync();
        using var crip = await serveur.ConnecterAsync("crip");
        var id = await RecueillirAsync(crip, serveur.EnfantNord);
        var r = await crip.Http.PostAsJsonAsync($"/api/v1/crip/informations/{id}/parquet", new { date = Date(1), actionsPrecedentes = "Aucune", version = await VersionAsync(id) });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        await using var db = serveur.Contexte();
        var ligne = await db.InformationsEnfants.AsNoTracking().SingleAsync(x => x.InformationId == id);
        Assert.Equal(("SAISINE_JUDICIAIRE", "DANGER_GRAVE", (DateOnly?)null), (ligne.Conclusion, ligne.FondementSaisine, ligne.DateFinEvaluation));
        var retours = await db.RetoursCrip.AsNoTracking().Where(x => x.InformationId == id).ToListAsync();
        var parents = retours.Single(x => x.Type == "INFORMATION_PARENTS");
        var lettre = await crip.LireTexteAsync($"/crip/{id}/courrier/{parents.Id}");
        Assert.Contains("Claire LEFÈVRE", lettre);
        Assert.Contains("Saisine de l'autorité judiciaire", lettre);
        Assert.DoesNotContain("INFORMATRICE", lettre, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Médecin généraliste", lettre);
        var pdf = await crip.Http.GetByteArrayAsync($"/crip/{id}/courrier/{parents.Id}?handler=Pdf");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var professionnel = retours.Single(x => x.Type == "RETOUR_PROFESSIONNEL");
        Assert.Contains(Informateur, await crip.LireTexteAsync($"/crip/{id}/courrier/{professionnel.Id}"));
        // The evaluator of the territory sees the information, never the reporter's identity.
        using var evaluateur = await serveur.ConnecterAsync("evaluateur.nord");
        Assert.DoesNotContain("INFORMATRICE", await evaluateur.LireTexteAsync($"/crip/{id}"));
        var interdit = await evaluateur.Http.GetAsync($"/crip/{id}/courrier/{parents.Id}");
        Assert.Contains("acces-refuse", interdit.Headers.Location?.ToString() ?? "");
    }

    [Fact]
    public async Task Deux_agents_qui_qualifient_la_meme_information_ne_s_ecrasent_pas()
    {
        using var a = await serveur.ConnecterAsync("crip");
        var id = await RecueillirAsync(a, serveur.EnfantNord2);
        var version = await VersionAsync(id);
        var premier = await a.Http.PostAsJsonAsync($"/api/v1/crip/informations/{id}/qualification", new { analyse = "IP", motif = "Premier agent", version });
        Assert.Equal(HttpStatusCode.OK, premier.StatusCode);
        var second = await a.Http.PostAsJsonAsync($"/api/v1/crip/informations/{id}/evaluateurs", new { evaluateurs = new[] { "x", "y" }, version });
        Assert.True(second.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest);
        // Same step on the page with the stale version: a French conflict message, nothing written.
        using var b = await serveur.ConnecterAsync("crip");
        await using var db = serveur.Contexte();
        var ids = await db.Users.Where(u => u.UserName == "evaluateur.nord" || u.UserName == "referent.nord").Select(u => u.Id).ToListAsync();
        var r = await b.SoumettreAsync($"/crip/{id}", [F("Designation.Evaluateurs", ids[0]), F("Designation.Evaluateurs", ids[1]), F("Designation.Version", version.ToString())], $"/crip/{id}?handler=Designer");
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("modifiée par un autre agent", await ClientSillage.Texte(r));
        Assert.False(await db.EvaluateursInformations.AnyAsync(x => x.InformationId == id));
        Assert.Equal("Premier agent", (await db.Informations.AsNoTracking().SingleAsync(i => i.Id == id)).MotifAnalyse);
    }

    [Fact]
    public async Task Les_dates_impossibles_et_les_faits_manquants_sont_refuses_en_francais()
    {
        using var crip = await serveur.ConnecterAsync("crip");
        var r = await crip.SoumettreAsync("/crip/nouvelle",
            [F("Saisie.DateReception", DateTime.Today.AddDays(2).ToString("yyyy-MM-dd")), F("Saisie.HeureReception", "09:00"), F("Saisie.Canal", "TELEPHONE"), F("Saisie.Origine", "SANTE"),
             F("Saisie.InformateurProfessionnel", "false"), F("Saisie.Enfants", serveur.EnfantSud.ToString())]);
        var html = await ClientSillage.Texte(r);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("Date de réception : une information ne peut pas avoir été reçue dans le futur.", html);
        Assert.Contains("Faits : cochez au moins un fait", html);
        await using var db = serveur.Contexte();
        Assert.False(await db.InformationsEnfants.AnyAsync(x => x.EnfantId == serveur.EnfantSud));

        var id = await RecueillirAsync(crip, serveur.EnfantSud);
        var api = await crip.Http.PostAsJsonAsync($"/api/v1/crip/informations/{id}/qualification", new { analyse = "IP", motif = "x", date = Date(25), version = await VersionAsync(id) });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("Date de qualification : elle précède la réception", await api.Content.ReadAsStringAsync());
        api = await crip.Http.PostAsJsonAsync($"/api/v1/crip/informations/{id}/evaluateurs", new { evaluateurs = new[] { "seul" }, version = await VersionAsync(id) });
        Assert.Contains("au moins deux professionnels", await api.Content.ReadAsStringAsync());
        // A later request of a non-professional reporter: refused for a professional one, dated after the receipt.
        api = await crip.Http.PostAsJsonAsync($"/api/v1/crip/informations/{id}/demande-retour", new { date = Date(1), version = await VersionAsync(id) });
        Assert.Contains("informateur non professionnel", await api.Content.ReadAsStringAsync());
        // Out of the evaluator's territory: 404.
        using var evaluateur = await serveur.ConnecterAsync("evaluateur.nord");
        Assert.Equal(HttpStatusCode.NotFound, (await evaluateur.Http.GetAsync($"/crip/{id}")).StatusCode);
    }

    [Fact]
    public async Task L_API_recueille_et_decrit_chaque_etape()
    {
        using var crip = await serveur.ConnecterAsync("crip");
        var r = await crip.Http.PostAsJsonAsync("/api/v1/crip/informations", new
        {
            dateReception = Date(3), heureReception = "08:15:00", canal = "COURRIEL", origine = "VOISINAGE", informateurProfessionnel = false,
            informateurIdentite = "M. Voisin", dateDemandeRetour = Date(2), faits = new[] { "CONDITIONS_VIE" }, enfants = new[] { serveur.EnfantNord2 },
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var id = (await r.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        var info = await crip.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/crip/informations/{id}");
        Assert.Equal("À qualifier", info.GetProperty("statut").GetString());
        var retour = info.GetProperty("retours")[0];
        Assert.Equal("REPONSE_INFORMATEUR", retour.GetProperty("type").GetString());
        Assert.Equal(DateOnly.FromDateTime(DateTime.Today.AddDays(-2)).AddMonths(3), DateOnly.Parse(retour.GetProperty("echeance").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var fait = await crip.Http.PostAsJsonAsync($"/api/v1/crip/informations/{id}/retours/{retour.GetProperty("id").GetInt32()}", new { date = Date(0), version = retour.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, fait.StatusCode);

        using var evaluateur = await serveur.ConnecterAsync("evaluateur.nord");
        var tableau = await evaluateur.Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/crip/tableau");
        Assert.True(tableau.GetProperty("statuts").GetProperty("À qualifier").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.OK, (await crip.Http.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
