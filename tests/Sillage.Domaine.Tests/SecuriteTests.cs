using Sillage.Domaine.Audit;
using Sillage.Domaine.Securite;

namespace Sillage.Domaine.Tests;

public class SecuriteTests
{
    [Fact]
    public void Chaque_role_a_au_moins_une_permission() =>
        Assert.All(Role.Tous, r => Assert.NotEmpty(MatriceAutorisations.Permissions(r.Code)));

    [Fact]
    public void L_observatoire_ne_lit_jamais_de_dossier_nominatif()
    {
        Assert.False(MatriceAutorisations.Autorise([Role.Odpe], Permission.LireDossierEnfant));
        Assert.True(MatriceAutorisations.Autorise([Role.Odpe], Permission.LireDonneesPseudonymisees));
    }

    [Fact]
    public void L_administrateur_et_le_DPO_ne_lisent_pas_les_dossiers()
    {
        Assert.False(MatriceAutorisations.Autorise([Role.Admin], Permission.LireDossierEnfant));
        Assert.False(MatriceAutorisations.Autorise([Role.Dpo], Permission.LireDossierEnfant));
        Assert.True(MatriceAutorisations.Autorise([Role.Dpo], Permission.LireJournalAudit));
    }

    [Fact]
    public void Portee_departementale_pour_la_CRIP_territoriale_pour_le_referent()
    {
        Assert.True(MatriceAutorisations.PorteeDepartementale([Role.Crip], Permission.LireDossierEnfant));
        Assert.False(MatriceAutorisations.PorteeDepartementale([Role.ReferentAse], Permission.LireDossierEnfant));
        Assert.False(MatriceAutorisations.PorteeDepartementale([Role.ReferentAse, Role.Lieux], Permission.LireDossierEnfant));
        Assert.True(MatriceAutorisations.PorteeDepartementale([Role.ReferentAse, Role.Crip], Permission.LireDossierEnfant));
    }

    [Fact]
    public void Roles_trouves_sans_casse() => Assert.Equal(Role.Cadre, Role.Trouver(" cadre ")?.Code);

    private static List<(MaillonAudit, string)> Chaine(int n)
    {
        var l = new List<(MaillonAudit, string)>();
        var prec = ChaineAudit.Origine;
        for (var i = 1; i <= n; i++)
        {
            var m = new MaillonAudit(i, 638000000000000000 + i, "u1", "alice", 2000, "Enfant", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "{\"page\":\"dossier\"}", prec);
            var h = ChaineAudit.Hacher(m);
            l.Add((m, h));
            prec = h;
        }
        return l;
    }

    [Fact]
    public void Chaine_intacte() => Assert.Empty(ChaineAudit.Verifier(Chaine(10)));

    [Fact]
    public void Chaine_detecte_une_modification()
    {
        var c = Chaine(10);
        c[4] = (c[4].Item1 with { CibleId = "999" }, c[4].Item2);
        var e = ChaineAudit.Verifier(c);
        Assert.Contains(e, x => x.Contains("n° 5") && x.Contains("modifiée"));
    }

    [Fact]
    public void Chaine_detecte_une_suppression()
    {
        var c = Chaine(10);
        c.RemoveAt(3);
        var e = ChaineAudit.Verifier(c);
        Assert.Contains(e, x => x.Contains("n° 5") && x.Contains("supprimée"));
    }

    [Fact]
    public void Chaine_detecte_une_entree_recalculee_sans_son_successeur()
    {
        var c = Chaine(10);
        var m = c[2].Item1 with { Login = "mallory" };
        c[2] = (m, ChaineAudit.Hacher(m));
        Assert.Contains(ChaineAudit.Verifier(c), x => x.Contains("n° 4") && x.Contains("rompu"));
    }

    [Fact]
    public void Le_hachage_distingue_les_champs_concatenes()
    {
        var a = new MaillonAudit(1, 1, "ab", "c", 1, null, null, null, ChaineAudit.Origine);
        var b = a with { UtilisateurId = "a", Login = "bc" };
        Assert.NotEqual(ChaineAudit.Hacher(a), ChaineAudit.Hacher(b));
    }
}
