using System.Net;
using Sillage.Web.Commandes;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

public class LigneDeCommandeTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private string Db => serveur.Bd.ArgumentDbCourant;

    private static async Task<(int Code, string Sortie, string Erreur)> ExecuterAsync(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await LigneDeCommande.ExecuterAsync(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task L_aide_liste_les_commandes_en_francais()
    {
        var (code, sortie, _) = await ExecuterAsync("--help");
        Assert.Equal(0, code);
        foreach (var mot in new[] { "serve", "db", "utilisateur", "territoire", "audit", "Utilisation" })
            Assert.Contains(mot, sortie);
    }

    [Fact]
    public async Task Creer_un_compte_en_ligne_de_commande_puis_se_connecter()
    {
        var (code, sortie, _) = await ExecuterAsync("utilisateur", "creer", "--login", "nouvelle.referente", "--role", "REFERENT_ASE", "--territoire", "SUD", Db);
        Assert.Equal(0, code);
        var mdp = sortie.Split('\n').Single(l => l.Contains("usage unique")).Split(": ", 2)[1].Trim();
        using var c = serveur.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await c.ConnecterAsync("nouvelle.referente", mdp)).StatusCode);
    }

    [Fact]
    public async Task Un_role_ou_un_territoire_inconnu_est_refuse_avec_le_code_2()
    {
        var (code, _, erreur) = await ExecuterAsync("utilisateur", "creer", "--login", "x", "--role", "CHEF", "--territoire", "INCONNU", Db);
        Assert.Equal(2, code);
        Assert.Contains("Rôle « CHEF » inconnu", erreur);
        Assert.Contains("Territoire « INCONNU » inconnu", erreur);
        await using var db = serveur.Contexte();
        Assert.DoesNotContain(db.Users, u => u.UserName == "x");
    }

    [Fact]
    public async Task Territoire_creer_puis_lister()
    {
        Assert.Equal(0, (await ExecuterAsync("territoire", "creer", "--code", "OUEST", "--libelle", "Délégation Ouest", Db)).Code);
        var (code, _, erreur) = await ExecuterAsync("territoire", "creer", "--code", "OUEST", "--libelle", "Doublon", Db);
        Assert.Equal(2, code);
        Assert.Contains("déjà utilisé", erreur);
        Assert.Contains("OUEST;Délégation Ouest", (await ExecuterAsync("territoire", "lister", Db)).Sortie);
    }

    [Fact]
    public async Task Db_migrate_sur_une_base_a_jour()
    {
        var (code, sortie, _) = await ExecuterAsync("db", "migrate", Db);
        Assert.Equal(0, code);
        Assert.Contains("0 migration(s) appliquée(s)", sortie);
    }
}

public class BaseDeDonneesTests
{
    [Fact]
    public void Sans_configuration_SQLite_dans_data()
    {
        var bd = Donnees.BaseDeDonnees.Depuis(null);
        Assert.Equal(Donnees.Fournisseur.Sqlite, bd.Fournisseur);
        Assert.EndsWith(Path.Combine("data", "sillage.db"), bd.ChaineConnexion);
    }

    [Fact]
    public void Une_url_postgres_devient_une_chaine_npgsql()
    {
        var bd = Donnees.BaseDeDonnees.Depuis("postgres://sillage:s%40cret@db.local:5433/prod?sslmode=require");
        Assert.Equal(Donnees.Fournisseur.Postgres, bd.Fournisseur);
        var b = new Npgsql.NpgsqlConnectionStringBuilder(bd.ChaineConnexion);
        Assert.Equal(("db.local", 5433, "prod", "sillage", "s@cret"), (b.Host, b.Port, b.Database, b.Username, b.Password));
        Assert.Equal(Npgsql.SslMode.Require, b.SslMode);
        Assert.DoesNotContain("cret", bd.Description);
    }

    [Fact]
    public void Host_egal_designe_postgres() =>
        Assert.Equal(Donnees.Fournisseur.Postgres, Donnees.BaseDeDonnees.Depuis("Host=127.0.0.1;Database=x").Fournisseur);

    [Fact]
    public void Postgres_prepare_ses_requetes_sauf_reglage_contraire()
    {
        // Default: the repeated queries are prepared once per connection (ADR 0019).
        Assert.Equal(64, new Npgsql.NpgsqlConnectionStringBuilder(Donnees.BaseDeDonnees.Depuis("Host=127.0.0.1;Database=x").ChaineConnexion).MaxAutoPrepare);
        Assert.Equal(64, new Npgsql.NpgsqlConnectionStringBuilder(Donnees.BaseDeDonnees.Depuis("postgres://u@h/x").ChaineConnexion).MaxAutoPrepare);
        // The operator's own setting wins, including 0 (off), whatever the spelling.
        Assert.Equal(0, new Npgsql.NpgsqlConnectionStringBuilder(Donnees.BaseDeDonnees.Depuis("Host=h;Database=x;Max Auto Prepare=0").ChaineConnexion).MaxAutoPrepare);
        Assert.Equal(10, new Npgsql.NpgsqlConnectionStringBuilder(Donnees.BaseDeDonnees.Depuis("Host=h;Database=x;maxautoprepare=10").ChaineConnexion).MaxAutoPrepare);
        Assert.Equal(5, new Npgsql.NpgsqlConnectionStringBuilder(Donnees.BaseDeDonnees.Depuis("postgres://u@h/x?Max%20Auto%20Prepare=5").ChaineConnexion).MaxAutoPrepare);
    }
}
