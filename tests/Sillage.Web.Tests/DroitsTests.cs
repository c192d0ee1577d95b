using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees.Entites;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>Droits des personnes: the DPO's register with its one-month deadline, and the complete file of a former child in care.</summary>
public class DroitsTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private static DateOnly Aujourdhui => DateOnly.FromDateTime(DateTime.Today);
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    /// <summary>A young adult who was in care (born 2005, placed with a foster carer), her mother, a sister, an information whose
    /// reporter is named in the récit, and one attached document.</summary>
    private async Task<(string Numero, byte[] Document)> AncienEnfantAsync()
    {
        await using var db = serveur.Contexte();
        var nord = await db.Territoires.SingleAsync(t => t.Code == "NORD");
        Enfant E(string num, string nom, string prenoms, int annee) => new()
        {
            NumeroDossier = num, Nom = nom, Prenoms = prenoms, Sexe = "F", DateNaissance = new DateOnly(annee, 3, 1), TerritoireId = nord.Id, Famille = "FAMDROITS",
            CleRecherche = Domaine.Enfants.CleRecherche.Calculer(nom, prenoms),
        };
        var numero = "D" + Random.Shared.Next(1000000, 9999999);
        var ancienne = E(numero, "MAJORANE", "Inès", 2005);
        var soeur = E(numero + "S", "MAJORANE", "Sibylle", 2009);
        db.Enfants.AddRange(ancienne, soeur);
        await db.SaveChangesAsync();
        db.Parents.Add(new Parent { EnfantId = ancienne.Id, Lien = "MERE", Nom = "MAJORANE", Prenoms = "Mireille", AutoriteParentale = true, Adresse = "7 rue des Tilleuls" });
        var lieu = new LieuAccueil { Type = "ASSISTANT_FAMILIAL", Nom = "Bernadette ACCUEILLANTE", TerritoireId = nord.Id, Capacite = 2 };
        db.Lieux.Add(lieu);
        var mesure = new Mesure { EnfantId = ancienne.Id, Type = "PLACEMENT_ASE", DateDecision = new(2015, 1, 5), DateDebut = new(2015, 1, 6), DateFin = new(2023, 3, 1), MotifFin = "MAJORITE" };
        db.Mesures.Add(mesure);
        await db.SaveChangesAsync();
        db.Sejours.Add(new Sejour { EnfantId = ancienne.Id, MesureId = mesure.Id, LieuId = lieu.Id, Mode = "LIEU", DateDebut = new(2015, 1, 6), DateFin = new(2023, 3, 1) });
        var info = new InformationEntrante
        {
            DateReception = new(2014, 11, 3), Origine = "FAMILLE", Qualification = "IP", DateQualification = new(2014, 11, 5),
            InformateurIdentite = "Gaston DÉLATEUR", Recit = "M. Gaston DÉLATEUR, voisin, entend des cris ; Mireille MAJORANE ne répond pas.",
        };
        info.Enfants.Add(new InformationEnfant { EnfantId = ancienne.Id, Conclusion = "SAISINE_JUDICIAIRE", DateDecision = new(2014, 12, 20) });
        db.Informations.Add(info);
        var contenu = "%PDF-1.4 jugement synthétique"u8.ToArray();
        db.Documents.Add(new Document { EnfantId = ancienne.Id, Titre = "Jugement de placement", NomFichier = "jugement 2015.pdf", TypeContenu = "application/pdf", Contenu = contenu, DeposeLe = DateTime.UtcNow, DeposePar = "referent.nord" });
        await db.SaveChangesAsync();
        return (numero, contenu);
    }

    private static Task<HttpResponseMessage> NouvelleAsync(ClientSillage c, string type, DateOnly recue, string demandeur, string qualite, string numero) =>
        c.SoumettreAsync("/droits/nouvelle", [new("Saisie.Type", type), new("Saisie.DateReception", Iso(recue)), new("Saisie.DemandeurNom", demandeur),
            new("Saisie.DemandeurQualite", qualite), new("Saisie.NumeroDossier", numero)]);

    [Fact]
    public async Task Le_dpo_enregistre_une_demande_d_acces_et_exporte_le_dossier_complet_d_un_ancien_enfant_confie()
    {
        var (numero, document) = await AncienEnfantAsync();
        using var dpo = await serveur.ConnecterAsync("dpo");
        var avant = (await serveur.JournalAsync()).Count;

        // Bad input: a reception date in the future, an unknown file number. Nothing written.
        var r = await NouvelleAsync(dpo, "Acces", Aujourdhui.AddDays(3), "Inès MAJORANE", "ANCIEN_ENFANT_MAJEUR", numero);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("Date de réception : elle ne peut pas être dans le futur.", await ClientSillage.Texte(r));
        r = await NouvelleAsync(dpo, "Acces", Aujourdhui, "Inès MAJORANE", "ANCIEN_ENFANT_MAJEUR", "INCONNU-42");
        Assert.Contains("Numéro de dossier : aucun dossier « INCONNU-42 »", await ClientSillage.Texte(r));
        await using (var db = serveur.Contexte()) Assert.False(await db.DemandesDroits.AnyAsync(d => d.DemandeurNom == "Inès MAJORANE"));

        var recue = Aujourdhui.AddDays(-10);
        r = await NouvelleAsync(dpo, "Acces", recue, "Inès MAJORANE", "ANCIEN_ENFANT_MAJEUR", numero);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var id = int.Parse(r.Headers.Location!.OriginalString.Split('/').Last());

        var registre = await dpo.LireTexteAsync("/droits");
        Assert.Contains($"Demande {id}", registre);
        Assert.Contains(recue.AddMonths(1).ToString("dd/MM/yyyy"), registre);
        Assert.Contains($"J-{recue.AddMonths(1).DayNumber - Aujourdhui.DayNumber}", registre);
        Assert.Contains("Inès MAJORANE", await dpo.LireTexteAsync("/droits?handler=Export&format=csv"));

        // The printed file: the reporter's identity is gone, third parties are marked, the adult's own identity is not.
        var html = await dpo.LireTexteAsync($"/droits/{id}/dossier");
        Assert.DoesNotContain("DÉLATEUR", html);
        Assert.Contains("[identité de l'informateur retirée]", html);
        Assert.Contains("[à occulter : tiers] Mireille MAJORANE", html);
        Assert.Contains("[à occulter : tiers] Sibylle MAJORANE", html);
        Assert.Contains("[à occulter : tiers] Bernadette ACCUEILLANTE", html);
        Assert.Contains("class=\"a-occulter\"", html);
        Assert.Contains("majeur(e) depuis le 01/03/2023", html);
        Assert.DoesNotContain("[à occulter : tiers] Inès", html);

        var zip = await dpo.Http.GetAsync($"/droits/{id}?handler=Export");
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        using (var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync()))
        {
            var pdf = Lire(archive.GetEntry("dossier.pdf")!);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
            var doc = Assert.Single(archive.Entries, e => e.FullName.StartsWith("documents/"));
            Assert.EndsWith("jugement_2015.pdf", doc.FullName);
            Assert.Equal(document, Lire(doc));
            Assert.Contains("[à occulter : tiers]", System.Text.Encoding.UTF8.GetString(Lire(archive.GetEntry("LISEZMOI.txt")!)));
        }

        // The mother asking for the same file: she is no third party to herself, her daughters still are.
        var parent = await dpo.Http.PostAsJsonAsync("/api/v1/droits", new { type = "Acces", dateReception = Iso(Aujourdhui), demandeurNom = "Mireille MAJORANE", demandeurQualite = "PARENT_AUTORITE", numeroDossier = numero });
        var idParent = (await parent.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        var vueParent = await dpo.LireTexteAsync($"/droits/{idParent}/dossier");
        Assert.DoesNotContain("[à occulter : tiers] Mireille MAJORANE", vueParent);
        Assert.Contains("[à occulter : tiers] Sibylle MAJORANE", vueParent);
        Assert.DoesNotContain("DÉLATEUR", vueParent);
        var zipApi = await dpo.Http.GetAsync($"/api/v1/droits/{idParent}/export");
        Assert.Equal(HttpStatusCode.OK, zipApi.StatusCode);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(Lire(new ZipArchive(await zipApi.Content.ReadAsStreamAsync()).GetEntry("dossier.pdf")!), 0, 4));

        var journal = (await serveur.JournalAsync()).Skip(avant).ToList();
        Assert.Contains(journal, e => e.Type == 4510 && e.CibleId == id.ToString());
        Assert.Contains(journal, e => e.Type == 4512 && e.CibleId == id.ToString());
        Assert.Contains(journal, e => e.Type == 4513);
        Assert.DoesNotContain(journal, e => (e.Details ?? "").Contains("DÉLATEUR"));
    }

    private static byte[] Lire(ZipArchiveEntry e)
    {
        using var s = e.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    [Fact]
    public async Task Le_statut_change_avec_une_version_a_jour_et_un_conflit_est_refuse()
    {
        using var dpo = await serveur.ConnecterAsync("dpo");
        var cree = await dpo.Http.PostAsJsonAsync("/api/v1/droits", new { type = "Rectification", dateReception = Iso(Aujourdhui.AddDays(-40)), demandeurNom = "Paul RECTIFIANT", demandeurQualite = "PARENT_AUTORITE" });
        Assert.Equal(HttpStatusCode.Created, cree.StatusCode);
        var ligne = await cree.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var id = ligne.GetProperty("id").GetInt32();
        Assert.True(ligne.GetProperty("enRetard").GetBoolean()); // received 40 days ago, not answered
        Assert.Contains(await dpo.Http.GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/v1/droits") ?? [], l => l.GetProperty("id").GetInt32() == id);

        var invalide = await dpo.Http.PostAsJsonAsync("/api/v1/droits", new { type = "Oubli", dateReception = Iso(Aujourdhui), demandeurNom = "X", demandeurQualite = "PERSONNE" });
        Assert.Equal(HttpStatusCode.BadRequest, invalide.StatusCode);
        Assert.Contains("Type de droit", await invalide.Content.ReadAsStringAsync());

        // A refusal needs its reason; then it is written; the same version a second time is a conflict.
        var refus = await dpo.Http.PutAsJsonAsync($"/api/v1/droits/{id}/statut", new { statut = "REFUSEE", dateReponse = Iso(Aujourdhui), version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, refus.StatusCode);
        Assert.Contains("Motif du refus", await refus.Content.ReadAsStringAsync());
        var ok = await dpo.Http.PutAsJsonAsync($"/api/v1/droits/{id}/statut", new { statut = "EN_COURS", version = 0 });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var conflit = await dpo.Http.PutAsJsonAsync($"/api/v1/droits/{id}/statut", new { statut = "REPONDUE", dateReponse = Iso(Aujourdhui), version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, conflit.StatusCode);

        // The page: a stale form gets the French message, nothing is lost.
        var page = await dpo.SoumettreAsync($"/droits/{id}", [new("Saisie.Statut", "REPONDUE"), new("Saisie.DateReponse", Iso(Aujourdhui)), new("Saisie.Version", "0")]);
        Assert.Contains("a été modifié par quelqu'un d'autre", await ClientSillage.Texte(page));
        await using var db = serveur.Contexte();
        Assert.Equal("EN_COURS", (await db.DemandesDroits.SingleAsync(d => d.Id == id)).Statut);
        Assert.Contains(await db.EvenementsAudit.Where(e => e.Type == 4511).ToListAsync(), e => e.CibleId == id.ToString());

        // A prolongation notified in time pushes the deadline to three months.
        var prolongee = await dpo.Http.PutAsJsonAsync($"/api/v1/droits/{id}/statut", new { statut = "PROLONGEE", motifProlongation = "Dossier volumineux", dateNotificationProlongation = Iso(Aujourdhui), version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, prolongee.StatusCode); // notified after the first month (received 40 days ago)
        Assert.Contains("dans le mois suivant la réception", await prolongee.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("crip")]
    [InlineData("referent.nord")]
    [InlineData("cadre.nord")]
    [InlineData("odpe")]
    [InlineData("administrateur")]
    public async Task Seul_le_dpo_accede_aux_demandes_de_droits(string login)
    {
        using var c = await serveur.ConnecterAsync(login);
        var page = await c.Http.GetAsync("/droits");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("acces-refuse", page.Headers.Location?.ToString() ?? "");
        Assert.Equal(HttpStatusCode.Forbidden, (await c.Http.GetAsync("/api/v1/droits")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await c.Http.GetAsync("/api/v1/droits/1/export")).StatusCode);
        Assert.DoesNotContain("/droits\"", await c.LireAsync("/"));
    }
}
