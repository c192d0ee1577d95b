using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Donnees;
using Sillage.Web.Commandes;
using Sillage.Web.Fonctionnalites.Echange;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>`sillage export`: every file, deterministic, and export → import into an empty base → export is byte-identical.</summary>
public class ExportTests
{
    private static string Db(BaseDeDonnees bd) => BaseDeTest.ArgumentDb(bd);

    private static async Task<(int Code, string Sortie, string Erreur)> ExecuterAsync(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await LigneDeCommande.ExecuterAsync(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), "sillage-echange-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Export_import_dans_une_base_vide_puis_export_donne_des_fichiers_identiques_octet_pour_octet()
    {
        var source = GenerateurEchange.Ecrire(Temp(), 150, graine: 3);
        // Quotes, separators, accents and a line break inside a field travel intact.
        File.AppendAllText(Path.Combine(source, "enfants.csv"), "ZZ1;\"D'ARC; dite \"\"la Pucelle\"\"\";\"Jeanne\nMarie\";F;2012-01-06;T01;;1;\"ROMÉE\"\n");
        var (exportA, exportB, exportC) = (Temp(), Temp(), Temp());
        await using var baseA = await BaseDeTest.CreerAsync();
        await using var baseB = await BaseDeTest.CreerAsync();
        try
        {
            var (code, _, erreur) = await ExecuterAsync("import", source, Db(baseA.Base));
            Assert.True(code == 0, erreur);
            // Re-importing its own export changes nothing.
            Assert.Equal(0, (await ExecuterAsync("export", exportC, Db(baseA.Base))).Code);
            var (c2, sortie2, _) = await ExecuterAsync("import", exportC, Db(baseA.Base));
            Assert.Equal(0, c2);
            Assert.True(sortie2.Contains(" : 0 création(s), 0 modification(s)"), sortie2);

            // A record created in Sillage, without a source id, is exported as sillage-<Id>.
            int id;
            await using (var db = ServicesDonnees.CreerContexte(baseA.Base))
            {
                var t = await db.Territoires.SingleAsync(x => x.Code == "T02");
                var e = new Donnees.Entites.Enfant
                {
                    NumeroDossier = "S-0001", Nom = "SAISI", Prenoms = "Dans Sillage", Sexe = "M", DateNaissance = new DateOnly(2016, 4, 4),
                    TerritoireId = t.Id, CleRecherche = "DANS SAISI SILLAGE",
                };
                db.Enfants.Add(e);
                await db.SaveChangesAsync();
                id = e.Id;
            }
            Assert.Equal(0, (await ExecuterAsync("export", exportA, Db(baseA.Base))).Code);
            Assert.Equal(0, (await ExecuterAsync("import", exportA, Db(baseB.Base))).Code);
            Assert.Equal(0, (await ExecuterAsync("export", exportB, Db(baseB.Base))).Code);

            foreach (var (fichier, colonnes) in Domaine.Echange.FormatEchange.Fichiers)
            {
                var a = await File.ReadAllBytesAsync(Path.Combine(exportA, fichier));
                Assert.Equal(a, await File.ReadAllBytesAsync(Path.Combine(exportB, fichier)));
                if (fichier != "enfants.csv") Assert.Equal(a, await File.ReadAllBytesAsync(Path.Combine(exportC, fichier)));
                var texte = await File.ReadAllTextAsync(Path.Combine(exportA, fichier));
                Assert.StartsWith(string.Join(";", colonnes) + "\n", texte.TrimStart('\uFEFF'));
            }
            var enfants = await File.ReadAllTextAsync(Path.Combine(exportA, "enfants.csv"));
            Assert.Contains($"sillage-{id};SAISI;Dans Sillage;M;2016-04-04;T02;;0;", enfants);
            Assert.Contains("ZZ1;\"D'ARC; dite \"\"la Pucelle\"\"\";\"Jeanne\nMarie\";F;2012-01-06;T01;;1;ROMÉE", enfants);
            // Header + 152 children, one of whom has a line break inside a quoted field.
            Assert.Equal(1 + 152 + 1, (await File.ReadAllLinesAsync(Path.Combine(exportA, "enfants.csv"))).Length);
            // Empty files keep their header; rows are sorted by id.
            var lignes = (await File.ReadAllLinesAsync(Path.Combine(exportA, "mesures.csv"))).Skip(1).Select(l => l.Split(';')[0]).ToList();
            Assert.Equal(lignes.Order(StringComparer.Ordinal), lignes);

            await using var verif = ServicesDonnees.CreerContexte(baseB.Base);
            Assert.Equal(152, await verif.Enfants.CountAsync());
            Assert.Equal(300, await verif.Mesures.CountAsync(m => m.RenouvelleId != null) * 2);
            var journal = await verif.EvenementsAudit.AsNoTracking().ToListAsync();
            Assert.Equal([(int)TypeEvenementAudit.Import, (int)TypeEvenementAudit.Export], journal.Select(e => e.Type));
        }
        finally
        {
            foreach (var d in new[] { source, exportA, exportB, exportC })
                if (Directory.Exists(d)) Directory.Delete(d, true);
        }
    }

    [Fact]
    public async Task Une_base_vide_exporte_tous_les_fichiers_avec_leur_en_tete()
    {
        var dossier = Temp();
        await using var b = await BaseDeTest.CreerAsync();
        try
        {
            var (code, sortie, _) = await ExecuterAsync("export", dossier, Db(b.Base));
            Assert.Equal(0, code);
            Assert.Contains("12 fichier(s), 0 ligne(s)", sortie);
            foreach (var (fichier, colonnes) in Domaine.Echange.FormatEchange.Fichiers)
                Assert.Equal(new System.Text.UTF8Encoding(true).GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(string.Join(";", colonnes) + "\n")),
                    await File.ReadAllBytesAsync(Path.Combine(dossier, fichier)));
        }
        finally
        {
            if (Directory.Exists(dossier)) Directory.Delete(dossier, true);
        }
    }

