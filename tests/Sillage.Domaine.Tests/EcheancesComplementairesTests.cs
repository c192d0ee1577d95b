using Sillage.Domaine.Regles;
using M = Sillage.Domaine.Regles.SituationEnfant.MesureDatee;

namespace Sillage.Domaine.Tests;

/// <summary>The short legal clocks (recueil d'urgence, accueil 72 h, OPP) and the rapport d'échéance reminder.</summary>
public class EcheancesComplementairesTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static SituationEnfant Enfant(M[] mesures, string[]? rapports = null) =>
        new("E1", D("2012-05-10"), mesures, [], [], (rapports ?? []).Select(D).ToList(), [], []);

    private static M Mes(string id, string type, string decision, string? debut, string? fin = null, string? finPrevue = null, string? autorite = null) =>
        new(id, type, D(decision), debut is null ? null : D(debut), finPrevue is null ? null : D(finPrevue), fin is null ? null : D(fin), autorite);

    private static List<(string Type, DateOnly Date, string? Objet)> Au(SituationEnfant e, string jour, ParametresEcheances? p = null) =>
        Echeancier.Complementaires(e, D(jour), p).Select(x => (x.Type, x.Date, x.ObjetId)).ToList();

    [Fact]
    public void Recueil_d_urgence_cinq_jours_apres_son_debut_meme_a_cheval_sur_le_mois_et_l_annee()
    {
        var e = Enfant([Mes("R", "RECUEIL_URGENCE", "2024-12-29", "2024-12-29", autorite: "PCD")]);
        Assert.Equal([(Echeancier.RecueilUrgence, D("2025-01-03"), (string?)"R")], Au(e, "2024-12-30"));
        Assert.Equal(D("2025-01-03"), Au(e, "2025-02-01").Single().Date); // still open, now overdue
    }

    [Fact]
    public void Recueil_d_urgence_ferme_par_sa_fin_ou_par_une_decision_du_juge()
    {
        var fini = Enfant([Mes("R", "RECUEIL_URGENCE", "2024-02-26", "2024-02-26", fin: "2024-02-29", autorite: "PCD")]);
        Assert.Single(Au(fini, "2024-02-28"));
        Assert.Empty(Au(fini, "2024-02-29"));
        var juge = Enfant([
            Mes("R", "RECUEIL_URGENCE", "2024-02-26", "2024-02-26", autorite: "PCD"),
            Mes("P", "PLACEMENT_ASE", "2024-03-01", null, autorite: "JUGE_ENFANTS"),
        ]);
        Assert.Contains(Au(juge, "2024-02-29"), x => x.Type == Echeancier.RecueilUrgence);
        Assert.DoesNotContain(Au(juge, "2024-03-01"), x => x.Type == Echeancier.RecueilUrgence);
    }

    [Fact]
    public void Accueil_72_heures_du_29_fevrier()
    {
        var e = Enfant([Mes("A", "ACCUEIL_72H", "2024-02-29", "2024-02-29", autorite: "PCD")]);
        Assert.Equal([(Echeancier.Accueil72h, D("2024-03-03"), (string?)"A")], Au(e, "2024-02-29"));
        Assert.Empty(Au(e, "2024-02-28")); // not yet started
    }

    [Fact]
    public void OPP_du_Parquet_huit_jours_jusqu_a_la_decision_du_juge_des_enfants()
    {
        var opp = Mes("O", "PLACEMENT_ASE", "2024-12-27", "2024-12-27", autorite: "PARQUET");
        Assert.Equal([(Echeancier.OppParquet, D("2025-01-04"), (string?)"O")], Au(Enfant([opp]), "2024-12-27"));
        var audience = Mes("J", "PLACEMENT_ASE", "2025-01-03", "2025-01-03", finPrevue: "2026-01-02", autorite: "JUGE_ENFANTS");
        var ensuite = Au(Enfant([opp, audience]), "2025-01-03");
        Assert.DoesNotContain(ensuite, x => x.Type == Echeancier.OppParquet);
        // The judge's measure now carries its own reminder.
        Assert.Contains((Echeancier.RapportEcheance, D("2025-10-02"), (string?)"J"), ensuite);
    }

    [Fact]
    public void Une_decision_du_juge_anterieure_a_l_OPP_ne_la_ferme_pas()
    {
        var e = Enfant([
            Mes("J0", "AEMO", "2024-01-10", "2024-01-10", finPrevue: "2025-01-09", autorite: "JUGE_ENFANTS"),
            Mes("O", "PLACEMENT_ASE", "2024-06-01", "2024-06-01", autorite: "PARQUET"),
        ]);
        Assert.Contains(Au(e, "2024-06-05"), x => x.Type == Echeancier.OppParquet && x.Date == D("2024-06-09"));
    }

    [Theory]
    [InlineData("2026-05-31", "2026-02-28")] // month end clamps
    [InlineData("2026-08-31", "2026-05-31")]
    [InlineData("2028-05-29", "2028-02-29")] // leap day
    public void Rapport_d_echeance_trois_mois_avant_la_fin_prevue(string finPrevue, string due)
    {
        var e = Enfant([Mes("J", "AEMO", "2025-06-01", "2025-06-01", finPrevue: finPrevue, autorite: "JUGE_ENFANTS")]);
        Assert.Equal([(Echeancier.RapportEcheance, D(due), (string?)"J")], Au(e, "2025-07-01"));
    }

    [Fact]
    public void Rapport_d_echeance_sans_fin_prevue_deux_ans_apres_le_debut_et_reglable()
    {
        var e = Enfant([Mes("J", "PLACEMENT_ASE", "2024-03-15", "2024-03-15", autorite: "JUGE_ENFANTS")]);
        Assert.Equal(D("2025-12-15"), Au(e, "2024-04-01").Single().Date);
        Assert.Equal(D("2026-02-15"), Au(e, "2024-04-01", new ParametresEcheances { RappelRapportEcheanceMois = 1 }).Single().Date);
        // Statuts without a term give no reminder.
        Assert.Empty(Au(Enfant([Mes("T", "TUTELLE_ASE", "2024-03-15", "2024-03-15", autorite: "JUGE_ENFANTS")]), "2024-04-01"));
    }

    [Fact]
    public void Rapport_d_echeance_rempli_par_un_rapport_des_six_mois_precedant_la_fin()
    {
        var mesure = Mes("J", "AEMO", "2025-01-01", "2025-01-01", finPrevue: "2025-12-31", autorite: "JUGE_ENFANTS");
        // due 2025-09-30; window starts 2025-06-30
        Assert.Single(Au(Enfant([mesure], ["2025-06-29"]), "2025-10-15"));
        Assert.Empty(Au(Enfant([mesure], ["2025-06-30"]), "2025-10-15"));
        Assert.Single(Au(Enfant([mesure], ["2025-10-16"]), "2025-10-15")); // a rapport dated after the day does not count yet
    }

    [Fact]
    public void Les_mesures_administratives_et_terminees_n_ont_pas_de_rappel()
    {
        Assert.Empty(Au(Enfant([Mes("A", "AED", "2025-01-01", "2025-01-01", finPrevue: "2025-12-31", autorite: "PCD")]), "2025-10-15"));
        Assert.Empty(Au(Enfant([Mes("J", "AEMO", "2025-01-01", "2025-01-01", fin: "2025-03-01", finPrevue: "2025-12-31", autorite: "JUGE_ENFANTS")]), "2025-10-15"));
    }

    [Fact]
    public void Le_contrat_de_la_commande_ne_contient_pas_les_echeances_complementaires()
    {
        var e = Enfant([Mes("A", "ACCUEIL_72H", "2024-02-29", "2024-02-29", autorite: "PCD")]);
        Assert.DoesNotContain(Echeancier.Lister([e], D("2024-03-01")), x => x.Type == Echeancier.Accueil72h);
        Assert.Contains(Echeancier.Lister([e], D("2024-03-01"), complementaires: true), x => x.Type == Echeancier.Accueil72h);
        Assert.All(Echeancier.TypesDuContrat.Concat(Echeancier.TypesComplementaires), t => Assert.True(Echeancier.Libelles.ContainsKey(t)));
    }
}
