using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Tests;

/// <summary>Calendar months, durations, inclusive activity and periods (INDICATEURS.md, conventions).</summary>
public class CalendrierTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    private static DateOnly? N(string? s) => s is null ? null : D(s);
    private static Periode P(string debut, string? fin = null) => new(D(debut), N(fin));

    [Theory]
    [InlineData("2023-11-30", 3, "2024-02-29")] // the examples of INDICATEURS.md
    [InlineData("2023-08-31", 3, "2023-11-30")]
    [InlineData("2022-11-30", 3, "2023-02-28")] // common year
    [InlineData("2023-11-29", 3, "2024-02-29")]
    [InlineData("2023-11-28", 3, "2024-02-28")]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2023-01-31", 1, "2023-02-28")]
    [InlineData("2024-02-29", 12, "2025-02-28")]
    [InlineData("2024-02-29", 48, "2028-02-29")]
    [InlineData("2024-03-31", 1, "2024-04-30")]
    [InlineData("2024-05-31", 1, "2024-06-30")]
    [InlineData("2024-12-31", 2, "2025-02-28")]
    [InlineData("2024-12-15", 1, "2025-01-15")]
    [InlineData("2024-01-01", 6, "2024-07-01")]
    [InlineData("2024-08-31", 6, "2025-02-28")]
    [InlineData("2023-08-31", 6, "2024-02-29")]
    [InlineData("2024-04-30", 1, "2024-05-30")] // not moved to the month's end
    [InlineData("2024-02-29", 1, "2024-03-29")]
    [InlineData("2024-01-15", 0, "2024-01-15")]
    [InlineData("2024-03-31", -1, "2024-02-29")]
    [InlineData("2099-12-31", 2, "2100-02-28")] // 2100 is not a leap year
    [InlineData("2099-12-31", 1, "2100-01-31")]
    [InlineData("1999-12-31", 2, "2000-02-29")] // 2000 is
    public void AjouterMois_garde_le_quantieme_ou_prend_le_dernier_jour_du_mois(string depart, int mois, string attendu) =>
        Assert.Equal(D(attendu), Calendrier.AjouterMois(D(depart), mois));

    [Fact]
    public void AjouterMois_sur_quatre_ans_de_jours_tombe_toujours_dans_le_bon_mois_au_bon_quantieme()
    {
        for (var d = D("2023-01-01"); d < D("2027-01-01"); d = d.AddDays(1))
            foreach (var k in new[] { 1, 2, 3, 6, 12, 24 })
            {
                var r = Calendrier.AjouterMois(d, k);
                var mois = d.Year * 12 + d.Month - 1 + k;
                Assert.Equal((mois / 12, mois % 12 + 1), (r.Year, r.Month));
                Assert.Equal(Math.Min(d.Day, DateTime.DaysInMonth(r.Year, r.Month)), r.Day);
            }
    }

    [Theory]
    [InlineData("2023-05-15", 1, "2024-05-15")]
    [InlineData("2024-02-29", 1, "2025-02-28")]
    [InlineData("2024-02-29", 4, "2028-02-29")]
    [InlineData("2023-02-28", 1, "2024-02-28")]
    [InlineData("2023-03-01", 2, "2025-03-01")]
    [InlineData("2023-12-31", 2, "2025-12-31")]
    public void AjouterAnnees(string depart, int annees, string attendu) =>
        Assert.Equal(D(attendu), Calendrier.AjouterAnnees(D(depart), annees));

    [Theory]
    [InlineData("2023-01-01", "2023-01-31", 30)] // the example of INDICATEURS.md
    [InlineData("2023-01-01", "2023-01-01", 0)]
    [InlineData("2023-01-01", "2024-01-01", 365)]
    [InlineData("2024-01-01", "2025-01-01", 366)]
    [InlineData("2024-02-28", "2024-03-01", 2)]
    [InlineData("2023-02-28", "2023-03-01", 1)]
    [InlineData("2023-12-31", "2024-01-01", 1)]
    [InlineData("2024-01-10", "2024-03-01", 51)]
    [InlineData("2024-03-20", "2025-03-19", 364)]
    [InlineData("2024-03-01", "2024-01-10", -51)] // reversed dates give a negative duration, never an exception
    [InlineData("2000-01-01", "2030-01-01", 10958)]
    public void DureeJours_est_la_difference_des_dates(string debut, string fin, int attendu) =>
        Assert.Equal(attendu, Calendrier.DureeJours(D(debut), D(fin)));

    [Theory]
    [InlineData("2023-01-01", "2023-12-31", "2022-12-31", false)]
    [InlineData("2023-01-01", "2023-12-31", "2023-01-01", true)] // start included
    [InlineData("2023-01-01", "2023-12-31", "2023-07-14", true)]
    [InlineData("2023-01-01", "2023-12-31", "2023-12-31", true)] // end included
    [InlineData("2023-01-01", "2023-12-31", "2024-01-01", false)]
    [InlineData("2023-01-01", null, "2099-12-31", true)] // open end
    [InlineData("2023-01-01", null, "2022-12-31", false)]
    [InlineData(null, null, "2023-06-01", false)] // not executed: never active
    [InlineData(null, "2023-12-31", "2023-06-01", false)]
    [InlineData("2023-06-01", "2023-06-01", "2023-06-01", true)] // a one-day record
    public void ActifLe_bornes_incluses(string? debut, string? fin, string jour, bool attendu)
    {
        Assert.Equal(attendu, Calendrier.ActifLe(N(debut), N(fin), D(jour)));
        if (debut is not null) Assert.Equal(attendu, new Periode(D(debut), N(fin)).Contient(D(jour)));
    }

    [Theory]
    [InlineData("2023-01-01", "2023-01-31", "2023-01-31", "2023-02-28", true)] // sharing one day
    [InlineData("2023-01-01", "2023-01-31", "2023-02-01", "2023-02-28", false)] // touching is not overlapping
    [InlineData("2023-01-01", null, "2030-01-01", "2030-01-31", true)]
    [InlineData("2023-01-01", null, "2022-01-01", null, true)]
    [InlineData("2023-02-01", null, "2022-01-01", "2023-01-31", false)]
    [InlineData("2023-01-10", "2023-01-20", "2023-01-01", "2023-01-31", true)] // contained
    [InlineData("2023-01-01", "2023-01-01", "2023-01-01", "2023-01-01", true)]
    public void Chevauche_est_symetrique(string d1, string? f1, string d2, string? f2, bool attendu)
    {
        Assert.Equal(attendu, P(d1, f1).Chevauche(P(d2, f2)));
        Assert.Equal(attendu, P(d2, f2).Chevauche(P(d1, f1)));
    }

    [Theory]
    [InlineData("2023-01-01", "2023-12-31", "2023-01-01", "2023-12-31", true)] // same bounds
    [InlineData("2023-01-01", "2023-12-31", "2023-03-01", "2023-04-01", true)]
    [InlineData("2023-01-01", "2023-12-31", "2022-12-31", "2023-04-01", false)] // starts before
    [InlineData("2023-01-01", "2023-12-31", "2023-03-01", "2024-01-01", false)] // ends after
    [InlineData("2023-01-01", "2023-12-31", "2023-03-01", null, false)] // open inside closed
    [InlineData("2023-01-01", null, "2023-03-01", null, true)]
    [InlineData("2023-01-01", null, "2030-03-01", "2031-01-01", true)]
    [InlineData("2023-01-02", null, "2023-01-01", null, false)]
    public void Inclut(string d1, string? f1, string d2, string? f2, bool attendu) =>
        Assert.Equal(attendu, P(d1, f1).Inclut(P(d2, f2)));

    public static TheoryData<Periode[], Periode[]> Fusions() => new()
    {
        // touching (next day) merges; a gap of one day does not
        { [P("2023-01-01", "2023-01-31"), P("2023-02-01", "2023-02-28")], [P("2023-01-01", "2023-02-28")] },
        { [P("2023-01-01", "2023-01-31"), P("2023-02-02", "2023-02-28")], [P("2023-01-01", "2023-01-31"), P("2023-02-02", "2023-02-28")] },
        // overlapping, contained, unordered input
        { [P("2023-03-01", "2023-06-30"), P("2023-01-01", "2023-04-15")], [P("2023-01-01", "2023-06-30")] },
        { [P("2023-01-01", "2023-12-31"), P("2023-03-01", "2023-04-01")], [P("2023-01-01", "2023-12-31")] },
        // an open end absorbs everything after it
        { [P("2023-01-01", null), P("2024-05-01", "2024-06-01"), P("2030-01-01", null)], [P("2023-01-01", null)] },
        { [P("2023-01-01", "2023-01-31"), P("2023-02-01", null)], [P("2023-01-01", null)] },
        { [P("2023-02-01", null), P("2023-01-01", "2023-01-31")], [P("2023-01-01", null)] },
        { [P("2022-01-01", "2022-03-31"), P("2023-01-01", null)], [P("2022-01-01", "2022-03-31"), P("2023-01-01", null)] },
        // touching across a leap day and a year end
        { [P("2024-01-01", "2024-02-28"), P("2024-02-29", "2024-03-31")], [P("2024-01-01", "2024-03-31")] },
        { [P("2023-06-01", "2023-12-31"), P("2024-01-01", "2024-01-31"), P("2024-02-01", "2024-02-10")], [P("2023-06-01", "2024-02-10")] },
        // identical and one-day periods
        { [P("2023-05-05", "2023-05-05"), P("2023-05-05", "2023-05-05"), P("2023-05-06", "2023-05-06")], [P("2023-05-05", "2023-05-06")] },
        { [], [] },
    };

    [Theory]
    [MemberData(nameof(Fusions))]
    public void Fusionner_reunit_les_periodes_qui_se_chevauchent_ou_se_touchent(Periode[] entree, Periode[] attendu) =>
        Assert.Equal(attendu, Periode.Fusionner(entree));

    [Fact]
    public void Fusionner_couvre_exactement_les_memes_jours_que_les_periodes_d_origine()
    {
        var alea = new Random(2026);
        for (var essai = 0; essai < 300; essai++)
        {
            var periodes = Enumerable.Range(0, alea.Next(1, 7)).Select(_ =>
            {
                var debut = D("2024-01-01").AddDays(alea.Next(0, 90));
                return new Periode(debut, alea.Next(8) == 0 ? null : debut.AddDays(alea.Next(0, 20)));
            }).ToList();
            var fusion = Periode.Fusionner(periodes);
            for (var j = D("2023-12-25"); j < D("2024-06-01"); j = j.AddDays(1))
                Assert.Equal(periodes.Any(p => p.Contient(j)), fusion.Count(p => p.Contient(j)) == 1);
            for (var i = 1; i < fusion.Count; i++)
                Assert.True(fusion[i].Debut.DayNumber > fusion[i - 1].Fin!.Value.DayNumber + 1, "deux périodes fusionnées se touchent encore");
        }
    }
}
