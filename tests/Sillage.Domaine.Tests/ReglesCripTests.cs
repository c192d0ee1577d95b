using Sillage.Domaine.Crip;
using Sillage.Domaine.Observatoire;
using Sillage.Domaine.Regles;

namespace Sillage.Domaine.Tests;

public class ReglesCripTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    private static readonly ParametresEcheances MoinsDeDeuxUnMois = new() { EvaluationMoinsDeDeuxAnsMois = 1 };

    [Theory]
    [InlineData("2015-01-01", "2023-11-30", "2024-02-29")] // fin de mois vers février bissextile
    [InlineData("2015-01-01", "2023-08-31", "2023-11-30")] // 31 → 30
    [InlineData("2015-01-01", "2024-02-29", "2024-05-29")] // réception un 29 février
    [InlineData("2015-01-01", "2022-11-30", "2023-02-28")] // février non bissextile
    [InlineData("2015-01-01", "2024-12-31", "2025-03-31")] // passage d'année
    public void L_echeance_est_la_reception_plus_trois_mois_calendaires(string naissance, string reception, string attendue) =>
        Assert.Equal(D(attendue), ReglesCrip.EcheanceEvaluation(D(naissance), D(reception)));

    [Theory]
    [InlineData("2022-03-15", "2024-03-14", "2024-04-14")] // 1 jour avant ses 2 ans : délai court
    [InlineData("2022-03-15", "2024-03-15", "2024-06-15")] // 2 ans le jour de la réception : délai normal
    [InlineData("2020-02-29", "2022-02-27", "2022-03-27")] // né un 29 février : encore 1 an la veille du 28/02
    [InlineData("2020-02-29", "2022-02-28", "2022-05-28")] // 2 ans le 28/02 d'une année commune
    [InlineData("2023-12-31", "2024-01-31", "2024-02-29")] // nourrisson, fin de mois
    public void Le_reglage_des_moins_de_deux_ans_s_applique_a_l_age_le_jour_de_la_reception(string naissance, string reception, string attendue) =>
        Assert.Equal(D(attendue), ReglesCrip.EcheanceEvaluation(D(naissance), D(reception), MoinsDeDeuxUnMois));

    [Fact]
    public void L_echeancier_et_la_CRIP_calculent_la_meme_echeance()
    {
        var e = new SituationEnfant("E1", D("2022-03-15"), [], [new("I1", "IP", D("2024-03-14"), null, null)], [], [], [], []);
        var ouverte = Assert.Single(Echeancier.Ouvertes(e, D("2024-03-20"), MoinsDeDeuxUnMois));
        Assert.Equal(ReglesCrip.EcheanceEvaluation(D("2022-03-15"), D("2024-03-14"), MoinsDeDeuxUnMois), ouverte.Date);
    }

    [Theory]
    [InlineData("2024-02-29", "2024-01-30", EtatDelai.J30)]
    [InlineData("2024-02-29", "2024-01-29", EtatDelai.DansLeDelai)]
    [InlineData("2024-02-29", "2024-02-14", EtatDelai.J15)]
    [InlineData("2024-02-29", "2024-02-29", EtatDelai.J15)]
    [InlineData("2024-02-29", "2024-03-01", EtatDelai.EnRetard)]
    public void Les_etats_J30_J15_et_retard(string echeance, string jour, EtatDelai attendu) =>
        Assert.Equal(attendu, ReglesCrip.Etat(D(echeance), D(jour)));

    [Fact]
    public void Une_evaluation_terminee_n_est_jamais_en_retard() =>
        Assert.Equal(EtatDelai.Termine, ReglesCrip.Etat(D("2020-01-01"), D("2024-01-01"), termine: true));

    [Fact]
    public void La_reponse_a_l_informateur_non_professionnel_est_due_trois_mois_apres_sa_demande() =>
        Assert.Equal(D("2024-02-29"), ReglesCrip.EcheanceReponseInformateur(D("2023-11-30")));

    [Fact]
    public void Le_recueil_refuse_une_reception_future_et_l_absence_de_faits()
    {
        var maintenant = new DateTime(2024, 3, 1, 10, 0, 0);
        var erreurs = ReglesCrip.Recueil(D("2024-03-02"), new TimeOnly(9, 0), maintenant, "TELEPHONE", "SANTE", [], 1, true, null).ToList();
        Assert.Contains(erreurs, e => e.Champ == "DateReception" && e.Message.Contains("futur"));
        Assert.Contains(erreurs, e => e.Champ == "Faits" && e.Message.Contains("au moins un fait"));
        erreurs = ReglesCrip.Recueil(D("2024-03-01"), new TimeOnly(11, 0), maintenant, "TELEPHONE", "SANTE", ["NEGLIGENCES"], 1, true, null).ToList();
        Assert.Contains(erreurs, e => e.Champ == "DateReception"); // later today = future too
        Assert.Empty(ReglesCrip.Recueil(D("2024-03-01"), new TimeOnly(9, 0), maintenant, "TELEPHONE", "SANTE", ["NEGLIGENCES"], 1, false, D("2024-03-01")));
    }

    [Fact]
    public void Une_etape_datee_avant_la_reception_est_refusee()
    {
        var e = Assert.Single(ReglesCrip.DateEtape("DateFin", "Date de fin d'évaluation", D("2024-01-09"), D("2024-01-10"), D("2024-03-01")));
        Assert.Contains("précède la réception", e.Message);
    }

    [Fact]
    public void Les_chiffres_du_mois_suivent_les_definitions_de_l_annee()
    {
        var enfants = new List<Instantane.Enfant> { new("A", "NORD", D("2015-01-01"), false, null), new("B", "NORD", D("2016-01-01"), false, null) };
        var infos = new List<Instantane.Information>
        {
            new("1", D("2024-02-01"), "IP", [new("A", D("2024-02-20"), "CLASSEMENT", D("2024-02-25")), new("B", null, null, null)]),
            new("2", D("2024-02-29"), "NON_IP", [new("A", null, null, null)]),
            new("3", D("2024-01-31"), "IP", [new("B", D("2024-02-10"), "SAISINE_JUDICIAIRE", D("2024-02-11"))]),
        };
        var d = new Instantane([], enfants, infos, [], [], [], [], [], [], [], []);
        var v = MoteurIndicateurs.Crip(d, D("2024-02-01"), D("2024-02-29"), Instantane.Departement).ToDictionary(x => x.Code, x => x.Valeur);
        Assert.Equal(2, v["IP_RECUES"]);
        Assert.Equal(1, v["IP_QUALIFIEES"]);
        Assert.Equal(50.0m, v["IP_TAUX_QUALIFICATION"]);
        Assert.Equal(2, v["EVAL_TERMINEES"]);
        Assert.Equal(14.5m, v["EVAL_DELAI_MOYEN_J"]); // 19 and 10 days
        Assert.Equal(100.0m, v["EVAL_PART_DANS_DELAI"]);
        Assert.Equal(1, v["SUITE_CLASSEMENT"]);
        Assert.Equal(1, v["SUITE_SAISINE_JUDICIAIRE"]);
        // The year gives the same figures when the year holds only that month's events.
        var annee = MoteurIndicateurs.Calculer(d, 2024).Where(x => x.Territoire == Instantane.Departement).ToDictionary(x => x.Code, x => x.Valeur);
        Assert.Equal(3, annee["IP_RECUES"]);
        Assert.Equal(v["EVAL_DELAI_MOYEN_J"], annee["EVAL_DELAI_MOYEN_J"]);
    }
}
