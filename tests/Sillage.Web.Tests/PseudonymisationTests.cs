using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Donnees.Entites;
using Sillage.Web.Commandes;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>
/// The observatory (ODPE) never receives a name, a birth day or an address: the test logs in as odpe, crawls
/// every page, API route and export it can reach (starting from every route the matrix grants it, following
/// every link) and scans each response for every name, birth date and address of the seeded database.
/// </summary>
public partial class PseudonymisationTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    [GeneratedRegex("href=\"(/[^\"#]*)\"")]
    private static partial Regex Lien();

    private const int MaxPages = 160;

    [Fact]
    public async Task L_odpe_ne_recoit_ni_nom_ni_date_de_naissance_ni_adresse()
    {
        await PeuplerAsync();
        var interdits = await DonneesIdentifiantesAsync();
        Assert.True(interdits.Count > 100, $"{interdits.Count} valeurs à chercher seulement");

        using var c = await serveur.ConnecterAsync("odpe");
        var aVoir = new Queue<string>();
        var vus = new HashSet<string>();
        var parGenre = new Dictionary<string, int>();
        void Ajouter(string url)
        {
            url = WebUtility.HtmlDecode(url);
            if (url.StartsWith("/deconnexion") || url.StartsWith("/css") || url.StartsWith("/js") || vus.Count > MaxPages) return;
            // Each kind of page or export (path, handler, format) a few times, not every indicator code of every series.
            var genre = Regex.Replace(url, "=(?!(Export|csv|xlsx|pdf|json)\\b)[^&]*", "=");
            if (vus.Contains(url) || parGenre.GetValueOrDefault(genre) >= 3) return;
            parGenre[genre] = parGenre.GetValueOrDefault(genre) + 1;
            vus.Add(url);
            aVoir.Enqueue(url);
        }
        foreach (var r in InventaireRoutes.Lister(serveur.App.Services)
                     .Where(r => r.AccepteGet && !r.Anonyme && r.AutoriseePour(Role.Odpe)))
            Ajouter(InventaireRoutes.Concret(r.Motif, serveur.EnfantNord));
        for (var annee = 2015; annee <= DateTime.Today.Year; annee++)
        {
            Ajouter($"/api/v1/indicateurs?annee={annee}");
            Ajouter($"/observatoire?annee={annee}");
        }

        var fuites = new List<string>();
        var lus = 0;
        while (aVoir.TryDequeue(out var url))
        {
            using var r = await c.Http.GetAsync(url);
            if (!r.IsSuccessStatusCode) continue;
            lus++;
            var octets = await r.Content.ReadAsByteArrayAsync();
            var texte = Texte(octets, r.Content.Headers.ContentType?.MediaType);
            foreach (var v in interdits)
                if (texte.Contains(v, StringComparison.OrdinalIgnoreCase))
                    fuites.Add($"{url} contient « {v} »");
            if (r.Content.Headers.ContentType?.MediaType == "text/html")
                foreach (Match m in Lien().Matches(texte)) Ajouter(m.Groups[1].Value);
        }
        Console.WriteLine($"odpe : {lus} réponses lues sur {vus.Count} adresses");
        Assert.True(lus >= 15, $"{lus} réponses lues seulement");
        Assert.True(vus.Any(u => u.Contains("format=", StringComparison.OrdinalIgnoreCase) || u.Contains("export", StringComparison.OrdinalIgnoreCase)),
            "aucun export atteint : " + string.Join(" ", vus));
        Assert.True(fuites.Count == 0, string.Join("\n", fuites.Distinct().Take(40)));

        // The detector itself sees a leak: the same scan on a nominative file read by the CRIP.
        using var crip = await serveur.ConnecterAsync("crip");
        var dossier = Texte(await crip.Http.GetByteArrayAsync($"/api/v1/enfants/{serveur.EnfantNord}"), "application/json");
        Assert.Contains(interdits, v => dossier.Contains(v, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>HTML, JSON and CSV as text (entities decoded); XLSX unzipped.</summary>
    private static string Texte(byte[] octets, string? type)
    {
        if (octets.Length > 4 && octets[0] == 'P' && octets[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(octets));
            var sb = new StringBuilder();
            foreach (var e in zip.Entries.Where(e => e.FullName.EndsWith(".xml")))
                using (var lecteur = new StreamReader(e.Open())) sb.Append(lecteur.ReadToEnd());
            return WebUtility.HtmlDecode(sb.ToString());
        }
        var t = Encoding.UTF8.GetString(octets);
        if (type == "application/json") t = Regex.Unescape(t);
        return WebUtility.HtmlDecode(t);
    }

    /// <summary>A synthetic département imported the usual way, plus parents with their addresses.</summary>
    private async Task PeuplerAsync()
    {
        var dossier = GenerateurEchange.Ecrire(Path.Combine(Path.GetTempPath(), "sillage-odpe-" + Guid.NewGuid().ToString("N")), 60, graine: 12);
        try
        {
            var code = await LigneDeCommande.ExecuterAsync(["import", dossier, serveur.Bd.ArgumentDbCourant], TextWriter.Null, TextWriter.Null);
            Assert.Equal(0, code);
        }
        finally { Directory.Delete(dossier, true); }
        await using var db = serveur.Contexte();
        var enfants = await db.Enfants.OrderBy(e => e.Id).Take(20).ToListAsync();
        var i = 0;
        foreach (var e in enfants)
        {
            i++;
            db.Parents.Add(new Parent { EnfantId = e.Id, Lien = "MERE", Nom = $"KERVADEC{i}", Prenoms = $"Maëlle{i}", AutoriteParentale = true, Adresse = $"{i} rue des Goélands 29{i:D3} Plouzané", Telephone = $"06000000{i:D2}" });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Every name, first names, birth date (in the formats pages use) and address of the base.</summary>
    private async Task<List<string>> DonneesIdentifiantesAsync()
    {
        await using var db = serveur.Contexte();
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var valeurs = new HashSet<string>();
        foreach (var e in await db.Enfants.AsNoTracking().ToListAsync())
        {
            valeurs.Add(e.Nom);
            valeurs.Add(e.Prenoms);
            if (e.NomNaissanceMere is { Length: > 0 } m) valeurs.Add(m);
            valeurs.Add(e.DateNaissance.ToString("dd/MM/yyyy", fr));
            valeurs.Add(e.DateNaissance.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            valeurs.Add(e.DateNaissance.ToString("d MMMM yyyy", fr));
        }
        foreach (var p in await db.Parents.AsNoTracking().ToListAsync())
        {
            valeurs.Add(p.Nom);
            valeurs.Add(p.Prenoms);
            if (p.Adresse is { Length: > 0 } a) valeurs.Add(a);
            if (p.Telephone is { Length: > 0 } t) valeurs.Add(t);
        }
        return valeurs.Where(v => v.Length >= 4).ToList();
    }
}
