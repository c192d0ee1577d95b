using Sillage.Domaine.Mesures;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Tests;

/// <summary>Every rule of <see cref="Invariants"/>, at its boundary dates.</summary>
public class InvariantsTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    private static DateOnly? N(string? s) => s is null ? null : D(s);
    private static List<string> Regles(IEnumerable<Infraction> infractions) => infractions.Select(i => i.Regle).ToList();

    // ---- Dates ----

    [Theory]
    [InlineData("2024-01-10", "2024-01-09", true)]
    [InlineData("2024-01-10", "2024-01-10", false)] // a one-day record
    [InlineData("2024-01-10", "2024-01-11", false)]
    [InlineData("2024-01-10", null, false)]
    [InlineData(null, "2024-01-10", false)]
    public void Periode_refuse_une_fin_avant_le_debut(string? debut, string? fin, bool refuse)
    {
        var i = Invariants.Periode("Séjour S1", N(debut), N(fin)).ToList();
        Assert.Equal(refuse, i.Count == 1);
        if (refuse)
        {
            Assert.Equal(Invariants.DatesOrdre, i[0].Regle);
            Assert.Equal("Séjour S1 : la date de fin (09/01/2024) précède la date de début (10/01/2024).", i[0].Message);
        }
    }

    [Theory]
    [InlineData("2024-06-14", false)]
    [InlineData("2024-06-15", false)] // today is not the future
    [InlineData("2024-06-16", true)]
    [InlineData(null, false)]
    public void FaitAccompli_refuse_une_date_future(string? date, bool refuse)
    {
        var i = Invariants.FaitAccompli("PPE", N(date), D("2024-06-15")).ToList();
        Assert.Equal(refuse, i.Count == 1);
        if (refuse) Assert.Equal((Invariants.DateFuture, "PPE : la date 16/06/2024 est dans le futur pour un fait déjà accompli."), (i[0].Regle, i[0].Message));
    }

    [Theory]
    [InlineData("2024-02-29", "2024-02-28", true)]
    [InlineData("2024-02-29", "2024-02-29", false)] // an event on the birth day
    [InlineData("2024-02-29", "2024-03-01", false)]
    [InlineData("2024-02-29", null, false)]
    public void Naissance_refuse_un_evenement_avant_la_naissance(string naissance, string? evenement, bool refuse) =>
        Assert.Equal(refuse ? [Invariants.NaissanceApresEvenement] : [], Regles(Invariants.Naissance(D(naissance), "Information", N(evenement))));

    // ---- Length of measures (CASF L223-5, CC 375) ----

    private static List<string> Mesure(string type, string? debut, string? finPrevue, string? fin, string naissance = "2012-06-15", bool exception = false, bool prolongation = false) =>
        Regles(Invariants.Mesure(Catalogue.Get(type), N(debut), N(finPrevue), N(fin), D(naissance), exception, prolongation));

    [Theory]
    [InlineData("AED", "2023-03-01", "2024-03-01", false)] // exactly 1 year: the legal maximum
    [InlineData("AED", "2023-03-01", "2024-02-29", false)]
    [InlineData("AED", "2023-03-01", "2024-03-02", true)]
    [InlineData("AP_MINEUR", "2024-02-29", "2025-02-28", false)] // 29 February + 1 year = 28 February
    [InlineData("AP_MINEUR", "2024-02-29", "2025-03-01", true)]
    [InlineData("AEMO", "2023-03-01", "2025-03-01", false)] // exactly 2 years
    [InlineData("AEMO", "2023-03-01", "2025-03-02", true)]
    [InlineData("PLACEMENT_ASE", "2024-02-29", "2026-02-28", false)]
    [InlineData("PLACEMENT_ASE", "2024-02-29", "2026-03-01", true)]
    [InlineData("PLACEMENT_ASE", "2023-01-01", null, false)] // no term yet
    public void Une_mesure_dure_au_plus_un_an_administrative_ou_deux_ans_judiciaire(string type, string debut, string? finPrevue, bool refuse)
    {
        Assert.Equal(refuse, Mesure(type, debut, finPrevue, null).Contains(Invariants.DureeMesure));
        // the actual end counts the same as the planned one, and wins over it
        Assert.Equal(refuse, Mesure(type, debut, null, finPrevue).Contains(Invariants.DureeMesure));
        if (finPrevue is not null) Assert.Equal(refuse, Mesure(type, debut, "2099-01-01", finPrevue).Contains(Invariants.DureeMesure));
    }

    [Fact]
    public void Le_message_de_duree_nomme_la_regle_et_sa_source()
    {
        var adm = Invariants.Mesure(Catalogue.Get("AED"), D("2023-03-01"), D("2024-03-02"), null, D("2012-06-15"), false, false).Single();
        Assert.Equal(("CASF L223-5", "Mesure AED : une mesure administrative dure au plus 1 an (du 01/03/2023 au 02/03/2024), sauf décision de longue durée (art. 375 C. civ.)."), (adm.Source, adm.Message));
        var jud = Invariants.Mesure(Catalogue.Get("AEMO"), D("2023-03-01"), D("2025-03-02"), null, D("2012-06-15"), false, false).Single();
        Assert.Equal("C. civ. 375", jud.Source);
        Assert.Contains("une mesure judiciaire dure au plus 2 ans", jud.Message);
    }

    [Fact]
    public void L_exception_de_longue_duree_et_les_statuts_sans_terme_ne_sont_pas_limites()
    {
        Assert.DoesNotContain(Invariants.DureeMesure, Mesure("PLACEMENT_ASE", "2020-01-01", "2029-12-31", null, "2012-06-15", exception: true));
        foreach (var statut in new[] { "PUPILLE", "DAP_ASE", "DAP_TIERS", "TUTELLE_ASE", "RETRAIT_PARTIEL" })
            Assert.DoesNotContain(Invariants.DureeMesure, Mesure(statut, "2020-01-01", "2029-12-31", null, "2012-06-15"));
    }

    [Fact]
    public void Une_mesure_en_attente_n_a_que_la_regle_d_ordre_des_dates()
    {
        Assert.Empty(Mesure("AEMO", null, "2040-01-01", null, "2012-06-15"));
        Assert.Empty(Mesure("AP_JM", null, null, null, "2012-06-15"));
    }

    [Fact]
    public void Une_fin_avant_le_debut_est_refusee_pour_une_mesure()
    {
        Assert.Contains(Invariants.DatesOrdre, Mesure("AED", "2023-03-01", null, "2023-02-28"));
        Assert.Contains(Invariants.DatesOrdre, Mesure("AED", "2023-03-01", "2023-02-28", null));
    }

    // ---- Ages: jeunes majeurs and minor-only measures ----

    [Theory]
    [InlineData("2005-06-15", "2023-06-14", null, true)] // the day before the 18th birthday
    [InlineData("2005-06-15", "2023-06-15", null, false)] // on the 18th birthday
    [InlineData("2005-06-15", "2023-06-15", "2026-06-14", false)] // ends the day before the 21st birthday
    [InlineData("2005-06-15", "2025-06-15", "2026-06-15", true)] // still running on the 21st birthday
    [InlineData("2005-06-15", "2026-06-15", null, true)] // starts at 21
    [InlineData("2006-02-28", "2024-02-27", null, true)]
    [InlineData("2006-02-28", "2024-02-28", null, false)]
    [InlineData("2004-02-29", "2022-02-27", null, true)] // born 29 February: 18 on 28 February of a common year
    [InlineData("2004-02-29", "2022-02-28", null, false)]
    [InlineData("2004-02-29", "2024-03-01", "2025-02-27", false)]
    [InlineData("2004-02-29", "2024-03-01", "2025-02-28", true)] // 21 on 28 February 2025
    public void AP_JM_et_PJM_de_18_a_21_ans(string naissance, string debut, string? fin, bool refuse)
    {
        foreach (var type in new[] { "AP_JM", "PJM" })
            Assert.Equal(refuse, Mesure(type, debut, null, fin, naissance).Contains(Invariants.AgeJeuneMajeur));
    }

    [Fact]
    public void Au_dela_de_21_ans_une_prolongation_motivee_est_admise()
    {
        Assert.Contains(Invariants.AgeJeuneMajeur, Mesure("AP_JM", "2025-06-15", null, "2026-07-04", "2005-06-15"));
        Assert.DoesNotContain(Invariants.AgeJeuneMajeur, Mesure("AP_JM", "2025-06-15", null, "2026-07-04", "2005-06-15", prolongation: true));
        // but not a contract starting after 21
        Assert.Contains(Invariants.AgeJeuneMajeur, Mesure("AP_JM", "2026-06-20", null, "2026-07-04", "2005-06-15", prolongation: true));
    }

    [Theory]
    [InlineData("2008-05-10", "2026-05-09", null, false)] // ends the day before the 18th birthday
    [InlineData("2008-05-10", "2026-05-10", null, true)] // runs on the 18th birthday
    [InlineData("2008-05-10", null, "2026-05-09", false)]
    [InlineData("2008-05-10", null, "2026-05-10", true)]
    [InlineData("2008-02-29", "2026-02-27", null, false)]
    [InlineData("2008-02-29", "2026-02-28", null, true)] // 18 on 28 February 2026
    [InlineData("2008-05-10", null, null, false)] // no term: nothing to say yet
    public void Une_mesure_reservee_aux_mineurs_s_arrete_avant_18_ans(string naissance, string? fin, string? finPrevue, bool refuse)
    {
        Assert.Equal(refuse, Mesure("AEMO", "2025-06-01", finPrevue, fin, naissance).Contains(Invariants.MineurSeulement));
        Assert.Equal(refuse, Mesure("AP_MINEUR", "2025-06-01", finPrevue, fin, naissance).Contains(Invariants.MineurSeulement));
    }

    [Fact]
    public void Une_mesure_pour_mineur_ne_commence_pas_a_18_ans()
    {
        Assert.Contains(Invariants.MineurSeulement, Mesure("AED", "2026-05-10", null, null, "2008-05-10"));
        Assert.DoesNotContain(Invariants.MineurSeulement, Mesure("AED", "2026-05-09", null, null, "2008-05-10"));
        // AIDE_FIN and ACCUEIL_MERE_ENFANT have no age limit
        Assert.Empty(Mesure("AIDE_FIN", "2026-05-10", "2026-12-31", null, "2008-05-10"));
        Assert.Empty(Mesure("ACCUEIL_MERE_ENFANT", "2026-05-10", "2026-12-31", null, "2008-05-10"));
    }

    // ---- Séjours ----

    [Fact]
    public void Des_sejours_qui_se_chevauchent_sont_refuses_des_sejours_qui_se_suivent_non()
    {
        Assert.Empty(Invariants.Chevauchements([("S1", new Periode(D("2024-01-01"), D("2024-01-31"))), ("S2", new Periode(D("2024-02-01"), null))]));
        var i = Invariants.Chevauchements([("S2", new Periode(D("2024-01-31"), null)), ("S1", new Periode(D("2024-01-01"), D("2024-01-31")))]).ToList();
        Assert.Equal("Séjour S2 : il chevauche le séjour S1 du même enfant.", Assert.Single(i).Message);
        // an open séjour overlaps everything after it; each overlapping séjour is reported once
        var ouverts = Invariants.Chevauchements([("S1", new Periode(D("2024-01-01"), null)), ("S2", new Periode(D("2025-01-01"), D("2025-01-10"))), ("S3", new Periode(D("2026-01-01"), null))]).ToList();
        Assert.Equal(["SEJOURS_CHEVAUCHANTS", "SEJOURS_CHEVAUCHANTS"], ouverts.Select(x => x.Regle));
        Assert.Empty(Invariants.Chevauchements([]));
    }

    [Theory]
    [InlineData("2024-01-01", "2024-06-30", "2024-01-01", "2024-06-30", false)] // same dates
    [InlineData("2024-01-01", "2024-06-30", "2023-12-31", "2024-06-30", true)]
    [InlineData("2024-01-01", "2024-06-30", "2024-01-01", "2024-07-01", true)]
    [InlineData("2024-01-01", "2024-06-30", "2024-03-01", null, true)] // open séjour in a closed measure
    [InlineData("2024-01-01", null, "2024-03-01", null, false)]
    [InlineData(null, null, "2024-03-01", "2024-03-31", true)] // measure not executed
    public void Un_sejour_reste_dans_les_dates_de_sa_mesure(string? debutMesure, string? finMesure, string debut, string? fin, bool refuse) =>
        Assert.Equal(refuse ? [Invariants.SejourHorsMesure] : [], Regles(Invariants.SejourDansMesure("S1", new Periode(D(debut), N(fin)), N(debutMesure), N(finMesure))));

    // ---- Hotel (CASF L221-2-3) ----

    [Theory]
    [InlineData("2010-01-01", "2024-01-31", null, null, false)] // before the ban: not concerned
    [InlineData("2010-01-01", "2024-02-01", "2024-02-15", null, true)] // from 1 February 2024, under 16
    [InlineData("2008-02-01", "2024-02-01", "2024-04-01", "urgence", false)] // 16 on that day, 2 months exactly, a reason
    [InlineData("2008-02-02", "2024-02-01", "2024-04-01", "urgence", true)] // 16 the next day
    [InlineData("2008-02-01", "2024-02-01", "2024-04-02", "urgence", true)] // 2 months and 1 day
    [InlineData("2008-02-01", "2024-02-01", null, "urgence", true)] // open-ended
    [InlineData("2008-02-01", "2024-02-01", "2024-03-01", null, true)] // no reason
    [InlineData("2008-02-01", "2024-02-01", "2024-03-01", "  ", true)]
    [InlineData("2007-12-01", "2024-02-01", "2024-04-01", "urgence", false)] // 16 years and 2 months
    [InlineData("2007-12-31", "2024-12-31", "2025-02-28", "urgence", false)] // 31 December + 2 months = 28 February
    [InlineData("2007-12-31", "2024-12-31", "2025-03-01", "urgence", true)]
    [InlineData("2008-02-29", "2024-02-29", "2024-04-29", "urgence", false)] // born 29 February, 16 on 29 February 2024
    [InlineData("2008-02-29", "2024-02-28", "2024-04-28", "urgence", true)] // the day before
    public void Hotel_interdit_depuis_le_1er_fevrier_2024_sauf_derogation(string naissance, string debut, string? fin, string? motif, bool refuse)
    {
        var i = Invariants.SejourHotel("S1", new Periode(D(debut), N(fin)), D(naissance), motif).ToList();
        Assert.Equal(refuse ? [Invariants.Hotel] : [], i.Select(x => x.Regle));
        if (refuse) Assert.Equal("CASF L221-2-3", i[0].Source);
    }

    // ---- Rapport (D223-20) ----

    [Theory]
    [InlineData("2024-03-01", "2024-03-02", false)]
    [InlineData("2024-03-01", "2024-03-01", false)] // shared and sent the same day
    [InlineData("2024-03-02", "2024-03-01", true)]
    [InlineData(null, "2024-03-01", true)]
    [InlineData(null, null, false)]
    [InlineData("2024-03-01", null, false)]
    public void Un_rapport_est_partage_avant_d_etre_transmis_au_juge(string? partage, string? transmission, bool refuse)
    {
        var i = Invariants.Rapport("R1", N(partage), N(transmission)).ToList();
        Assert.Equal(refuse ? [Invariants.RapportTransmisAvantPartage] : [], i.Select(x => x.Regle));
        if (refuse) Assert.Equal("Rapport R1 : transmis au juge le 01/03/2024 avant d'avoir été partagé avec les parents et l'enfant.", i[0].Message);
    }

    [Fact]
    public void L_interdiction_de_l_hotel_date_du_1er_fevrier_2024() => Assert.Equal(D("2024-02-01"), Invariants.InterdictionHotel);
}
