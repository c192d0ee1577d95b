using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domaine.Enfants;
using Sillage.Domaine.Olinpe;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Commandes;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>`./sillage olinpe`, the page and the API: refusal with blocking errors, reproducibility, no name in the file, pseudonym chaining.</summary>
public class OlinpeTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = serveur.Contexte();
        if (await db.Mesures.AnyAsync(m => m.SourceId == "OL1")) return;
        db.Mesures.AddRange(
            new Mesure { SourceId = "OL1", EnfantId = serveur.EnfantNord, Type = "PLACEMENT_ASE", DateDecision = new(2022, 12, 20), DateDebut = new(2023, 1, 2), DateFin = new(2023, 12, 31), MotifFin = "ECHEANCE" },
            new Mesure { SourceId = "OL2", EnfantId = serveur.EnfantSud, Type = "AED", DateDecision = new(2023, 2, 1), DateDebut = new(2023, 3, 1) },
            new Mesure { SourceId = "OL3", EnfantId = serveur.EnfantNord2, Type = "AIDE_FIN", DateDecision = new(2023, 2, 1), DateDebut = new(2023, 3, 1) });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(int Code, string Sortie, string Erreur)> ExecuterAsync(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await LigneDeCommande.ExecuterAsync(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string Temp(string nom) => Path.Combine(Path.GetTempPath(), "sillage-olinpe-tests", Guid.NewGuid().ToString("N"), nom);

    private static async Task CodeInseeAsync(BaseDeDonnees bd, string code)
    {
        await using var db = ServicesDonnees.CreerContexte(bd);
        var d = await db.Departements.OrderBy(x => x.Id).FirstOrDefaultAsync();
        if (d is null) db.Departements.Add(new Departement { Nom = "Test", CodeInsee = code });
        else d.CodeInsee = code;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task L_export_refuse_les_erreurs_bloquantes_sauf_force_et_le_dit()
    {
        await CodeInseeAsync(serveur.Bd.Base, "00"); // not filled in: NUMDEP unknown on every record
        var fichier = Temp("o.xml");
        var (code, _, erreur) = await ExecuterAsync("olinpe", "--annee", "2023", "--out", fichier, serveur.Bd.ArgumentDbCourant);
        Assert.Equal(1, code);
        Assert.Contains("[COMPLETUDE] Complétude des variables obligatoires : 3 erreur(s) bloquante(s)", erreur);
        Assert.Contains("Fichier refusé : 3 erreur(s) bloquante(s). Rien n'a été écrit", erreur);
        Assert.Contains("--force", erreur);
        Assert.False(File.Exists(fichier));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(fichier)!));

        var (code2, sortie2, _) = await ExecuterAsync("olinpe", "--annee", "2023", "--out", fichier, "--force", serveur.Bd.ArgumentDbCourant);
        Assert.Equal(0, code2);
        Assert.Contains("PRODUIT MALGRÉ 3 ERREUR(S) BLOQUANTE(S)", sortie2);
        Assert.True(File.Exists(fichier));
        await using var db = serveur.Contexte();
        var t = await db.TransmissionsOlinpe.OrderBy(x => x.Id).LastAsync();
        Assert.True(t.Forcee);
        Assert.Equal((2023, 3, 2, 0, 1), (t.Annee, t.Enregistrements, t.Debuts, t.Renouvellements, t.Fins));
        // The file checker says the same.
        var (code3, sortie3, _) = await ExecuterAsync("olinpe", "valider", fichier);
        Assert.Equal(1, code3);
        Assert.Contains("NUMDEP : 3", sortie3);
        await CodeInseeAsync(serveur.Bd.Base, "59");
    }

    [Fact]
    public async Task Un_prenom_corrige_donne_un_nouveau_pseudonyme_chaine_a_l_ancien()
    {
        await using var bd = await BaseDeTest.CreerAsync();
        var db0 = ServicesDonnees.CreerContexte(bd.Base);
        await db0.Database.MigrateAsync();
        var t = new Territoire { Code = "T", Libelle = "T" };
        db0.Territoires.Add(t);
        await db0.SaveChangesAsync();
        var e = new Enfant { NumeroDossier = "X1", Nom = "MARTIN", Prenoms = "Eloise", Sexe = "F", DateNaissance = new(2015, 4, 9), TerritoireId = t.Id, NomNaissanceMere = "Durand", CleRecherche = "X" };
        db0.Enfants.Add(e);
        await db0.SaveChangesAsync();
        db0.Mesures.AddRange(
            new Mesure { EnfantId = e.Id, Type = "AEMO", DateDecision = new(2022, 5, 1), DateDebut = new(2022, 5, 2), DateFin = new(2023, 5, 1), MotifFin = "ECHEANCE" });
        await db0.SaveChangesAsync();
        await db0.DisposeAsync();
        await CodeInseeAsync(bd.Base, "61");
        var db = bd.ArgumentDbCourant;
        var (f22, f23) = (Temp("2022.xml"), Temp("2023.xml"));
        Assert.Equal(0, (await ExecuterAsync("olinpe", "--annee", "2022", "--out", f22, db)).Code);
        await using (var c = ServicesDonnees.CreerContexte(bd.Base))
        {
            var x = await c.Enfants.SingleAsync();
            x.Prenoms = "Louise";
            await c.SaveChangesAsync();
        }
        Assert.Equal(0, (await ExecuterAsync("olinpe", "--annee", "2023", "--out", f23, db)).Code);
        var d22 = XDocument.Load(f22).Descendants("DONNEE").Single();
        var d23 = XDocument.Load(f23).Descendants("DONNEE").Single();
        var ancien = new PseudonymiseurSha1().Calculer(new EntreePseudonyme("Eloise", 4, 2015, "Durand"));
        Assert.Equal(ancien, d22.Element("NUMANONYM")!.Value);
        Assert.Equal("", d22.Element("NUMANONYMANT")!.Value);
        Assert.Equal(new PseudonymiseurSha1().Calculer(new EntreePseudonyme("Louise", 4, 2015, "Durand")), d23.Element("NUMANONYM")!.Value);
        Assert.Equal(ancien, d23.Element("NUMANONYMANT")!.Value);
        Assert.Equal("3", d23.Element("TYPEV")!.Value);
    }

    /// <summary>Every word of a person's identity (names, first names, mother's name, addresses) of length 3 or more.</summary>
    private static IEnumerable<string> Mots(params string?[] textes) => textes.SelectMany(t => CleRecherche.Mots(t)).Where(m => m.Length >= 3 && !m.All(char.IsDigit));

    [Fact]
    public async Task Le_fichier_ne_contient_aucun_nom_ni_jour_de_naissance_ni_adresse_et_se_reproduit_octet_pour_octet()
    {
        await using var bd = await BaseDeTest.CreerAsync();
        var source = GenerateurEchange.Ecrire(Temp("csv"), 120, graine: 9);
        Assert.Equal(0, (await ExecuterAsync("import", source, bd.ArgumentDbCourant)).Code);
        await using (var c = ServicesDonnees.CreerContexte(bd.Base))
        {
            var n = 0;
            foreach (var x in await c.Enfants.OrderBy(x => x.Id).Take(40).ToListAsync())
            {
                x.NomNaissanceMere = $"Mère{++n}-Sauvageon";
                c.Parents.Add(new Parent { EnfantId = x.Id, Lien = "MERE", Nom = $"Parentnom{n}", Prenoms = "Gwendoline", Adresse = $"{n} rue des Coquelicots, Alençon" });
            }
            await c.SaveChangesAsync();
        }
        await CodeInseeAsync(bd.Base, "61");
        var (a, b, csv) = (Temp("a.xml"), Temp("b.xml"), Temp("c.csv"));
        var (code, sortie, erreur) = await ExecuterAsync("olinpe", "--annee", "2015", "--out", a, bd.ArgumentDbCourant);
        Assert.True(code == 0, sortie + erreur);
        Assert.Equal(0, (await ExecuterAsync("olinpe", "--annee", "2015", "--out", b, bd.ArgumentDbCourant)).Code);
        Assert.Equal(0, (await ExecuterAsync("olinpe", "--annee", "2015", "--out", csv, "--format", "csv", bd.ArgumentDbCourant)).Code);
        Assert.Equal(await File.ReadAllBytesAsync(a), await File.ReadAllBytesAsync(b));

        await using var db = ServicesDonnees.CreerContexte(bd.Base);
        var transmissions = await db.TransmissionsOlinpe.OrderBy(x => x.Id).ToListAsync();
        Assert.Equal(3, transmissions.Count);
        Assert.Equal(transmissions[0].Empreinte, transmissions[1].Empreinte);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(a))), transmissions[0].Empreinte);
        Assert.True(transmissions[0].Enregistrements > 10, $"{transmissions[0].Enregistrements} enregistrements");

        var enfants = await db.Enfants.AsNoTracking().ToListAsync();
        var parents = await db.Parents.AsNoTracking().ToListAsync();
        var lieux = await db.Lieux.AsNoTracking().ToListAsync();
        var interdits = Mots(enfants.SelectMany(x => new[] { x.Nom, x.Prenoms, x.NomNaissanceMere })
                .Concat(parents.SelectMany(p => new[] { p.Nom, p.Prenoms, p.Adresse })).Concat(lieux.Select(l => l.Adresse)).ToArray())
            .ToHashSet();
        Assert.Contains("SAUVAGEON", interdits);
        Assert.Contains("COQUELICOTS", interdits);
        foreach (var f in new[] { a, csv })
        {
            // The words of the file, pseudonyms (40 hexadecimal characters) aside.
            var texte = Regex.Replace(await File.ReadAllTextAsync(f), "[0-9A-F]{40}", " ");
            var mots = CleRecherche.Mots(texte).ToHashSet();
            Assert.Empty(mots.Intersect(interdits));
        }
        // No birth day: a child's records hold no date but the dates of its measures.
        var doc = XDocument.Load(a);
        // Children with the same first name, birth month and year and no mother's name share a pseudonym (D226-3-4 inputs).
        var pseudonymes = enfants.ToLookup(x => new PseudonymiseurSha1().Calculer(new EntreePseudonyme(x.Prenoms, x.DateNaissance.Month, x.DateNaissance.Year, x.NomNaissanceMere)));
        var mesures = (await db.Mesures.AsNoTracking().ToListAsync()).ToLookup(m => m.EnfantId);
        foreach (var donnee in doc.Descendants("DONNEE"))
        {
            var candidats = pseudonymes[donnee.Element("NUMANONYM")!.Value].ToList();
            Assert.NotEmpty(candidats);
            var permises = candidats.SelectMany(c => mesures[c.Id]).SelectMany(m => new[] { m.DateDebut, m.DateFin }).OfType<DateOnly>().Select(d => d.ToString("yyyy-MM-dd")).ToHashSet();
            var naissances = candidats.Select(c => c.DateNaissance.ToString("yyyy-MM-dd")).Where(d => !permises.Contains(d)).ToHashSet();
            Assert.DoesNotContain(donnee.Elements(), v => naissances.Contains(v.Value));
            Assert.Equal(candidats[0].DateNaissance.Year.ToString(), donnee.Element("ANAIS")!.Value);
        }
        Assert.Equal(0, (await ExecuterAsync("olinpe", "valider", csv)).Code);
    }

    [Fact]
    public async Task La_page_montre_le_controle_et_telecharge_le_fichier_pour_l_odpe_seulement()
    {
        await CodeInseeAsync(serveur.Bd.Base, "59");
        using var odpe = await serveur.ConnecterAsync("odpe");
        var html = await odpe.LireTexteAsync("/olinpe?annee=2023");
        Assert.Contains("Contrôle de l'année 2023", html);
        Assert.Contains("3 enregistrement(s) (débuts : 2, fins : 1), 2 enfant(s).", html);
        Assert.Contains("Aucune erreur bloquante", html);
        Assert.DoesNotContain("href=\"/mesures/", html); // the ODPE does not open children's files
        Assert.DoesNotContain("LEFÈVRE", html);

        var r = await odpe.SoumettreAsync("/olinpe?annee=2023", [new("annee", "2023"), new("format", "xml")], "/olinpe");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/xml", r.Content.Headers.ContentType!.MediaType);
        var xml = await r.Content.ReadAsStringAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<DECRET>", xml);
        Assert.Equal(3, XDocument.Parse(xml).Descendants("DONNEE").Count());
        Assert.Contains("2023", await odpe.LireTexteAsync("/olinpe"));
        Assert.Contains("NATDECASSED", await odpe.LireTexteAsync("/olinpe/correspondance"));

        using var admin = await serveur.ConnecterAsync("administrateur");
        Assert.Contains("Historique des transmissions", await admin.LireTexteAsync("/olinpe"));
        using var referent = await serveur.ConnecterAsync("referent.nord");
        var refus = await referent.Http.GetAsync("/olinpe");
        Assert.Equal(HttpStatusCode.Redirect, refus.StatusCode);
        Assert.Contains("acces-refuse", refus.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Http.GetAsync("/api/v1/olinpe/2023/controle")).StatusCode);
    }

    [Fact]
    public async Task Avec_des_erreurs_la_page_refuse_le_fichier_et_lie_les_mesures_pour_qui_peut_ouvrir_les_dossiers()
    {
        await CodeInseeAsync(serveur.Bd.Base, "00");
        await using (var scope = serveur.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Utilisateur>>();
            if (await users.FindByNameAsync("odpe.cadre") is null)
            {
                var u = new Utilisateur { UserName = "odpe.cadre", NomAffiche = "ODPE et cadre", CreeLe = DateTime.UtcNow };
                Assert.True((await users.CreateAsync(u, ServeurSillage.MotDePasse)).Succeeded);
                await users.AddToRolesAsync(u, ["ODPE", "CADRE"]);
            }
        }
        int mesure;
        await using (var db = serveur.Contexte()) mesure = (await db.Mesures.SingleAsync(m => m.SourceId == "OL1")).Id;
        using var double_ = await serveur.ConnecterAsync("odpe.cadre");
        var html = await double_.LireTexteAsync("/olinpe?annee=2023");
        Assert.Contains("3 erreur(s) bloquante(s) : le fichier ne doit pas être transmis en l'état.", html);
        Assert.Contains("NUMDEP : 3", html);
        Assert.Contains($"href=\"/mesures/{mesure}\"", html);
        using var odpe = await serveur.ConnecterAsync("odpe");
        Assert.Contains($"(mesure n° {mesure})", await odpe.LireTexteAsync("/olinpe?annee=2023"));

        int avant;
        await using (var db = serveur.Contexte()) avant = await db.TransmissionsOlinpe.CountAsync();
        var refus = await odpe.SoumettreAsync("/olinpe?annee=2023", [new("annee", "2023"), new("format", "xml")], "/olinpe");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
        Assert.Contains("Fichier refusé : 3 erreur(s) bloquante(s)", await ClientSillage.Texte(refus));
        var api = await odpe.Http.PostAsync("/api/v1/olinpe/2023/fichier", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        await using (var db = serveur.Contexte())
        {
            Assert.Equal(avant, await db.TransmissionsOlinpe.CountAsync());
            Assert.Contains(await db.EvenementsAudit.Select(e => e.Type).ToListAsync(), t => t == (int)Domaine.Audit.TypeEvenementAudit.OlinpeExportRefuse);
        }
        var force = await odpe.SoumettreAsync("/olinpe?annee=2023", [new("annee", "2023"), new("format", "csv"), new("forcer", "true")], "/olinpe");
        Assert.Equal(HttpStatusCode.OK, force.StatusCode);
        await CodeInseeAsync(serveur.Bd.Base, "59");
    }

    [Fact]
    public async Task L_api_controle_produit_et_liste_les_transmissions()
    {
        await CodeInseeAsync(serveur.Bd.Base, "59");
        using var odpe = await serveur.ConnecterAsync("odpe");
        var rapport = await odpe.Http.GetFromJsonAsync<JsonElement>("/api/v1/olinpe/2023/controle");
        Assert.Equal(3, rapport.GetProperty("enregistrements").GetInt32());
        Assert.True(rapport.GetProperty("transmissible").GetBoolean());
        var mauvais = await odpe.Http.GetAsync("/api/v1/olinpe/1800/controle");
        Assert.Equal(HttpStatusCode.BadRequest, mauvais.StatusCode);
        Assert.Equal("annee", (await mauvais.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("champ").GetString());
        var f = await odpe.Http.PostAsync("/api/v1/olinpe/2023/fichier?format=csv", null);
        Assert.Equal(HttpStatusCode.OK, f.StatusCode);
        var csv = await f.Content.ReadAsStringAsync();
        Assert.StartsWith("NUMDEP;NUMANONYM;", csv.TrimStart('\uFEFF'));
        var historique = await odpe.Http.GetFromJsonAsync<JsonElement>("/api/v1/olinpe/transmissions");
        Assert.Contains(historique.EnumerateArray(), t => t.GetProperty("empreinte").GetString() == f.Headers.GetValues("X-Empreinte-Sha256").Single());
        var table = await odpe.Http.GetFromJsonAsync<JsonElement>("/api/v1/olinpe/correspondance");
        Assert.Equal("sillage-2026.1", table.GetProperty("version").GetString());
    }
}
