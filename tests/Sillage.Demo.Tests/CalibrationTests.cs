using Sillage.Demo;
using Sillage.Demo.Drees;
using Xunit.Abstractions;

namespace Sillage.Demo.Tests;

public class CalibrationTests(ITestOutputHelper sortie)
{
    private static readonly DateOnly Le31Decembre2020 = new(2020, 12, 31);

    public static IEnumerable<(string Colonne, int Drees)> Attendus(LigneDrees2020 l) =>
    [
        ("pupilles", l.ConfiesPupilles), ("ap_mineurs", l.ConfiesApMineurs), ("ap_jeunes_majeurs", l.ConfiesApJeunesMajeurs),
        ("dap", l.ConfiesDap), ("tutelle", l.ConfiesTutelle), ("retrait_partiel", l.ConfiesRetraitPartiel),
        ("placement_ase_juge", l.ConfiesPlacementAseJuge), ("A", l.TotalConfiesAseA),
        ("tdc", l.PlacementDirectTdc), ("etab_service", l.PlacementDirectEtabService), ("dap_particulier_etab", l.PlacementDirectDapParticulierEtab),
        ("B", l.TotalPlacementsDirectsB), ("aed", l.Aed), ("aemo", l.Aemo),
        ("heberg_familles_accueil", l.HebergFamillesAccueil), ("heberg_etablissements", l.HebergEtablissements),
        ("heberg_autonomes", l.HebergAdoJmAutonomes), ("heberg_autres", l.HebergAutres),
    ];

    /// <summary>Within 2 %, or ±1 for counts under 50; zero stays zero.</summary>
    public static bool Acceptable(int genere, int drees) =>
        drees == 0 ? genere == 0 : drees < 50 ? Math.Abs(genere - drees) <= 1 : Math.Abs(genere - drees) <= 0.02 * drees;

    [Theory]
    [InlineData("61")]
    [InlineData("02")]
    [InlineData("17")]
    [InlineData("91")]
    [InlineData("48")]
    public void Les_mesures_actives_le_31_decembre_2020_reproduisent_la_ligne_DREES(string code)
    {
        var jeu = Jeux.Get(code);
        var ligne = DonneesDrees.Departement2020(code)!;
        var comptes = Comptage.Compter(jeu, Le31Decembre2020);
        var ecarts = new List<string>();
        foreach (var (colonne, drees) in Attendus(ligne))
        {
            var genere = comptes.GetValueOrDefault(colonne);
            sortie.WriteLine($"{code} {colonne}: généré {genere}, DREES {drees}");
            if (!Acceptable(genere, drees)) ecarts.Add($"{colonne}: généré {genere}, DREES {drees}");
        }
        Assert.Empty(ecarts);
    }

    [Fact]
    public void La_tolerance_refuse_un_ecart_de_plus_de_2_pour_cent()
    {
        Assert.True(Acceptable(1020, 1000));
        Assert.False(Acceptable(1021, 1000));
        Assert.True(Acceptable(31, 30));
        Assert.False(Acceptable(32, 30));
        Assert.False(Acceptable(1, 0));
    }
}
