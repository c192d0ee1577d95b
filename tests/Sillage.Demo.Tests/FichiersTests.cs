using System.Diagnostics;
using System.Security.Cryptography;
using Sillage.Demo;
using Sillage.Demo.Drees;
using Xunit.Abstractions;

namespace Sillage.Demo.Tests;

public class FichiersTests(ITestOutputHelper sortie)
{
    private static readonly Dictionary<string, string> Entetes = new()
    {
        ["territoires.csv"] = "code;libelle",
        ["population.csv"] = "annee;territoire;age;effectif",
        ["lieux.csv"] = "id;type;nom;territoire;capacite;age_min;age_max;date_ouverture;date_fermeture",
        ["enfants.csv"] = "id;nom;prenoms;sexe;date_naissance;territoire;famille;mna;nom_naissance_mere",
        ["informations.csv"] = "id;date_reception;origine;qualification;date_qualification",
        ["informations_enfants.csv"] = "information_id;enfant_id;date_fin_evaluation;conclusion;date_decision",
        ["mesures.csv"] = "id;enfant_id;type;date_decision;date_debut;date_fin_prevue;date_fin;motif_fin;renouvelle",
        ["sejours.csv"] = "id;enfant_id;mesure_id;lieu_id;mode;date_debut;date_fin;motif",
        ["ppe.csv"] = "id;enfant_id;date_signature",
        ["rapports.csv"] = "id;enfant_id;date",
        ["entretiens.csv"] = "enfant_id;date",
        ["cessec.csv"] = "enfant_id;date_examen",
    };

    private static string Temporaire() => Directory.CreateTempSubdirectory("sillage-demo-").FullName;

    private static Dictionary<string, string> Empreintes(string dossier) =>
        Directory.GetFiles(dossier).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void La_meme_graine_donne_des_fichiers_identiques_une_autre_graine_des_fichiers_differents()
    {
        var a = Temporaire();
        var b = Temporaire();
        var c = Temporaire();
        try
        {
            GenerateurDemo.Generer("48", 7).EcrireDossier(a);
            GenerateurDemo.Generer("48", 7).EcrireDossier(b);
            GenerateurDemo.Generer("48", 8).EcrireDossier(c);
            var ea = Empreintes(a);
            Assert.Equal(12, ea.Count);
            Assert.Equal(ea, Empreintes(b));
            var ec = Empreintes(c);
            Assert.NotEqual(ea["enfants.csv"], ec["enfants.csv"]);
            Assert.NotEqual(ea["mesures.csv"], ec["mesures.csv"]);
        }
        finally
        {
            foreach (var d in new[] { a, b, c }) Directory.Delete(d, true);
        }
    }