    /// <summary>
    /// The import is streaming-fast: a synthetic folder (SILLAGE_TEST_VOLUME children, 3 000 by
    /// default; 30 000 = the Nord demo, ≈ 330 000 rows) imports within a budget proportional to its
    /// size (60 s for 30 000 children), then a second import changes nothing.
    /// </summary>
    [Fact]
    public async Task Import_volumineux_dans_le_budget_de_temps()
    {
        var n = int.TryParse(Environment.GetEnvironmentVariable("SILLAGE_TEST_VOLUME"), out var v) ? v : 3000;
        var dossier = GenerateurEchange.Ecrire(Temp(), n);
        await using var b = await BaseDeTest.CreerAsync();
        try
        {
            await using (var db = ServicesDonnees.CreerContexte(b.Base)) await db.Database.MigrateAsync();
            var progression = new StringWriter();
            var r = await Importateur.ImporterAsync(dossier, false, b.Base, progression);
            Assert.True(r.Reussi, string.Join("\n", r.Erreurs.Take(20)));
            var budget = TimeSpan.FromSeconds(Math.Max(10, 60.0 * n / 30000));
            Assert.True(r.Duree < budget, $"{n} enfants importés en {r.Duree.TotalSeconds:0.0} s (budget {budget.TotalSeconds:0} s)\n{progression}");
            Assert.Equal(n, r.Comptes.Single(c => c.Fichier == "enfants.csv").Crees);
            Assert.Equal(2 * n, r.Comptes.Single(c => c.Fichier == "sejours.csv").Crees);
            Console.WriteLine($"Import de {n} enfants ({r.Comptes.Sum(c => c.Lignes)} lignes) : {r.Duree.TotalSeconds:0.0} s");

            var r2 = await Importateur.ImporterAsync(dossier, false, b.Base, TextWriter.Null);
            Assert.True(r2.Reussi);
            Assert.Equal(0, r2.Comptes.Sum(c => c.Crees + c.Modifies));
        }
        finally
        {
            Directory.Delete(dossier, true);
        }
    }
}
