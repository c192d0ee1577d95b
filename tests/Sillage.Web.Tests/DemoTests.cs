using Microsoft.EntityFrameworkCore;
using Sillage.Web.Commandes;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>The whole chain on the seed départements: generator → interchange files → importer → indicator engine → DREES row.</summary>
public class DemoTests
{
    private static string Db(BaseDeTest bd) => bd.ArgumentDbCourant;

    private static string LigneDrees(string code) =>
        File.ReadLines(Path.Combine(Racine(), "..", "shared", "data", "drees", "drees_ase_2020_departements.csv")).Single(l => l.Split(';')[2] == code);

    private static string Racine()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Sillage.slnx"))) return d.FullName;
        throw new InvalidOperationException("racine du dépôt introuvable");
    }

    [Theory]
    [InlineData("61")]
    [InlineData("02")]
    [InlineData("17")]
    [InlineData("91")]
    public async Task La_demo_d_un_departement_reproduit_sa_ligne_DREES_2020(string code)
    {
        await using var bd = await BaseDeTest.CreerAsync();
        var o = new StringWriter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["demo", "--departement", code, Db(bd)], o, new StringWriter()));
        Assert.Contains("Démonstration prête", o.ToString());
        var drees = new StringWriter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["drees", "--annee", "2020", Db(bd)], drees, new StringWriter()));
        var lignes = drees.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CommandesDemo.EnteteDrees, lignes[0]);
        Assert.Equal(LigneDrees(code), lignes[1]);
    }

    [Fact]
    public async Task Relancer_la_meme_demo_ne_change_rien_et_un_code_inconnu_est_refuse()
    {
        await using var bd = await BaseDeTest.CreerAsync();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["demo", "--departement", "48", "--graine", "7", Db(bd)], new StringWriter(), new StringWriter()));
        int Compter()
        {
            using var db = Donnees.ServicesDonnees.CreerContexte(bd.Base);
            return db.Enfants.Count() + db.Mesures.Count() + db.Sejours.Count() + db.Informations.Count();
        }
        var avant = Compter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["demo", "--departement", "48", "--graine", "7", Db(bd)], new StringWriter(), new StringWriter()));
        Assert.Equal(avant, Compter());
        var e = new StringWriter();
        Assert.Equal(2, await LigneDeCommande.ExecuterAsync(["demo", "--departement", "99", Db(bd)], new StringWriter(), e));
        Assert.Contains("--departement", e.ToString());
        await using var ctx = Donnees.ServicesDonnees.CreerContexte(bd.Base);
        Assert.Equal("Lozère (démonstration)", (await ctx.Departements.SingleAsync()).Nom);
    }
}
