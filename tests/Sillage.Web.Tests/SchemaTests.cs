using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Schema;
using Sillage.Donnees.Entites;
using Sillage.Web.Commandes;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

public class SchemaTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private static string Fichier(string nom) => DonneesPartagees.Schema(nom);

    private static readonly SemaphoreSlim Import = new(1, 1);

    /// <summary>Imports a real plan once per server through the command line; returns its id.</summary>
    private async Task<int> ImporterAsync(string nom)
    {
        await Import.WaitAsync();
        try
        {
            await using var db = serveur.Contexte();
            var deja = await db.PlansSchema.Where(p => p.NomFichier == nom).Select(p => (int?)p.Id).FirstOrDefaultAsync();
            if (deja is { } id) return id;
            var o = new StringWriter();
            var e = new StringWriter();
            Assert.True(0 == await LigneDeCommande.ExecuterAsync(["schema", "importer", Fichier(nom), serveur.Bd.ArgumentDbCourant], o, e), e.ToString());
            Assert.Contains("Schéma importé", o.ToString());
            return await db.PlansSchema.Where(p => p.NomFichier == nom).Select(p => p.Id).SingleAsync();
        }
        finally
        {
            Import.Release();
        }
    }

    /// <summary>Every string of the file, with the key it sits under (the type of an indicator is shown by its French label).</summary>
    private static List<(string Cle, string Valeur)> Chaines(JsonElement e, string cle = "")
    {
        var r = new List<(string, string)>();
        switch (e.ValueKind)
        {
            case JsonValueKind.String: r.Add((cle, e.GetString()!)); break;
            case JsonValueKind.Array: foreach (var x in e.EnumerateArray()) r.AddRange(Chaines(x, cle)); break;
            case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) r.AddRange(Chaines(p.Value, p.Name)); break;
        }
        return r;
    }

    [Theory]
    [InlineData("61-orne-2017-2021.json")]
    [InlineData("02-aisne-2021-2025.json")]
    [InlineData("17-charente-maritime-2025-2029.json")]
    [InlineData("91-essonne-2017-2021.json")]
    public async Task Chaque_schema_reel_s_importe_sans_perdre_une_chaine(string nom)
    {
        var id = await ImporterAsync(nom);
        var original = JsonDocument.Parse(await File.ReadAllTextAsync(Fichier(nom))).RootElement;
        var attendues = Chaines(original);

        // Shown: the plan, each fiche, the bilan (a role without any other right on the schéma reads them).
        using var lecteur = await serveur.ConnecterAsync("referent.nord");
        var pages = new StringBuilder(await lecteur.LireTexteAsync($"/schema/{id}"));
        var parNumero = new Dictionary<string, string>();
        await using (var db = serveur.Contexte())
            foreach (var f in await db.FichesSchema.Where(f => f.PlanId == id).Select(f => new { f.Id, f.Numero }).ToListAsync())
                pages.Append(parNumero[f.Numero] = await lecteur.LireTexteAsync($"/schema/fiche/{f.Id}"));
        // What the document lacks is marked on the fiche's page.
        foreach (var f in original.GetProperty("axes").EnumerateArray().SelectMany(a => a.GetProperty("fiches").EnumerateArray()))
        {
            var numero = f.GetProperty("numero").GetString()!;
            Assert.Equal(f.GetProperty("pilotes").GetArrayLength() == 0, parNumero[numero].Contains("Manquant : aucun pilote"));
            var sansCalendrier = f.GetProperty("calendrier").GetArrayLength() == 0 && f.GetProperty("periode").GetProperty("debut").ValueKind == JsonValueKind.Null;
            Assert.Equal(sansCalendrier, parNumero[numero].Contains("Pas de calendrier"));
        }
        pages.Append(await lecteur.LireTexteAsync($"/schema/{id}/bilan"));
        var texte = pages.ToString();
        var absentes = attendues.Where(c => !texte.Contains(c.Cle == "type" ? TypesIndicateur.Libelle(c.Valeur) : c.Valeur, StringComparison.Ordinal))
            .Select(c => $"{c.Cle}: {c.Valeur}").ToList();
        Assert.True(absentes.Count == 0, $"{absentes.Count} chaîne(s) non affichée(s) : {string.Join(" | ", absentes.Take(5))}");

        // Exported: the plan in the file format, by the page and by the API, gives back every string.
        var export = await lecteur.LireAsync($"/schema/{id}?handler=Json");
        Assert.Equal(attendues.Select(c => c.Valeur).Order(StringComparer.Ordinal), Chaines(JsonDocument.Parse(export).RootElement).Select(c => c.Valeur).Order(StringComparer.Ordinal));
        Assert.Equal(export, await lecteur.LireAsync($"/api/v1/schemas/{id}"));
        Assert.Empty(LecteurSchema.Lire(export).Erreurs);
    }

    [Fact]
    public async Task Un_fichier_faux_est_refuse_avec_le_chemin_json_et_rien_n_est_ecrit()
    {
        await using var db = serveur.Contexte();
        var avant = await db.PlansSchema.CountAsync();
        var json = (await File.ReadAllTextAsync(Fichier("61-orne-2017-2021.json"))).Replace("\"type\": \"impact\"", "\"type\": \"effet\"");

        using var admin = await serveur.ConnecterAsync("administrateur");
        var r = await admin.Http.PostAsync("/api/v1/schemas", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var erreurs = await r.Content.ReadFromJsonAsync<JsonElement>();
        var premiere = erreurs.EnumerateArray().First();
        Assert.Matches(@"^\$\.axes\[\d+\]\.fiches\[\d+\]\.indicateurs\[\d+\]\.type$", premiere.GetProperty("champ").GetString());
        Assert.Contains("« effet » n'est pas un type d'indicateur", premiere.GetProperty("message").GetString());

        // The upload page: same file, same message, nothing written.
        var html = await admin.LireAsync("/schema");
        var formulaire = new MultipartFormDataContent
        {
            { new StringContent(ClientSillage.JetonAntiforgery(html)!), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("{\"titre\": \"x\", \"axes\": {}}")), "Fichier", "faux.json" },
        };
        var page = await admin.Http.PostAsync("/schema?handler=Importer", formulaire);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var texte = await ClientSillage.Texte(page);
        Assert.Contains("$.axes : une liste [ … ] est attendue.", texte);
        Assert.Contains("$.departement : objet obligatoire", texte);
        Assert.Equal(avant, await db.PlansSchema.CountAsync());
        Assert.Contains(await serveur.JournalAsync(), e => e.Type == 4207);

        var o = new StringWriter();
        var e2 = new StringWriter();
        var faux = Path.GetTempFileName();
        await File.WriteAllTextAsync(faux, json);
        Assert.Equal(2, await LigneDeCommande.ExecuterAsync(["schema", "importer", faux, serveur.Bd.ArgumentDbCourant], o, e2));
        Assert.Contains(".type : « effet »", e2.ToString());
        File.Delete(faux);

        using var referent = await serveur.ConnecterAsync("referent.nord");
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Http.PostAsync("/api/v1/schemas", new StringContent(json))).StatusCode);
    }

    [Fact]
    public async Task Seuls_l_administrateur_et_les_pilotes_de_la_fiche_suivent_ses_actions()
    {
        var id = await ImporterAsync("61-orne-2017-2021.json");
        await using var db = serveur.Contexte();
        var fiches = await db.FichesSchema.Where(f => f.PlanId == id).OrderBy(f => f.Ordre).Take(2).ToListAsync();
        var action = await db.ActionsSchema.Where(a => a.FicheId == fiches[0].Id).OrderBy(a => a.Ordre).FirstAsync();
        var autre = await db.ActionsSchema.Where(a => a.FicheId == fiches[1].Id).OrderBy(a => a.Ordre).FirstAsync();

        using var referent = await serveur.ConnecterAsync("referent.nord");
        var corps = new { statut = "en_cours", note = "Groupe de travail lancé.", version = action.Version };
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Http.PutAsJsonAsync($"/api/v1/schemas/actions/{action.Id}", corps)).StatusCode);
        var refus = await referent.Http.GetAsync($"/schema/fiche/{fiches[0].Id}/modifier");
        Assert.Equal(HttpStatusCode.Redirect, refus.StatusCode);
        Assert.Contains("acces", refus.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);

        using var admin = await serveur.ConnecterAsync("administrateur");
        var r = await admin.SoumettreAsync($"/schema/fiche/{fiches[0].Id}/modifier", [new("Comptes", "referent.nord")], $"/schema/fiche/{fiches[0].Id}/modifier?handler=Pilotes");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var inconnu = await admin.SoumettreAsync($"/schema/fiche/{fiches[0].Id}/modifier", [new("Comptes", "personne")], $"/schema/fiche/{fiches[0].Id}/modifier?handler=Pilotes");
        Assert.Contains("personne — aucun compte", await ClientSillage.Texte(inconnu));

        // The pilote follows their fiche (page form), not the other one.
        r = await referent.SoumettreAsync($"/schema/fiche/{fiches[0].Id}",
            [new("actionId", action.Id.ToString()), new("version", action.Version.ToString()), new("statut", "en_cours"), new("note", "Groupe de travail lancé.")],
            $"/schema/fiche/{fiches[0].Id}?handler=Suivi");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var fiche = await referent.LireTexteAsync($"/schema/fiche/{fiches[0].Id}");
        Assert.Contains("referent.nord (en cours) : Groupe de travail lancé.", fiche);
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Http.PutAsJsonAsync($"/api/v1/schemas/actions/{autre.Id}", new { statut = "realisee", version = autre.Version })).StatusCode);

        // A stale version is refused (409), a bad status names the field.
        var perime = await referent.Http.PutAsJsonAsync($"/api/v1/schemas/actions/{action.Id}", new { statut = "realisee", version = action.Version });
        Assert.Equal(HttpStatusCode.Conflict, perime.StatusCode);
        var mauvais = await referent.Http.PutAsJsonAsync($"/api/v1/schemas/actions/{action.Id}", new { statut = "fini", version = action.Version + 1 });
        Assert.Equal(HttpStatusCode.BadRequest, mauvais.StatusCode);
        Assert.Contains("Statut : choisissez", await mauvais.Content.ReadAsStringAsync());

        // Editing the fiche keeps the previous version and is audited.
        var f0 = await serveur.Contexte().FichesSchema.AsNoTracking().SingleAsync(f => f.Id == fiches[0].Id);
        r = await referent.SoumettreAsync($"/schema/fiche/{f0.Id}/modifier",
            [new("Saisie.Version", f0.Version.ToString()), new("Saisie.Pilotes", "Direction enfance famille"), new("Saisie.Partenaires", "CAF\nÉducation nationale"),
             new("Saisie.PeriodeDebut", "2018-S1"), new("Saisie.PeriodeFin", "2019-S2"), new("Saisie.Calendrier", "Lancement | 2018-S1 2018-S2")]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var faux = await referent.SoumettreAsync($"/schema/fiche/{f0.Id}/modifier", [new("Saisie.Version", (f0.Version + 1).ToString()), new("Saisie.Calendrier", "Lancement | bientôt")]);
        Assert.Contains("Calendrier, ligne 1", await ClientSillage.Texte(faux));
        var edition = await admin.LireTexteAsync($"/schema/fiche/{f0.Id}/modifier");
        Assert.Contains("Versions gardées", edition);
        Assert.Contains("CAF", await admin.LireTexteAsync($"/schema/fiche/{f0.Id}"));
        var journal = await serveur.JournalAsync();
        Assert.Contains(journal, e => e.Type == 4201 && e.Login == "referent.nord");
        Assert.Contains(journal, e => e.Type == 4202 && e.Login == "referent.nord");
        Assert.Contains(journal, e => e.Type == 4205 && e.Login == "administrateur");
    }

    [Fact]
    public async Task Un_indicateur_lie_a_l_observatoire_se_remplit_seul_et_le_bilan_s_imprime()
    {
        var id = await ImporterAsync("61-orne-2017-2021.json");
        await using var db = serveur.Contexte();
        var indicateur = await db.IndicateursSchema.Where(i => i.PlanId == id && i.FicheId != null).OrderBy(i => i.Id).FirstAsync();
        if (!await db.Mesures.AnyAsync(m => m.SourceId == "SCHEMA-AEMO"))
        {
            db.Mesures.Add(new Mesure { SourceId = "SCHEMA-AEMO", EnfantId = serveur.EnfantSud, Type = "AEMO", DateDecision = new(2018, 3, 1), DateDebut = new(2018, 4, 1), DateFin = new(2019, 3, 31) });
            await db.SaveChangesAsync();
        }

        using var admin = await serveur.ConnecterAsync("administrateur");
        var faux = await admin.Http.PutAsJsonAsync($"/api/v1/schemas/indicateurs/{indicateur.Id}", new { codeObservatoire = "MES_INCONNU", version = indicateur.Version });
        Assert.Equal(HttpStatusCode.BadRequest, faux.StatusCode);
        Assert.Contains("CodeObservatoire", await faux.Content.ReadAsStringAsync());
        var r = await admin.Http.PutAsJsonAsync($"/api/v1/schemas/indicateurs/{indicateur.Id}", new { codeObservatoire = "MES_AEMO", cible = "stable", version = indicateur.Version });
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);

        var suivi = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemas/{id}/suivi");
        var lu = suivi.EnumerateArray().SelectMany(f => f.GetProperty("indicateurs").EnumerateArray()).Single(i => i.GetProperty("id").GetInt32() == indicateur.Id);
        Assert.Equal("MES_AEMO", lu.GetProperty("codeObservatoire").GetString());
        var valeurs = lu.GetProperty("valeurs");
        Assert.Equal(1m, valeurs.GetProperty("2018").GetDecimal());
        Assert.Equal(0m, valeurs.GetProperty("2019").GetDecimal());

        var pdf = await admin.Http.GetAsync($"/schema/{id}/bilan?handler=Pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));

        var xlsx = await admin.Http.GetAsync($"/schema/{id}/bilan?handler=Xlsx&annee=2018");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var contenu = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml")).Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains(WebUtility.HtmlEncode(indicateur.Libelle).Replace("&#39;", "'"), Regex.Replace(contenu, "&apos;", "'"));
        Assert.Contains("non engagée", contenu);

        var bilan = await admin.LireTexteAsync($"/schema/{id}/bilan?annee=2018");
        Assert.Contains("Bilan 2018", bilan);
        Assert.Contains("Légende des statuts", bilan);
        Assert.Contains("observatoire : MES_AEMO", bilan);
        Assert.Contains(await serveur.JournalAsync(), e => e.Type == 4206);
    }

    [Fact]
    public async Task Le_bilan_du_schema_precedent_est_affiche_et_tous_les_roles_lisent_le_schema()
    {
        var id = await ImporterAsync("17-charente-maritime-2025-2029.json");
        foreach (var (login, _, _) in ServeurSillage.Comptes)
        {
            using var c = await serveur.ConnecterAsync(login);
            Assert.Contains("/schema", await c.LireAsync("/"));
            Assert.Equal(HttpStatusCode.OK, (await c.Http.GetAsync($"/schema/{id}")).StatusCode);
        }
        using var odpe = await serveur.ConnecterAsync("odpe");
        var bilan = await odpe.LireTexteAsync($"/schema/{id}/bilan");
        Assert.Contains("Bilan du schéma précédent", bilan);
        Assert.Contains("Fiche 1 : Elaborer et mettre en œuvre le protocole départemental de prévention", bilan);
        Assert.DoesNotContain("Importer un schéma", await odpe.LireTexteAsync("/schema"));
        var calendrier = await odpe.LireTexteAsync($"/schema/{id}/calendrier?pas=annee");
        Assert.Contains("<th scope=\"col\">2029</th>", calendrier);
    }

    private const string PlanIncomplet = """
        {"departement": {"code": "99", "nom": "Essai"}, "titre": "Schéma d'essai 2020-2022", "periode": {"debut": 2020, "fin": 2022},
         "adoption": null, "sources": [], "gouvernance": [],
         "axes": [{"numero": "1", "titre": "Axe unique", "principe": null, "objectifs": [],
           "fiches": [{"numero": "A", "titre": "Fiche sans pilote", "objectif": null, "periode": {"debut": null, "fin": null},
             "diagnostic": [], "objectifs_operationnels": [], "pilotes": [], "copilotes": [], "parties_prenantes_internes": [],
             "partenaires": [], "actions": [{"numero": "1", "titre": "Ouvrir un lieu", "details": []}], "calendrier": [],
             "indicateurs": [{"libelle": "Places ouvertes", "type": null}], "points_vigilance": []}]}],
         "bilan_precedent": []}
        """;

    [Fact]
    public async Task Ce_que_le_document_ne_precise_pas_est_marque_et_les_valeurs_se_saisissent()
    {
        using var admin = await serveur.ConnecterAsync("administrateur");
        var r = await admin.Http.PostAsync("/api/v1/schemas?nom=essai.json", new StringContent(PlanIncomplet, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var id = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var db = serveur.Contexte();
        var fiche = await db.FichesSchema.SingleAsync(f => f.PlanId == id);
        var indicateur = await db.IndicateursSchema.SingleAsync(i => i.FicheId == fiche.Id);

        var page = await admin.LireTexteAsync($"/schema/fiche/{fiche.Id}");
        Assert.Contains("Manquant : aucun pilote", page);
        Assert.Contains("Manquant : période non précisée", page);
        Assert.Contains("Manquant : pas de calendrier dans le document", page);
        Assert.Contains("Indicateur sans type : Places ouvertes", page);
        Assert.Contains("Manquant : type non précisé", page);
        Assert.Contains("Manquant : date d'adoption non précisée", await admin.LireTexteAsync($"/schema/{id}"));
        Assert.Contains("(non planifiée)", await admin.LireTexteAsync($"/schema/{id}/calendrier"));

        var hors = await admin.SoumettreAsync($"/schema/fiche/{fiche.Id}", [new("indicateurId", indicateur.Id.ToString()), new("annee", "2019"), new("valeur", "4")], $"/schema/fiche/{fiche.Id}?handler=Valeur");
        Assert.Contains("Année : elle doit être dans la période du schéma (2020–2022).", await ClientSillage.Texte(hors));
        var ok = await admin.SoumettreAsync($"/schema/fiche/{fiche.Id}", [new("indicateurId", indicateur.Id.ToString()), new("annee", "2021"), new("valeur", "12")], $"/schema/fiche/{fiche.Id}?handler=Valeur");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var suivi = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemas/{id}/suivi");
        Assert.Equal(12m, suivi[0].GetProperty("indicateurs")[0].GetProperty("valeurs").GetProperty("2021").GetDecimal());
        Assert.Contains(await serveur.JournalAsync(), e => e.Type == 4204);

        // A status set today counts in the end-of-plan bilan, not in the 2021 one (status at 31/12 of that year).
        var action = await db.ActionsSchema.SingleAsync(a => a.FicheId == fiche.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Http.PutAsJsonAsync($"/api/v1/schemas/actions/{action.Id}", new { statut = "realisee", version = action.Version })).StatusCode);
        Assert.Contains("1/1 réalisée(s) (100 %)", await admin.LireTexteAsync($"/schema/{id}"));
        var fin = await admin.LireTexteAsync($"/schema/{id}/bilan");
        Assert.Contains("100 %", fin);
        var api = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemas/{id}/bilan");
        Assert.Equal(100m, api.GetProperty("ensemble").GetProperty("tauxRealisation").GetDecimal());
        Assert.Equal(0, (await admin.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemas/{id}/bilan?annee=2021")).GetProperty("ensemble").GetProperty("statuts").GetProperty("realisee").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Http.GetAsync($"/api/v1/schemas/{id}/bilan?annee=2030")).StatusCode);
        var annuel = await admin.LireTexteAsync($"/schema/{id}/bilan?annee=2021");
        Assert.DoesNotContain("100 %", annuel);
        Assert.Contains("non engagée", annuel);
    }
}
