using Sillage.Domaine.Droits;

namespace Sillage.Domaine.Tests;

public class DroitsTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-01-15", false, "2026-02-15")]
    [InlineData("2026-01-31", false, "2026-02-28")] // no 31 February: the month's last day
    [InlineData("2028-01-31", false, "2028-02-29")]
    [InlineData("2026-01-31", true, "2026-04-30")]
    [InlineData("2026-11-23", true, "2027-02-23")]
    public void L_echeance_est_d_un_mois_ou_trois_si_prolongee(string recue, bool prolongee, string attendu) =>
        Assert.Equal(D(attendu), DelaiDroits.Echeance(D(recue), prolongee));

    [Fact]
    public void Une_prolongation_exige_un_motif_notifie_dans_le_premier_mois()
    {
        Assert.Empty(DelaiDroits.VerifierProlongation(D("2026-01-31"), D("2026-02-28"), "dossier de 12 ans, 40 documents"));
        Assert.Contains(DelaiDroits.VerifierProlongation(D("2026-01-31"), D("2026-03-01"), "x"), e => e.Champ == "NotifieeLe");
        Assert.Contains(DelaiDroits.VerifierProlongation(D("2026-01-31"), null, " "), e => e.Champ == "Motif");
    }

    [Theory]
    [InlineData("2026-01-15", false, null, "2026-02-15", false)]
    [InlineData("2026-01-15", false, null, "2026-02-16", true)]
    [InlineData("2026-01-15", false, "2026-02-10", "2026-06-01", false)]
    [InlineData("2026-01-15", true, null, "2026-04-15", false)]
    public void Retard(string recue, bool prolongee, string? repondue, string au, bool attendu) =>
        Assert.Equal(attendu, DelaiDroits.EnRetard(D(recue), prolongee, repondue is null ? null : D(repondue), D(au)));
}
