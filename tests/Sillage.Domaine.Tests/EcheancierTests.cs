using Sillage.Domaine.Regles;
using M = Sillage.Domaine.Regles.SituationEnfant.MesureDatee;
using Ev = Sillage.Domaine.Regles.SituationEnfant.EvaluationIp;

namespace Sillage.Domaine.Tests;

public class EcheancierTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static SituationEnfant Enfant(string naissance, M[]? mesures = null, Ev[]? evals = null, string[]? ppe = null,
        string[]? rapports = null, string[]? entretiens = null, string[]? cessec = null, string id = "E1") =>
        new(id, D(naissance), mesures ?? [], evals ?? [], (ppe ?? []).Select(D).ToList(), (rapports ?? []).Select(D).ToList(),
            (entretiens ?? []).Select(D).ToList(), (cessec ?? []).Select(D).ToList());

    private static M Mes(string id, string type, string debut, string? fin = null, string? finPrevue = null) =>
        new(id, type, D(debut), D(debut), finPrevue is null ? null : D(finPrevue), fin is null ? null : D(fin));

    private static List<(string Type, DateOnly Date)> Types(SituationEnfant e, string jour) =>
        Echeancier.Ouvertes(e, D(jour)).Select(x => (x.Type, x.Date)).ToList();

    [Theory]
    // Touching measures (the second starts the day after the first ends): one parcours from the first start, whatever the
    // order of the measures; a day of the second measure belongs to it.
    [InlineData("2024-06-30", "2023-01-01")]
    [InlineData("2024-07-01", "2023-01-01")]
    [InlineData("2024-12-31", "2023-01-01")]
    // A gap of one day between two measures: no parcours that day; the next measure opens a new one.
    [InlineData("2025-01-02", null)]
    [InlineData("2025-01-03", "2025-01-03")]
    // Only measures of the parcours count (an MJIE, investigation only, does not make one), even when active that day.
    [InlineData("2025-06-15", null)]
    public void Parcours_fusionne_les_mesures_qui_se_touchent_et_pas_celles_separees_d_un_jour(string jour, string? debutAttendu)
    {
        var e = Enfant("2015-01-01", [
            Mes("M2", "PLACEMENT_ASE", "2024-07-01", fin: "2025-01-01"),
            Mes("M1", "PLACEMENT_ASE", "2023-01-01", fin: "2024-06-30"),
            Mes("M3", "PLACEMENT_ASE", "2025-01-03", fin: "2025-05-31"),
            Mes("M4", "MJIE", "2025-06-01", fin: "2025-12-31"),
        ]);
        Assert.Equal(debutAttendu is null ? null : D(debutAttendu), Echeancier.Parcours(e, D(jour))?.Debut);
    }

    [Theory]
    [InlineData("2023-11-30", "2024-02-29")] // leap year month end
    [InlineData("2023-08-31", "2023-11-30")]
    [InlineData("2023-01-15", "2023-04-15")]
    public void EVAL_IP_trois_mois_calendaires_apres_reception(string reception, string due)
    {
        var e = Enfant("2015-01-01", evals: [new("I1", "IP", D(reception), null, null)]);
        Assert.Contains((Echeancier.EvalIp, D(due)), Types(e, "2024-06-01"));
    }

    [Fact]
    public void EVAL_IP_fermee_par_la_fin_d_evaluation_ou_la_decision_au_plus_tard_le_jour()
    {
        var fin = Enfant("2015-01-01", evals: [new("I1", "IP", D("2024-01-10"), D("2024-03-01"), null)]);
        Assert.Contains(Types(fin, "2024-02-29"), t => t.Type == Echeancier.EvalIp);
        Assert.DoesNotContain(Types(fin, "2024-03-01"), t => t.Type == Echeancier.EvalIp);
        var decision = Enfant("2015-01-01", evals: [new("I1", "IP", D("2024-01-10"), null, D("2024-01-12"))]);
        Assert.DoesNotContain(Types(decision, "2024-01-12"), t => t.Type == Echeancier.EvalIp);
    }

    [Fact]
    public void EVAL_IP_ignore_les_non_IP_et_les_informations_futures()
    {
        var e = Enfant("2015-01-01", evals: [new("I1", "NON_IP", D("2024-01-10"), null, null), new("I2", "EN_COURS", D("2024-01-10"), null, null), new("I3", "IP", D("2024-07-01"), null, null)]);
        Assert.Empty(Types(e, "2024-06-30"));
    }

    [Fact]
    public void EVAL_IP_reglage_des_moins_de_deux_ans()
    {
        var p = new ParametresEcheances { EvaluationMoinsDeDeuxAnsMois = 1 };
        var bebe = Enfant("2023-02-01", evals: [new("I1", "IP", D("2025-01-31"), null, null)]);
        Assert.Equal(D("2025-02-28"), Echeancier.Ouvertes(bebe, D("2025-02-01"), p).Single().Date);
        var deuxAns = Enfant("2023-01-31", evals: [new("I1", "IP", D("2025-01-31"), null, null)]);
        Assert.Equal(D("2025-04-30"), Echeancier.Ouvertes(deuxAns, D("2025-02-01"), p).Single().Date);
    }

    [Fact]
    public void PPE_trois_mois_apres_le_debut_du_parcours_fusionne()
    {
        // AED then a placement starting the day after: one parcours from 2023-01-10.
        var e = Enfant("2012-05-05", mesures: [Mes("M1", "AED", "2023-01-10", "2023-06-30", "2023-12-31"), Mes("M2", "PLACEMENT_ASE", "2023-07-01", null, "2025-06-30")]);
        Assert.Contains((Echeancier.Ppe, D("2023-04-10")), Types(e, "2024-01-01"));
        var signe = e with { PpeSignes = [D("2023-03-01")] };
        Assert.DoesNotContain(Types(signe, "2024-01-01"), t => t.Type == Echeancier.Ppe);
        var signeAvant = e with { PpeSignes = [D("2022-12-01")] };
        Assert.Contains(Types(signeAvant, "2024-01-01"), t => t.Type == Echeancier.Ppe);
    }

    [Fact]
    public void PPE_pas_pour_une_aide_financiere_ni_une_MJIE_ni_un_majeur()
    {
        Assert.DoesNotContain(Types(Enfant("2012-05-05", mesures: [Mes("M1", "AIDE_FIN", "2024-01-10", null, null)]), "2024-02-01"), t => t.Type != Echeancier.FinMesure);
        Assert.DoesNotContain(Types(Enfant("2012-05-05", mesures: [Mes("M1", "MJIE", "2024-01-10", null, "2024-07-10")]), "2024-02-01"), t => t.Type != Echeancier.FinMesure);
        var majeur = Enfant("2005-01-01", mesures: [Mes("M1", "AP_JM", "2024-01-10", null, "2024-12-31")]);
        Assert.DoesNotContain(Types(majeur, "2024-02-01"), t => t.Type == Echeancier.Ppe);
    }

    [Fact]
    public void RAPPORT_six_mois_pour_un_jeune_enfant_douze_sinon_depuis_le_dernier_rapport()
    {
        var jeune = Enfant("2022-03-01", mesures: [Mes("M1", "PLACEMENT_ASE", "2023-01-31", null, "2025-01-30")]);
        Assert.Contains((Echeancier.Rapport, D("2023-07-31")), Types(jeune, "2023-02-01"));
        var apresRapport = jeune with { Rapports = [D("2023-07-15")] };
        Assert.Contains((Echeancier.Rapport, D("2024-01-15")), Types(apresRapport, "2023-08-01"));
        // The threshold is read on the base date: 3 years on 2025-03-01.
        var trois = jeune with { Rapports = [D("2025-03-01")] };
        Assert.Contains((Echeancier.Rapport, D("2026-03-01")), Types(trois with { Mesures = [Mes("M1", "PLACEMENT_ASE", "2023-01-31", null, null)] }, "2025-04-01"));
        var grand = Enfant("2010-01-01", mesures: [Mes("M1", "AEMO", "2024-02-29", null, "2026-02-28")]);
        Assert.Contains((Echeancier.Rapport, D("2025-02-28")), Types(grand, "2024-03-01"));
    }

    [Fact]
    public void FIN_MESURE_date_prevue_sinon_maximum_legal_sauf_statuts_sans_terme()
    {
        var e = Enfant("2012-01-01", mesures:
        [
            Mes("A", "AED", "2024-02-29"),                 // administrative: + 1 year = 2025-02-28
            Mes("B", "AEMO", "2024-03-15"),                // judicial: + 2 years
            Mes("C", "TUTELLE_ASE", "2024-01-01"),         // no term, no planned end: no row
            Mes("D", "DAP_ASE", "2024-01-01", finPrevue: "2027-01-01"),
            Mes("E", "AEMO", "2020-01-01", fin: "2023-12-31"), // ended
        ]);
        var fins = Echeancier.Ouvertes(e, D("2024-06-01")).Where(x => x.Type == Echeancier.FinMesure).Select(x => (x.ObjetId, x.Date)).ToList();
        Assert.Equal([("A", D("2025-02-28")), ("B", D("2026-03-15")), ("D", D("2027-01-01"))], fins.OrderBy(f => f.ObjetId).ToList());
    }

    [Fact]
    public void Une_mesure_en_attente_d_execution_n_ouvre_ni_parcours_ni_fin()
    {
        var e = Enfant("2012-01-01", mesures: [new M("A", "AEMO", D("2024-01-01"), null, null, null)]);
        Assert.Empty(Types(e, "2024-06-01"));
    }

    [Fact]
    public void ENTRETIEN_17_au_dix_septieme_anniversaire_ou_au_debut_du_parcours()
    {
        var e = Enfant("2008-02-29", mesures: [Mes("M1", "PLACEMENT_ASE", "2023-06-01", null, "2025-05-31")]);
        Assert.DoesNotContain(Types(e, "2024-02-28"), t => t.Type == Echeancier.Entretien17); // 15 years old
        Assert.Contains((Echeancier.Entretien17, D("2025-02-28")), Types(e, "2024-02-29"));     // 16 on 2024-02-29
        var tard = Enfant("2007-03-01", mesures: [Mes("M1", "PLACEMENT_ASE", "2024-09-01", null, "2025-02-28")]);
        Assert.Contains((Echeancier.Entretien17, D("2024-09-01")), Types(tard, "2024-10-01"));
        var fait = e with { Entretiens = [D("2024-03-10")] };
        Assert.DoesNotContain(Types(fait, "2024-06-01"), t => t.Type == Echeancier.Entretien17);
        var avantSeize = e with { Entretiens = [D("2024-02-27")] };
        Assert.Contains(Types(avantSeize, "2024-06-01"), t => t.Type == Echeancier.Entretien17);
    }

    [Fact]
    public void CESSEC_tous_les_six_mois_pour_un_jeune_enfant_confie()
    {
        var e = Enfant("2023-05-10", mesures: [Mes("M1", "PLACEMENT_ASE", "2024-01-31", null, "2026-01-30")]);
        Assert.Contains((Echeancier.Cessec, D("2024-07-31")), Types(e, "2024-02-01"));
        var examine = e with { ExamensCessec = [D("2024-07-20"), D("2023-01-01")] };
        Assert.Contains((Echeancier.Cessec, D("2025-01-20")), Types(examine, "2024-08-01"));
        // (B) placement direct alone: no CESSEC row; over the threshold: none either.
        Assert.DoesNotContain(Types(Enfant("2023-05-10", mesures: [Mes("M1", "TDC", "2024-01-31", null, "2025-01-30")]), "2024-02-01"), t => t.Type == Echeancier.Cessec);
        Assert.DoesNotContain(Types(e, "2026-05-10"), t => t.Type == Echeancier.Cessec);
    }

    [Fact]
    public void La_liste_est_triee_par_date_type_puis_enfant_et_garde_les_doublons()
    {
        var a = Enfant("2012-01-01", id: "B", mesures: [Mes("1", "AED", "2024-01-01", finPrevue: "2024-12-31"), Mes("2", "TISF", "2024-01-01", finPrevue: "2024-12-31")]);
        var b = Enfant("2012-01-01", id: "A", mesures: [Mes("3", "AED", "2024-01-01", finPrevue: "2024-12-31")]);
        var l = Echeancier.Lister([a, b], D("2024-06-01"));
        var fins = l.Where(x => x.Type == Echeancier.FinMesure).Select(x => x.EnfantId).ToList();
        Assert.Equal(["A", "B", "B"], fins);
        Assert.Equal(l.OrderBy(x => x.Date).ThenBy(x => x.Type, StringComparer.Ordinal).Select(x => x.Date), l.Select(x => x.Date));
    }
}
