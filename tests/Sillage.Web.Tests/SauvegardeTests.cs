using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Web.Commandes;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>Nothing is lost: a restore equals the original, table by table (rows and content hash), on the
/// provider of the run (SQLite or PostgreSQL), while the application keeps running.</summary>
public class SauvegardeTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private const string Journal = "EvenementsAudit";

    internal static async Task<(int Code, string Sortie, string Erreur)> ExecuterAsync(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await LigneDeCommande.ExecuterAsync(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    internal static string Temp(string nom) => Path.Combine(Path.GetTempPath(), "sillage-sauvegarde-" + Guid.NewGuid().ToString("N"), nom);

    [Fact]
    public async Task Une_restauration_rend_la_base_sauvegardee_table_par_table()
    {
        var db = serveur.Bd.ArgumentDbCourant;
        var source = GenerateurEchange.Ecrire(Temp("source"), 120, graine: 5);
        Assert.Equal(0, (await ExecuterAsync("import", source, db)).Code);
        var fichier = Temp("sillage.sauvegarde");

        var (code, sortie, erreur) = await ExecuterAsync("sauvegarde", fichier, db);
        Assert.True(code == 0, erreur);
        Assert.Contains("Enfants;", sortie);
        var original = await Sauvegarde.EmpreintesAsync(serveur.Bd.Base);
        Assert.True(original["Enfants"].Lignes >= 120);

        // Changes after the backup: a deleted child's measures, a new territory, an edited name.
        await using (var ctx = serveur.Contexte())
        {
            ctx.Territoires.Add(new Donnees.Entites.Territoire { Code = "APRES", Libelle = "Créé après la sauvegarde" });
            var e = await ctx.Enfants.OrderBy(x => x.Id).FirstAsync();
            e.Nom = "MODIFIÉ-APRÈS";
            await ctx.SaveChangesAsync();
            await ctx.Database.ExecuteSqlRawAsync("DELETE FROM \"Sejours\"");
        }
        Assert.NotEqual(original["Sejours"], (await Sauvegarde.EmpreintesAsync(serveur.Bd.Base))["Sejours"]);

        (code, _, erreur) = await ExecuterAsync("restaurer", fichier, db);
        Assert.True(code == 0, erreur);
        var restauree = await Sauvegarde.EmpreintesAsync(serveur.Bd.Base);
        Assert.Equal(original.Keys, restauree.Keys);
        foreach (var table in original.Keys.Where(t => t != Journal))
            Assert.True(original[table] == restauree[table], $"{table} : {original[table]} sauvegardé, {restauree[table]} restauré");
        // The journal is the backup's, plus the trace of the restore itself; its chain is whole.
        Assert.Equal(original[Journal].Lignes + 1, restauree[Journal].Lignes);
        var journal = await serveur.JournalAsync();
        Assert.Equal(4500, journal[^2].Type);
        Assert.Equal(4501, journal[^1].Type);
        Assert.Equal(0, (await ExecuterAsync("audit", "verifier", db)).Code);

        // The running application serves the restored base.
        using var c = await serveur.ConnecterAsync("crip");
        Assert.Equal(HttpStatusCode.OK, (await c.Http.GetAsync($"/enfants/{serveur.EnfantNord}")).StatusCode);
    }

    [Fact]
    public async Task Un_fichier_qui_n_est_pas_une_sauvegarde_est_refuse_sans_rien_changer()
    {
        var db = serveur.Bd.ArgumentDbCourant;
        var avant = await Sauvegarde.EmpreintesAsync(serveur.Bd.Base);
        var faux = Temp("faux.sauvegarde");
        Directory.CreateDirectory(Path.GetDirectoryName(faux)!);
        await File.WriteAllTextAsync(faux, "enfants;DROP TABLE \"Enfants\";--");
        var (code, _, erreur) = await ExecuterAsync("restaurer", faux, db);
        Assert.Equal(2, code);
        Assert.Contains("n'est pas une sauvegarde Sillage", erreur);
        // A backup of the other provider is refused too.
        var autre = Path.Combine(Path.GetDirectoryName(faux)!, "autre.sauvegarde");
        await File.WriteAllBytesAsync(autre, [.. (BaseDeTest.EstPostgres ? "SQLite format 3\0"u8.ToArray() : "PGDMP"u8.ToArray()), .. new byte[64]]);
        (code, _, erreur) = await ExecuterAsync("restaurer", autre, db);
        Assert.Equal(2, code);
        Assert.Contains("ne se restaure que sur une base", erreur);
        Assert.Equal(2, (await ExecuterAsync("restaurer", Temp("absent.sauvegarde"), db)).Code);
        Assert.Equal(avant, await Sauvegarde.EmpreintesAsync(serveur.Bd.Base));
    }
}

/// <summary>kill -9 of an import in the middle of its writes leaves the base as it was (one transaction) and the audit chain whole.</summary>
public class InterruptionImportTests : IAsyncLifetime
{
    private BaseDeTest _bd = null!;

    public async Task InitializeAsync() => _bd = await BaseDeTest.CreerAsync();
    public async Task DisposeAsync() => await _bd.DisposeAsync();

    [Fact]
    public async Task Un_kill_9_pendant_l_import_laisse_la_base_intacte_ou_complete()
    {
        var db = _bd.ArgumentDbCourant;
        Assert.Equal(0, (await SauvegardeTests.ExecuterAsync("import", GenerateurEchange.Ecrire(SauvegardeTests.Temp("petit"), 40, graine: 1), db)).Code);
        var avant = await Sauvegarde.EmpreintesAsync(_bd.Base);
        var gros = GenerateurEchange.Ecrire(SauvegardeTests.Temp("gros"), 6000, graine: 2);
        await TuerPendantLImportAsync(gros, db);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var apres = await Sauvegarde.EmpreintesAsync(_bd.Base);
        var intacte = avant.Keys.All(t => avant[t] == apres[t]);
        // The small folder's 40 children are the first 40 of the big one (same source ids): complete = 6000.
        Assert.True(intacte || apres["Enfants"].Lignes == 6000,
            string.Join(", ", avant.Keys.Where(t => avant[t] != apres[t]).Select(t => $"{t} {avant[t].Lignes}→{apres[t].Lignes}")));
        var (code, sortie, _) = await SauvegardeTests.ExecuterAsync("audit", "verifier", db);
        Assert.True(code == 0, sortie);

        // The base is usable: the same import, run again, completes.
        var (c2, _, e2) = await SauvegardeTests.ExecuterAsync("import", gros, db);
        Assert.True(c2 == 0, e2);
        Assert.Equal(6000, (await Sauvegarde.EmpreintesAsync(_bd.Base))["Enfants"].Lignes);
    }

    [Fact]
    public async Task Un_kill_9_pendant_le_premier_import_laisse_la_base_vide_et_ses_index()
    {
        // Into an empty base, SQLite's import drops a table's secondary indexes while it fills it and creates them again
        // after: in the same transaction, so an interrupted import leaves them as they were, and a complete one too.
        var db = _bd.ArgumentDbCourant;
        Assert.Equal(0, (await SauvegardeTests.ExecuterAsync("db", "migrate", db)).Code);
        var index = await IndexAsync();
        Assert.Contains(index, i => i.StartsWith("IX_Enfants_SourceId ", StringComparison.Ordinal));
        var gros = GenerateurEchange.Ecrire(SauvegardeTests.Temp("gros"), 6000, graine: 2);
        await TuerPendantLImportAsync(gros, db);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var apres = await Sauvegarde.EmpreintesAsync(_bd.Base);
        Assert.True(apres["Enfants"].Lignes is 0 or 6000, $"{apres["Enfants"].Lignes} enfants");
        Assert.Equal(index, await IndexAsync());

        var (code, _, erreur) = await SauvegardeTests.ExecuterAsync("import", gros, db);
        Assert.True(code == 0, erreur);
        Assert.Equal(6000, (await Sauvegarde.EmpreintesAsync(_bd.Base))["Enfants"].Lignes);
        Assert.Equal(index, await IndexAsync());
    }

    /// <summary>Every index of the base, with its definition.</summary>
    private async Task<List<string>> IndexAsync()
    {
        await using var c = ServicesDonnees.CreerContexte(_bd.Base);
        return await c.Database.SqlQueryRaw<string>(BaseDeTest.EstPostgres
            ? "SELECT indexname || ' ' || indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname"
            : "SELECT name || ' ' || sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").ToListAsync();
    }

    /// <summary>Runs `sillage import` in a process of its own and kills it (SIGKILL) once it has written its first file.</summary>
    private static async Task TuerPendantLImportAsync(string dossier, string db)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Sillage.Web.dll"), "import", dossier, db }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        _ = p.StandardOutput.ReadToEndAsync();
        string? ligne;
        var tue = false;
        var lu = new List<string>();
        var limite = Stopwatch.StartNew();
        while ((ligne = await p.StandardError.ReadLineAsync()) is not null && limite.Elapsed < TimeSpan.FromMinutes(3))
        {
            lu.Add(ligne);
            // enfants.csv written, the other files not yet: the transaction is open, mid-way.
            if (ligne.Contains("créé(s)", StringComparison.Ordinal))
            {
                p.Kill(entireProcessTree: true); // SIGKILL
                tue = true;
                break;
            }
        }
        await p.WaitForExitAsync();
        Assert.True(tue, "l'import s'est terminé avant d'écrire : " + string.Join(" | ", lu));
        // The progress line is read through a pipe: on a busy machine the import may have committed and exited (code 0)
        // before the signal lands. The callers' checks hold either way: the base is as before, or complete.
        Assert.True(p.ExitCode is 0 or 137, $"code de sortie {p.ExitCode} (137 = SIGKILL)");
    }
}