    [Fact]
    public void Les_fichiers_ont_les_entetes_exactes_du_format_et_une_ligne_par_enregistrement()
    {
        var jeu = Jeux.Get("61");
        var dossier = Temporaire();
        try
        {
            jeu.EcrireDossier(dossier);
            Assert.Equal(Entetes.Keys.Order(), Directory.GetFiles(dossier).Select(Path.GetFileName).Order());
            foreach (var (fichier, entete) in Entetes)
            {
                var octets = File.ReadAllBytes(Path.Combine(dossier, fichier));
                Assert.False(octets.Length >= 3 && octets[0] == 0xEF && octets[1] == 0xBB && octets[2] == 0xBF, $"{fichier}: BOM");
                var lignes = File.ReadAllLines(Path.Combine(dossier, fichier));
                Assert.Equal(entete, lignes[0]);
                Assert.Equal(jeu.Comptes[fichier], lignes.Length - 1);
                var colonnes = entete.Split(';').Length;
                Assert.All(lignes, l => Assert.Equal(colonnes, l.Split(';').Length));
            }
            var mesures = File.ReadAllLines(Path.Combine(dossier, "mesures.csv"));
            Assert.Contains(mesures, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^M\d+;E\d+;[A-Z_]+;\d{4}-\d{2}-\d{2};;;;;$"));
        }
        finally
        {
            Directory.Delete(dossier, true);
        }
    }

    [Fact]
    public void Un_code_inconnu_ou_l_agregat_du_Rhone_est_refuse()
    {
        Assert.Throws<ArgumentException>(() => GenerateurDemo.Generer("99", 1));
        Assert.Throws<ArgumentException>(() => GenerateurDemo.Generer("69", 1));
    }

    [Fact]
    public void Le_Nord_le_plus_grand_departement_est_genere_en_moins_d_une_minute()
    {
        var chrono = Stopwatch.StartNew();
        var jeu = GenerateurDemo.Generer("59", 1);
        var generation = chrono.Elapsed;
        var dossier = Temporaire();
        try
        {
            chrono.Restart();
            jeu.EcrireDossier(dossier);
            var ecriture = chrono.Elapsed;
            sortie.WriteLine($"Nord : génération {generation.TotalSeconds:F1} s, écriture {ecriture.TotalSeconds:F1} s");
            foreach (var (fichier, n) in jeu.Comptes) sortie.WriteLine($"{fichier}: {n}");
            Assert.True(generation < TimeSpan.FromSeconds(60), $"génération en {generation.TotalSeconds:F1} s");
            var ligne = DonneesDrees.Departement2020("59")!;
            var comptes = Comptage.Compter(jeu, new DateOnly(2020, 12, 31));
            foreach (var (colonne, drees) in CalibrationTests.Attendus(ligne))
            {
                sortie.WriteLine($"59 {colonne}: généré {comptes.GetValueOrDefault(colonne)}, DREES {drees}");
                Assert.True(CalibrationTests.Acceptable(comptes.GetValueOrDefault(colonne), drees), colonne);
            }
        }
        finally
        {
            Directory.Delete(dossier, true);
        }
    }

    [Fact]
    public void Deux_departements_prefixes_font_un_seul_dossier_sans_collision_ni_reference_perdue()
    {
        var orne = Jeux.Get("61");
        var lozere = Jeux.Get("48");
        // Unprefixed, the two départements collide: each numbers its rows from 1.
        Assert.NotEmpty(orne.Enfants.Select(e => e.Id).Intersect(lozere.Enfants.Select(e => e.Id)));
        var dossier = Temporaire();
        try
        {
            orne.Prefixe().EcrireDossier(dossier, ajouter: true);
            lozere.Prefixe().EcrireDossier(dossier, ajouter: true);
            var fichiers = Entetes.Keys.ToDictionary(f => f, f => File.ReadAllLines(Path.Combine(dossier, f)));
            foreach (var (fichier, entete) in Entetes)
            {
                Assert.Equal(entete, fichiers[fichier][0]);
                Assert.DoesNotContain(entete, fichiers[fichier].Skip(1));
            }
            string[] Colonne(string fichier, string nom)
            {
                var i = Array.IndexOf(fichiers[fichier][0].Split(';'), nom);
                return fichiers[fichier].Skip(1).Select(l => l.Split(';')[i]).ToArray();
            }
            Assert.Equal(orne.Enfants.Count + lozere.Enfants.Count, fichiers["enfants.csv"].Length - 1);
            foreach (var f in new[] { "territoires.csv", "lieux.csv", "enfants.csv", "informations.csv", "mesures.csv", "sejours.csv", "ppe.csv", "rapports.csv" })
            {
                var ids = Colonne(f, f == "territoires.csv" ? "code" : "id");
                Assert.Equal(ids.Length, ids.Distinct().Count());
                Assert.All(ids, id => Assert.True(id.StartsWith("61-", StringComparison.Ordinal) || id.StartsWith("48-", StringComparison.Ordinal), id));
            }
            var enfants = Colonne("enfants.csv", "id").ToHashSet();
            var territoires = Colonne("territoires.csv", "code").ToHashSet();
            var mesures = Colonne("mesures.csv", "id").ToHashSet();
            var lieux = Colonne("lieux.csv", "id").ToHashSet();
            foreach (var f in new[] { "informations_enfants.csv", "mesures.csv", "sejours.csv", "ppe.csv", "rapports.csv", "entretiens.csv", "cessec.csv" })
                Assert.All(Colonne(f, "enfant_id"), id => Assert.Contains(id, enfants));
            Assert.All(Colonne("enfants.csv", "territoire"), t => Assert.Contains(t, territoires));
            Assert.All(Colonne("lieux.csv", "territoire"), t => Assert.Contains(t, territoires));
            Assert.All(Colonne("sejours.csv", "mesure_id"), id => Assert.Contains(id, mesures));
            Assert.All(Colonne("sejours.csv", "lieu_id").Where(id => id != ""), id => Assert.Contains(id, lieux));
            Assert.All(Colonne("mesures.csv", "renouvelle").Where(id => id != ""), id => Assert.Contains(id, mesures));
            // The whole département's population ("*") is left to the base of several départements (their sum).
            Assert.All(Colonne("population.csv", "territoire"), t => Assert.Contains(t, territoires));
            Assert.Equal(orne.Population.Count(p => p.Territoire != "*") + lozere.Population.Count(p => p.Territoire != "*"), fichiers["population.csv"].Length - 1);
            // Siblings stay siblings within their département only.
            var familles = Colonne("enfants.csv", "famille").Where(f => f != "").ToList();
            Assert.Contains(familles, f => f.StartsWith("61-", StringComparison.Ordinal));
            Assert.All(familles, f => Assert.True(f.StartsWith("61-", StringComparison.Ordinal) || f.StartsWith("48-", StringComparison.Ordinal), f));
        }
        finally
        {
            Directory.Delete(dossier, true);
        }
    }
}
