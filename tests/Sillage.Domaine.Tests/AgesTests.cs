using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Tests;

public class AgesTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2010-05-15", "2028-05-14", 17)]
    [InlineData("2010-05-15", "2028-05-15", 18)]
    [InlineData("2010-05-15", "2010-05-15", 0)]
    [InlineData("2010-12-31", "2011-12-30", 0)]
    [InlineData("2010-12-31", "2011-12-31", 1)]
    [InlineData("2008-02-29", "2026-02-27", 17)]
    [InlineData("2008-02-29", "2026-02-28", 18)] // common year: the birthday falls on 28 February
    [InlineData("2008-02-29", "2028-02-28", 19)] // 2028 is a leap year: birthday on the 29th
    [InlineData("2008-02-29", "2028-02-29", 20)]
    [InlineData("2005-03-01", "2026-02-28", 20)]
    [InlineData("2005-03-01", "2026-03-01", 21)]
    public void AgeAu_compte_les_annees_revolues(string naissance, string jour, int attendu) =>
        Assert.Equal(attendu, Ages.AgeAu(D(naissance), D(jour)));

    [Theory]
    [InlineData("2008-02-29", 18, "2026-02-28")]
    [InlineData("2008-02-29", 16, "2024-02-29")]
    [InlineData("2010-01-31", 17, "2027-01-31")]
    [InlineData("2007-06-30", 21, "2028-06-30")]
    public void DateDesAns_donne_le_jour_de_l_anniversaire(string naissance, int age, string attendu) =>
        Assert.Equal(D(attendu), Ages.DateDesAns(D(naissance), age));

    [Fact]
    public void Majorite_a_zero_heure_du_jour_anniversaire()
    {
        var n = D("2008-07-14");
        Assert.True(Ages.EstMineur(n, D("2026-07-13")));
        Assert.False(Ages.EstMineur(n, D("2026-07-14")));
    }

    [Fact]
    public void Age_sur_dix_ans_de_jours_est_monotone_et_change_une_fois_par_an()
    {
        foreach (var naissance in new[] { D("2000-02-29"), D("2001-01-01"), D("2003-12-31"), D("2004-03-01") })
        {
            var precedent = 0;
            var changements = 0;
            for (var j = naissance; j < naissance.AddYears(22); j = j.AddDays(1))
            {
                var a = Ages.AgeAu(naissance, j);
                Assert.True(a == precedent || a == precedent + 1, $"{naissance} {j}");
                if (a != precedent) changements++;
                precedent = a;
            }
            Assert.Equal(21, changements); // ages 0 to 21 over 22 years
        }
    }
}
