using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>PPE (versions, signatures, recipients, PDF), rapports (share before send), lists of the parcours.</summary>
public class ParcoursEnfantTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>, IAsyncLifetime
{
    private static readonly DateOnly Aujourdhui = DateOnly.FromDateTime(DateTime.Today);
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
    private int _mere, _pere, _majeur;

    public async Task InitializeAsync()
    {
        await using var db = serveur.Contexte();
        if (!await db.Parents.AnyAsync(p => p.EnfantId == serveur.EnfantNord))
        {
            db.Mesures.Add(new Mesure { EnfantId = serveur.EnfantNord, Type = "PLACEMENT_ASE", DateDecision = new(2024, 1, 5), DateDebut = new(2024, 1, 10) });
            db.Parents.AddRange(
                new Parent { EnfantId = serveur.EnfantNord, Lien = "MERE", Nom = "LEFÈVRE", Prenoms = "Julie", AutoriteParentale = true },
                new Parent { EnfantId = serveur.EnfantNord, Lien = "PERE", Nom = "MARTIN", Prenoms = "Paul", AutoriteParentale = false });
            var nord = await db.Enfants.Where(e => e.Id == serveur.EnfantNord).Select(e => e.TerritoireId).SingleAsync();
            // A young person confié until the day before 18, reaching majority a month ago with nothing recorded.
            var naissance = Aujourdhui.AddMonths(-1).AddYears(-18);
            var jeune = new Enfant { NumeroDossier = "E0000090", Nom = "BERNARD", Prenoms = "Yanis", Sexe = "M", DateNaissance = naissance, TerritoireId = nord, CleRecherche = "bernard yanis" };
            db.Enfants.Add(jeune);
            await db.SaveChangesAsync();
            db.Mesures.Add(new Mesure { EnfantId = jeune.Id, Type = "PLACEMENT_ASE", DateDecision = new(2020, 1, 1), DateDebut = new(2020, 1, 1), DateFin = naissance.AddYears(18).AddDays(-1) });
            await db.SaveChangesAsync();
        }
        _mere = await db.Parents.Where(p => p.EnfantId == serveur.EnfantNord && p.Lien == "MERE").Select(p => p.Id).SingleAsync();
        _pere = await db.Parents.Where(p => p.EnfantId == serveur.EnfantNord && p.Lien == "PERE").Select(p => p.Id).SingleAsync();
        _majeur = await db.Enfants.Where(e => e.NumeroDossier == "E0000090").Select(e => e.Id).SingleAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static List<KeyValuePair<string, string>> Projet(string objectif, int? ppeId = null, int? version = null)
    {
        var champs = new List<KeyValuePair<string, string>>
        {
            new("Saisie.Objectifs[0].Domaine", "SANTE"), new("Saisie.Objectifs[0].Objectif", objectif), new("Saisie.Objectifs[0].Actions", "Rendez-vous CMP"),
            new("Saisie.Objectifs[0].Qui", "Assistante familiale"), new("Saisie.Objectifs[0].Quand", "d'ici mars"),
            new("Saisie.Objectifs[1].Domaine", "SCOLARITE"), new("Saisie.Objectifs[1].Objectif", ""),
            new("Saisie.ParoleEnfant", "Je veux rester au collège."),
        };
        if (ppeId is not null) champs.Add(new("Saisie.PpeId", ppeId.ToString()!));
        if (version is not null) champs.Add(new("Saisie.Version", version.ToString()!));
        return champs;
    }

    private async Task<ProjetPourEnfant> DernierAsync()
    {
        await using var db = serveur.Contexte();
        return await db.Ppes.AsNoTracking().Include(p => p.Objectifs).Include(p => p.Signatures).Where(p => p.EnfantId == serveur.EnfantNord).OrderByDescending(p => p.Numero).FirstAsync();
    }

    [Fact]
    public async Task Le_PPE_se_redige_se_signe_puis_une_modification_cree_une_nouvelle_version()
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        var page = await c.LireTexteAsync($"/parcours/ppe?enfant={serveur.EnfantNord}");
        Assert.Contains("Julie LEFÈVRE", page); // prefilled from the file: parents, fratrie
        Assert.Contains("Noé LEFÈVRE", page);
        var url = $"/parcours/ppe?enfant={serveur.EnfantNord}";
        var r = await c.SoumettreAsync(url, Projet("Suivi orthophonique"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var v1 = await DernierAsync();
        Assert.Equal((1, 1), (v1.Numero, v1.Objectifs.Count)); // the empty row is ignored

        // Unsigned: edited in place, with its version token; a stale token is refused.
        r = await c.SoumettreAsync(url, Projet("Suivi orthophonique hebdomadaire", v1.Id, v1.Version));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var modifie = await DernierAsync();
        Assert.Equal((v1.Id, "Suivi orthophonique hebdomadaire"), (modifie.Id, modifie.Objectifs.Single().Objectif));
        r = await c.SoumettreAsync(url, Projet("Autre chose", v1.Id, v1.Version));
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("modifié par quelqu'un d'autre", await ClientSillage.Texte(r));

        // Signatures: the father has no parental authority; the mother, the child and the département sign.
        r = await c.SoumettreAsync(url, [new("Signataire", $"PARENT-{_pere}"), new("DateSignature", Iso(Aujourdhui))], $"{url}&handler=Signer");
        Assert.Contains("titulaire de l'autorité parentale", await ClientSillage.Texte(r));
        r = await c.SoumettreAsync(url, [new("Signataire", "ENFANT"), new("DateSignature", Iso(Aujourdhui.AddDays(1)))], $"{url}&handler=Signer");
        Assert.Contains("futur", await ClientSillage.Texte(r));
        foreach (var (qui, nom) in new[] { ($"PARENT-{_mere}", ""), ("ENFANT", ""), ("DEPARTEMENT", "Mme Durand, directrice enfance") })
        {
            r = await c.SoumettreAsync(url, [new("Signataire", qui), new("NomSignataire", nom), new("DateSignature", Iso(Aujourdhui))], $"{url}&handler=Signer");
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        var signe = await DernierAsync();
        Assert.Equal(3, signe.Signatures.Count);
        Assert.Equal(Aujourdhui, signe.DateSignature);
        r = await c.SoumettreAsync(url, [new("Signataire", "ENFANT"), new("DateSignature", Iso(Aujourdhui))], $"{url}&handler=Signer");
        Assert.Contains("déjà signé", await ClientSillage.Texte(r));

        // Signed = frozen: the next write is version 2, the form prefilled with version 1.
        page = await c.LireTexteAsync(url);
        Assert.Contains("Rédiger la version n° 2", page);
        Assert.Contains("Suivi orthophonique hebdomadaire", page);
        r = await c.SoumettreAsync(url, Projet("Suivi orthophonique tous les 15 jours"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var v2 = await DernierAsync();
        Assert.Equal((2, v1.Id), (v2.Numero, v2.PrecedentId));
        Assert.Equal("Suivi orthophonique hebdomadaire", (await serveur.Contexte().ObjectifsPpe.SingleAsync(o => o.PpeId == v1.Id)).Objectif);
        Assert.Contains(await serveur.JournalAsync(), e => e.Type == (int)TypeEvenementAudit.NouvelleVersionPpe);
        Assert.Contains(await serveur.JournalAsync(), e => e.Type == (int)TypeEvenementAudit.SignaturePpe);
    }

    [Fact]
    public async Task L_API_refuse_un_projet_sans_objectif_et_une_version_perimee()
    {
        using var c = await serveur.ConnecterAsync("cadre.nord");
        var r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord}/ppe", new { objectifs = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var corps = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(corps.GetProperty("erreurs").EnumerateArray(), e => e.GetProperty("champ").GetString() == "Objectifs" && e.GetProperty("message").GetString()!.Contains("D223-15"));
        r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord}/ppe",
            new { objectifs = new[] { new { domaine = "RELATIONS", objectif = "Visites", qui = "Référent" } } });
        Assert.Contains("qui agit et quand", await r.Content.ReadAsStringAsync());
        using var sud = await serveur.ConnecterAsync("referent.sud");
        Assert.Equal(HttpStatusCode.NotFound, (await sud.Http.GetAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord}/ppe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sud.Http.GetAsync($"/parcours/ppe?enfant={serveur.EnfantNord}")).StatusCode);
    }

    [Fact]
    public async Task Le_PPE_s_imprime_en_PDF_et_ses_destinataires_sont_traces()
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        var creation = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord2}/ppe", new
        {
            parolEnfant = (string?)null,
            objectifs = new[] { new { domaine = "SCOLARITE", objectif = "Passer en CE2", actions = "Soutien scolaire", qui = "École", quand = "juin" } },
        });
        Assert.Equal(HttpStatusCode.OK, creation.StatusCode);
        var ppe = (await creation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var pdf = await c.Http.GetAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord2}/ppe/{ppe}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var octets = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(octets, 0, 4));
        var page = await c.Http.GetAsync($"/parcours/ppe?handler=Pdf&enfant={serveur.EnfantNord2}&version={ppe}");
        Assert.Equal("application/pdf", page.Content.Headers.ContentType?.MediaType);
        var r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/ppe/{ppe}/destinataires", new { destinataire = "Juge des enfants", date = Iso(Aujourdhui) });
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/ppe/{ppe}/destinataires", new { destinataire = "" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("Juge des enfants", await c.LireTexteAsync($"/parcours/ppe?enfant={serveur.EnfantNord2}"));
        var journal = await serveur.JournalAsync();
        Assert.Contains(journal, e => e.Type == (int)TypeEvenementAudit.ImpressionPpe && e.CibleId == ppe.ToString());
        Assert.Contains(journal, e => e.Type == (int)TypeEvenementAudit.DiffusionPpe && e.CibleId == ppe.ToString());
    }

    [Fact]
    public async Task Le_rapport_est_partage_avant_d_etre_transmis_et_fixe_la_prochaine_echeance()
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        var date = Aujourdhui.AddDays(-10);
        var r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{serveur.EnfantSud}/rapports", new { date = Iso(date) });
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord2}/rapports",
            new { date = Iso(date), datePartage = Iso(date.AddDays(3)), dateTransmission = Iso(date.AddDays(2)) });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var message = await r.Content.ReadAsStringAsync();
        Assert.Contains("partagé avec les parents et l'enfant avant d'être transmis au juge", JsonDocument.Parse(message).RootElement.GetProperty("erreurs")[0].GetProperty("message").GetString());
        Assert.Contains("D223-20", message);
        r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord2}/rapports",
            new { date = Iso(date), datePartage = Iso(date.AddDays(2)), dateTransmission = Iso(date.AddDays(2)), conclusion = "MAINTIEN", saisineCessec = true });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        // Noé (born 2017) is over 3: the next rapport is due 12 months later.
        Assert.Equal(Iso(date.AddMonths(12)), (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("prochainRapport").GetString());
        await using var db = serveur.Contexte();
        Assert.True(await db.SignalementsCessec.AnyAsync(s => s.EnfantId == serveur.EnfantNord2)); // referral to the CESSEC
    }

    [Fact]
    public async Task Les_listes_de_delaissement_de_sortie_seche_et_de_la_CESSEC()
    {
        using var c = await serveur.ConnecterAsync("referent.nord");
        // Confié since 2024-01-10 with no relation recorded: délaissement alert.
        var alertes = await c.Http.GetFromJsonAsync<JsonElement>("/api/v1/parcours/delaissement");
        Assert.Contains(alertes.EnumerateArray(), l => l.GetProperty("enfantId").GetInt32() == serveur.EnfantNord);
        var r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord}/contacts", new { date = Iso(Aujourdhui), type = "VISITE_MEDIATISEE", parentId = _mere, realise = true });
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        alertes = await c.Http.GetFromJsonAsync<JsonElement>("/api/v1/parcours/delaissement");
        Assert.DoesNotContain(alertes.EnumerateArray(), l => l.GetProperty("enfantId").GetInt32() == serveur.EnfantNord);
        r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord}/contacts", new { date = Iso(Aujourdhui), type = "PIGEON" });
        Assert.Contains("visite médiatisée", await r.Content.ReadAsStringAsync());

        // 18 a month ago, confié until the day before, nothing recorded: sortie sèche; a solution lifts it.
        var autonomie = await c.Http.GetFromJsonAsync<JsonElement>("/api/v1/parcours/autonomie");
        Assert.Equal("SORTIE_SECHE", autonomie.EnumerateArray().Single(l => l.GetProperty("enfantId").GetInt32() == _majeur).GetProperty("etat").GetString());
        Assert.Contains("Sortie sèche", await c.LireTexteAsync("/parcours"));
        r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{_majeur}/solutions", new { date = Iso(Aujourdhui), type = "LOGEMENT" });
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        autonomie = await c.Http.GetFromJsonAsync<JsonElement>("/api/v1/parcours/autonomie");
        Assert.Equal("SOLUTION", autonomie.EnumerateArray().Single(l => l.GetProperty("enfantId").GetInt32() == _majeur).GetProperty("etat").GetString());

        // CESSEC: a flag with its reason puts the child confié for more than a year on the list; a session's avis takes it off.
        r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord}/signalements-cessec", new { date = Iso(Aujourdhui), raison = "" });
        Assert.Contains("Raison", await r.Content.ReadAsStringAsync());
        r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/enfants/{serveur.EnfantNord}/signalements-cessec", new { date = Iso(Aujourdhui.AddDays(-1)), raison = "Statut inadapté : parents injoignables" });
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        var liste = await c.Http.GetFromJsonAsync<JsonElement>("/api/v1/parcours/cessec/a-examiner");
        Assert.Contains(liste.EnumerateArray(), l => l.GetProperty("enfantId").GetInt32() == serveur.EnfantNord && l.GetProperty("motif").GetString() == "SIGNALEMENT");

        var seance = await c.SoumettreAsync("/parcours/cessec", [new("DateSeance", Iso(Aujourdhui)), new("Membres[0].Nom", "M. Petit"), new("Membres[0].Role", "PRESIDENT")]);
        Assert.Contains("deux membres de rôles différents", await ClientSillage.Texte(seance));
        seance = await c.SoumettreAsync("/parcours/cessec", [new("DateSeance", Iso(Aujourdhui)), new("Membres[0].Nom", "M. Petit"), new("Membres[0].Role", "PRESIDENT"),
            new("Membres[1].Nom", "Dr Roux"), new("Membres[1].Role", "MEDECIN")]);
        Assert.Equal(HttpStatusCode.Redirect, seance.StatusCode);
        var seanceId = int.Parse(seance.Headers.Location!.OriginalString.Split("id=")[1]);
        Assert.Contains("LEFÈVRE", await c.LireTexteAsync($"/parcours/cessec/seance?id={seanceId}"));
        r = await c.Http.PostAsJsonAsync($"/api/v1/parcours/cessec/seances/{seanceId}/avis", new { enfantId = serveur.EnfantNord, avis = "STATUT", motivation = "Engager une délégation d'autorité parentale." });
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        liste = await c.Http.GetFromJsonAsync<JsonElement>("/api/v1/parcours/cessec/a-examiner");
        Assert.DoesNotContain(liste.EnumerateArray(), l => l.GetProperty("enfantId").GetInt32() == serveur.EnfantNord && l.GetProperty("motif").GetString() == "SIGNALEMENT");

        // The yearly census for the ODPE: no identity.
        using var odpe = await serveur.ConnecterAsync("odpe");
        var recensement = await odpe.Http.GetStringAsync($"/api/v1/parcours/cessec/recensement?annee={Aujourdhui.Year}");
        Assert.Contains("Engager un changement de statut", recensement);
        Assert.DoesNotContain("LEFÈVRE", recensement);
        var csv = await c.Http.GetByteArrayAsync($"/parcours/cessec?handler=Export&liste=recensement&format=csv&annee={Aujourdhui.Year}");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.Contains(await serveur.JournalAsync(), e => e.Type == (int)TypeEvenementAudit.ExportRecensementCessec);
    }
}
