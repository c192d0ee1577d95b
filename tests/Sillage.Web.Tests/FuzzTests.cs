using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Sillage.Domaine.Echange;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Echange;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>Bad input changes nothing: thousands of mutated import folders, API bodies and forms (deterministic seeds).
/// Never a crash or a stack trace, always a French message, nothing written; injection strings stored and rendered inertly.</summary>
public partial class FuzzTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    internal static readonly string[] Poisons =
    [
        "0000-00-00", "2023-02-30", "99999-01-01", "-1", "1e309", "NaN", "", " ", "\0", "\u202e", "\ufeff", "💥",
        "'; DROP TABLE \"Enfants\";--", "' OR '1'='1", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
        "${jndi:ldap://x}", "{{7*7}}", "../../etc/passwd", "%00", "\r\n", "\"", ";", "é\u0301", new string('A', 100_000),
    ];

    [GeneratedRegex(@"\b(Exception|StackTrace|   at [A-Z]|System\.[A-Z]|Microsoft\.[A-Z]|Npgsql|SQLite Error)")]
    private static partial Regex TraceTechnique();

    /// <summary>One mutation of a valid folder: truncation, wrong encoding, poisoned cell, dropped or duplicated column, byte flips.</summary>
    internal static void Muter(string dossier, Random alea)
    {
        var fichiers = Directory.GetFiles(dossier, "*.csv");
        var f = fichiers[alea.Next(fichiers.Length)];
        var octets = File.ReadAllBytes(f);
        var texte = Encoding.UTF8.GetString(octets);
        var lignes = texte.Split('\n').ToList();
        switch (alea.Next(8))
        {
            case 0: File.WriteAllBytes(f, octets[..alea.Next(octets.Length)]); break; // truncated anywhere
            case 1: File.WriteAllBytes(f, Encoding.Latin1.GetBytes(texte.Replace("e", "é"))); break; // Latin-1, not UTF-8
            case 2: File.WriteAllBytes(f, Encoding.Unicode.GetBytes(texte)); break; // UTF-16
            case 3:
            case 4:
            {
                var i = 1 + alea.Next(Math.Max(1, lignes.Count - 1));
                if (i >= lignes.Count) i = lignes.Count - 1;
                var cellules = lignes[i].Split(';');
                cellules[alea.Next(cellules.Length)] = Poisons[alea.Next(Poisons.Length)];
                lignes[i] = string.Join(';', cellules);
                File.WriteAllText(f, string.Join('\n', lignes));
                break;
            }
            case 5: lignes[0] = string.Join(';', lignes[0].Split(';').Skip(1)); File.WriteAllText(f, string.Join('\n', lignes)); break; // header without a column
            case 6: File.WriteAllText(f, string.Join('\n', lignes.Select(l => l + ";" + Poisons[alea.Next(Poisons.Length)]))); break; // one cell too many
            default:
                for (var k = 0; k < 1 + alea.Next(5); k++) octets[alea.Next(octets.Length)] = (byte)alea.Next(256);
                File.WriteAllBytes(f, octets);
                break;
        }
    }

    private static string Copier(string source, string cible)
    {
        Directory.CreateDirectory(cible);
        foreach (var f in Directory.GetFiles(source)) File.Copy(f, Path.Combine(cible, Path.GetFileName(f)), true);
        return cible;
    }

    [Fact]
    public void La_lecture_du_format_d_echange_resiste_a_500_dossiers_mutes()
    {
        var racine = Path.Combine(Path.GetTempPath(), "sillage-fuzz-" + Guid.NewGuid().ToString("N"));
        var valide = GenerateurEchange.Ecrire(Path.Combine(racine, "valide"), 6, graine: 9);
        var alea = new Random(20261123);
        var refusés = 0;
        try
        {
            for (var n = 0; n < 500; n++)
            {
                var dossier = Copier(valide, Path.Combine(racine, "m"));
                for (var k = 0; k < 1 + alea.Next(3); k++) Muter(dossier, alea);
                LotEchange lot;
                try { lot = LectureEchange.Lire(dossier, new ReferencesExistantes(), new DateOnly(2026, 11, 23)); }
                catch (Exception e) { Assert.Fail($"mutation {n} : exception {e.GetType().Name} : {e.Message}"); return; }
                var erreurs = lot.ToutesErreurs();
                if (erreurs.Count > 0) refusés++;
                foreach (var e in erreurs)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Message), $"mutation {n} : message vide");
                    Assert.False(TraceTechnique().IsMatch(e.Message), $"mutation {n} : {e}");
                    Assert.True(e.Message.Length < 2000, $"mutation {n} : message de {e.Message.Length} caractères");
                }
            }
        }
        finally { Directory.Delete(racine, true); }
        Assert.True(refusés > 350, $"{refusés} dossiers refusés sur 500 : les mutations sont trop douces");
    }

    [Fact]
    public async Task Un_import_mute_refuse_n_ecrit_rien()
    {
        var racine = Path.Combine(Path.GetTempPath(), "sillage-fuzz-" + Guid.NewGuid().ToString("N"));
        var valide = GenerateurEchange.Ecrire(Path.Combine(racine, "valide"), 6, graine: 9);
        var alea = new Random(7);
        var bd = serveur.Bd.Base;
        var refusés = 0;
        try
        {
            for (var n = 0; n < 40; n++)
            {
                var avant = await Sauvegarde.EmpreintesAsync(bd);
                var dossier = Copier(valide, Path.Combine(racine, "m" + n));
                for (var k = 0; k < 2; k++) Muter(dossier, alea);
                var r = await Importateur.ImporterAsync(dossier, false, bd, TextWriter.Null, CancellationToken.None);
                if (r.Reussi) continue; // a harmless mutation (a poisoned name is still a name): written on purpose
                refusés++;
                Assert.All(r.Erreurs, e => Assert.False(TraceTechnique().IsMatch(e.Message), e.ToString()));
                Assert.Equal(avant, await Sauvegarde.EmpreintesAsync(bd));
            }
        }
        finally { Directory.Delete(racine, true); }
        Assert.True(refusés >= 25, $"{refusés} imports refusés sur 40");
    }

    /// <summary>API bodies: wrong JSON, wrong types, poisoned values; every refusal is 400/404/409/422 with a French message, never a 500.</summary>
    [Fact]
    public async Task L_api_refuse_les_corps_mutes_en_francais_sans_rien_ecrire()
    {
        using var c = await serveur.ConnecterAsync("crip");
        var alea = new Random(3);
        var avant = await Sauvegarde.EmpreintesAsync(serveur.Bd.Base);
        string[] champs = ["nom", "prenoms", "sexe", "dateNaissance", "territoireId", "famille", "mna", "version"];
        for (var n = 0; n < 600; n++)
        {
            string corps;
            if (n % 5 == 0)
                corps = new[] { "{", "[]", "null", "\"x\"", "{\"nom\":", "{\"dateNaissance\":\"0000-00-00\"}", "{\"territoireId\":\"NORD\"}", "{\"mna\":\"peut-être\"}", "\u0000", "{\"nom\":" + new string('[', 5000) }[alea.Next(10)];
            else
            {
                var d = new Dictionary<string, object?>();
                foreach (var ch in champs.Where(_ => alea.Next(3) > 0))
                    d[ch] = alea.Next(4) switch { 0 => Poisons[alea.Next(Poisons.Length)], 1 => alea.Next(-5, 5), 2 => null, _ => new[] { 1, 2 } };
                corps = System.Text.Json.JsonSerializer.Serialize(d);
            }
            var cible = n % 3 == 0 ? $"/api/v1/enfants/{serveur.EnfantNord}" : "/api/v1/enfants";
            using var contenu = new StringContent(corps, Encoding.UTF8, "application/json");
            using var r = n % 3 == 0 ? await c.Http.PutAsync(cible, contenu) : await c.Http.PostAsync(cible, contenu);
            var texte = await r.Content.ReadAsStringAsync();
            Assert.True((int)r.StatusCode is 400 or 404 or 409 or 422, $"{n} {corps[..Math.Min(80, corps.Length)]} : {(int)r.StatusCode} {texte[..Math.Min(300, texte.Length)]}");
            Assert.False(TraceTechnique().IsMatch(texte), texte);
            Assert.Matches("(obligatoire|invalide|valide|format|attendu|Conflit|version|Précisez|introuvable|Dossier non)", texte);
        }
        Assert.Equal(avant, await Sauvegarde.EmpreintesAsync(serveur.Bd.Base));
    }

    /// <summary>The child form, posted with poisoned fields: a French message in the page, nothing written.</summary>
    [Fact]
    public async Task Le_formulaire_enfant_refuse_les_saisies_mutees_sans_rien_ecrire()
    {
        using var c = await serveur.ConnecterAsync("crip");
        var html = await c.LireAsync("/enfants/nouveau");
        var jeton = ClientSillage.JetonAntiforgery(html)!;
        var alea = new Random(11);
        var avant = await Sauvegarde.EmpreintesAsync(serveur.Bd.Base);
        for (var n = 0; n < 300; n++)
        {
            // Always one invalid field (a bad date, a missing sex, an unknown territory) plus poisoned others.
            var champs = new List<KeyValuePair<string, string>>
            {
                new("Saisie.Nom", Poisons[alea.Next(Poisons.Length)]),
                new("Saisie.Prenoms", Poisons[alea.Next(Poisons.Length)]),
                new("Saisie.Sexe", new[] { "", "X", "F", "M", "'; --" }[alea.Next(5)]),
                new("Saisie.DateNaissance", new[] { "0000-00-00", "2023-02-30", "99999-01-01", "demain", "" }[alea.Next(5)]),
                new("Saisie.TerritoireId", new[] { "", "999999", "-1", "NORD", "1 OR 1=1" }[alea.Next(5)]),
                new("__RequestVerificationToken", jeton),
            };
            using var r = await c.Http.PostAsync("/enfants/nouveau", new FormUrlEncodedContent(champs));
            var texte = await ClientSillage.Texte(r);
            // A NUL character makes ASP.NET refuse the whole form (400): the French error page says nothing was changed.
            var refusEntier = r.StatusCode == HttpStatusCode.BadRequest && texte.Contains("rien n'a été modifié");
            Assert.True(r.StatusCode == HttpStatusCode.OK || refusEntier, $"{n} : {(int)r.StatusCode} {string.Join(" | ", champs.Take(5).Select(k => k.Key + "=" + System.Text.Json.JsonSerializer.Serialize(k.Value[..Math.Min(20, k.Value.Length)])))} {Regex.Match(texte, "<main.*?</main>", RegexOptions.Singleline).Value}");
            if (!refusEntier) Assert.Contains("La saisie n'a pas été enregistrée", texte);
            Assert.False(TraceTechnique().IsMatch(texte), $"{n} : trace technique");
        }
        Assert.Equal(avant, await Sauvegarde.EmpreintesAsync(serveur.Bd.Base));
    }

    /// <summary>Injection strings that are valid names are stored as they are and rendered as text, never as markup or SQL.</summary>
    [Fact]
    public async Task Les_chaines_d_injection_sont_stockees_et_affichees_inertes()
    {
        using var c = await serveur.ConnecterAsync("crip");
        const string xss = "<script>alert('x')</script>";
        const string sql = "O'Brien'); DROP TABLE \"Enfants\";--";
        var r = await c.Http.PostAsJsonAsync("/api/v1/enfants", new { nom = sql, prenoms = xss, sexe = "F", dateNaissance = "2015-03-04", territoireId = (await TerritoireNordAsync()), confirmeDistinct = true });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var id = (await r.Content.ReadFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>())!["id"].GetInt32();
        await using (var db = serveur.Contexte())
        {
            var e = db.Enfants.Single(x => x.Id == id);
            Assert.Equal(sql.ToUpperInvariant(), e.Nom.ToUpperInvariant());
            Assert.True(db.Enfants.Count() >= 4); // the table is still there
        }
        var html = await c.LireAsync($"/enfants/{id}");
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;", html);
        var recherche = await c.LireAsync("/enfants?q=" + Uri.EscapeDataString("O'Brien"));
        Assert.DoesNotContain("<script>alert", recherche);
    }

    private async Task<int> TerritoireNordAsync()
    {
        await using var db = serveur.Contexte();
        return db.Territoires.Single(t => t.Code == "NORD").Id;
    }
}
