using Sillage.Demo.Drees;

namespace Sillage.Demo.Tests;

public class DonneesDreesTests
{
    [Fact]
    public void Les_unites_de_2020_redonnent_les_totaux_nationaux_publies()
    {
        var unites = DonneesDrees.Departements2020();
        Assert.DoesNotContain(unites, l => l.EstAgregat);
        Assert.Contains(DonneesDrees.Departements2020(unitesSeulement: false), l => l.EstAgregat && l.CodeDepartement == "69");
        Assert.Equal(183_915, unites.Sum(l => l.TotalConfiesAseA));
        Assert.Equal(15_615, unites.Sum(l => l.TotalPlacementsDirectsB));
        Assert.Equal(199_530, unites.Sum(l => l.TotalEnfantsAccueillisAPlusB));
        Assert.Equal(52_427, unites.Sum(l => l.Aed));
        Assert.Equal(118_243, unites.Sum(l => l.Aemo));
        Assert.All(unites, l =>
        {
            Assert.Equal(l.TotalConfiesAseA, l.ConfiesPupilles + l.ConfiesApMineurs + l.ConfiesApJeunesMajeurs + l.ConfiesDap + l.ConfiesTutelle + l.ConfiesRetraitPartiel + l.ConfiesPlacementAseJuge);
            Assert.Equal(l.TotalConfiesAseA, l.HebergFamillesAccueil + l.HebergEtablissements + l.HebergAdoJmAutonomes + l.HebergAutres);
            Assert.Equal(l.TotalPlacementsDirectsB, l.PlacementDirectTdc + l.PlacementDirectEtabService + l.PlacementDirectDapParticulierEtab);
        });
        var orne = DonneesDrees.Departement2020("61")!;
        Assert.Equal("Orne", orne.Departement);
        Assert.Equal(1121, orne.TotalConfiesAseA);
    }

    [Fact]
    public void La_serie_2002_2020_somme_au_total_national()
    {
        var serie = DonneesDrees.Serie();
        Assert.Equal(199_530m, Math.Round(serie.Where(l => l.Annee == 2020).Sum(l => l.EnfantsAccueillis31Dec ?? 0)));
        Assert.Equal(Enumerable.Range(2002, 19), serie.Select(l => l.Annee).Distinct().Order());
        Assert.Contains(serie, l => l.EnfantsAccueillis31Dec is null);
    }
}
