using Sillage.Domaine.Conservation;

namespace Sillage.Domaine.Tests;

public class ConservationTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    private static readonly ReglesConservation AvecMesure = ReglesConservation.Pour(TypeEnregistrement.DossierAvecMesure);
    private static readonly ReglesConservation SansMesure = ReglesConservation.Pour(TypeEnregistrement.DossierSansMesure);

    [Theory]
    [InlineData("2020-03-10", "2022-03-09", EtatConservation.Actif)]
    [InlineData("2020-03-10", "2022-03-10", EtatConservation.ArchiveIntermediaire)] // 2 years after the last contact, to the day
    [InlineData("2020-03-10", "2030-03-09", EtatConservation.ArchiveIntermediaire)]
    [InlineData("2020-03-10", "2030-03-10", EtatConservation.SortFinalEchu)] // + 8 years of intermediate archive
    [InlineData("2020-02-29", "2022-02-28", EtatConservation.ArchiveIntermediaire)] // 29 February: anniversary on the 28th in a common year
    [InlineData("2020-02-29", "2022-02-27", EtatConservation.Actif)]
    public void Dossier_avec_mesure_actif_deux_ans_puis_archive_puis_versement(string contact, string au, EtatConservation attendu)
    {
        var s = MoteurConservation.Evaluer(AvecMesure, D(contact), enCours: false, D(au));
        Assert.Equal(attendu, s.Etat);
        Assert.Equal(SortFinal.Versement, s.Sort);
    }

    [Theory]
    [InlineData("2019-06-01", "2021-05-31", EtatConservation.Actif)]
    [InlineData("2019-06-01", "2021-06-01", EtatConservation.ArchiveIntermediaire)]
    [InlineData("2019-06-01", "2024-05-31", EtatConservation.ArchiveIntermediaire)]
    [InlineData("2019-06-01", "2024-06-01", EtatConservation.SortFinalEchu)]
    public void Dossier_sans_mesure_elimine_apres_deux_plus_trois_ans(string contact, string au, EtatConservation attendu)
    {
        var s = MoteurConservation.Evaluer(SansMesure, D(contact), enCours: false, D(au));
        Assert.Equal(attendu, s.Etat);
        Assert.Equal(SortFinal.Elimination, s.Sort);
        Assert.Equal(D(contact).AddYears(5), s.FinIntermediaire);
    }

    [Fact]
    public void Une_mesure_en_cours_garde_le_dossier_actif_quelles_que_soient_les_dates()
    {
        var s = MoteurConservation.Evaluer(SansMesure, D("2001-01-01"), enCours: true, D("2026-11-23"));
        Assert.Equal(EtatConservation.Actif, s.Etat);
        Assert.Equal(D("2028-11-23"), s.FinActive);
    }

    [Fact]
    public void Les_reglages_par_type_remplacent_les_valeurs_par_defaut()
    {
        var reglages = new[] { new ReglesConservation(TypeEnregistrement.DossierSansMesure, 1, 0, SortFinal.Elimination, "délibération locale") };
        var r = ReglesConservation.Pour(TypeEnregistrement.DossierSansMesure, reglages);
        Assert.Equal(EtatConservation.SortFinalEchu, MoteurConservation.Evaluer(r, D("2024-01-01"), false, D("2025-01-01")).Etat);
        Assert.Equal(AvecMesure, ReglesConservation.Pour(TypeEnregistrement.DossierAvecMesure, reglages));
        Assert.Empty(r.Verifier());
        Assert.Contains(new ReglesConservation(TypeEnregistrement.DossierAvecMesure, 0, -1, SortFinal.Versement, "").Verifier(), e => e.Champ == "AnneesActives");
    }

    [Fact]
    public void Les_reglages_enregistres_donnent_les_regles_et_une_valeur_hors_bornes_garde_le_defaut()
    {
        Assert.Equal(6, ReglesConservation.Reglages.Count);
        Assert.All(ReglesConservation.Reglages, r => Assert.InRange(r.Defaut, r.Minimum, r.Maximum));
        Assert.Equal(ReglesConservation.ParDefaut, ReglesConservation.Depuis(new Dictionary<string, int>()));
        var regles = ReglesConservation.Depuis(new Dictionary<string, int>
        {
            ["ConservationSansMesureActiveAns"] = 1, ["ConservationSansMesureIntermediaireAns"] = 0, ["ConservationSansMesureSort"] = (int)SortFinal.Versement,
            ["ConservationAvecMesureActiveAns"] = 0, // out of range: the default stays
            ["ConservationAvecMesureIntermediaireAns"] = 20,
        });
        var sans = ReglesConservation.Pour(TypeEnregistrement.DossierSansMesure, regles);
        Assert.Equal((1, 0, SortFinal.Versement), (sans.AnneesActives, sans.AnneesIntermediaires, sans.Sort));
        var avec = ReglesConservation.Pour(TypeEnregistrement.DossierAvecMesure, regles);
        Assert.Equal((2, 20, SortFinal.Versement), (avec.AnneesActives, avec.AnneesIntermediaires, avec.Sort));
        // One year active, no intermediate archive: due on the first anniversary of the last contact.
        Assert.Equal(EtatConservation.Actif, MoteurConservation.Evaluer(sans, D("2024-02-29"), false, D("2025-02-27")).Etat);
        Assert.Equal(EtatConservation.SortFinalEchu, MoteurConservation.Evaluer(sans, D("2024-02-29"), false, D("2025-02-28")).Etat);
    }
}
