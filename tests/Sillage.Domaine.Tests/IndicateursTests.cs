using Sillage.Domaine.Observatoire;
using I = Sillage.Domaine.Observatoire.Instantane;

namespace Sillage.Domaine.Tests;

/// <summary>A hand-made département (two territories, five children) whose figures were computed by hand from INDICATEURS.md.</summary>
public class IndicateursTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    private static DateOnly? N(string? s) => s is null ? null : D(s);

    private static I.Mesure M(string id, string enfant, string type, string decision, string? debut, string? fin = null, string? finPrevue = null) =>
        new(id, enfant, type, D(decision), N(debut), N(finPrevue), N(fin));

    private static readonly I Donnees = new(
        ["T1", "T2"],
        [
            new("A", "T1", D("2010-06-15"), false, "F1"),
            new("B", "T1", D("2012-03-01"), false, "F1"),
            new("C", "T1", D("2014-01-01"), false, "F1"),
            new("D", "T2", D("2002-12-31"), true, null),
            new("E", "T2", D("2019-05-05"), false, null),
        ],
        [
            new("I1", D("2020-01-10"), "IP", [new("A", D("2020-04-10"), "ACCOMPAGNEMENT", D("2020-04-15")), new("B", D("2020-05-01"), "SAISINE_JUDICIAIRE", D("2020-05-02"))]),
            new("I2", D("2020-11-15"), "IP", [new("E", null, null, null)]),
            new("I3", D("2020-03-01"), "NON_IP", [new("D", null, null, null)]),
            new("I4", D("2019-12-20"), "IP", [new("C", null, null, null)]),
            new("I5", D("2020-06-30"), "EN_COURS", [new("A", null, null, null), new("D", null, null, null)]),
        ],
        [
            M("MA0", "A", "AP_MINEUR", "2018-12-20", "2019-01-01", fin: "2019-12-31"),
            M("MA1", "A", "PLACEMENT_ASE", "2019-12-01", "2020-01-01", finPrevue: "2021-12-31"),
            M("MB0", "B", "TDC", "2017-12-20", "2018-01-01", fin: "2019-06-30"),
            M("MB1", "B", "PLACEMENT_ASE", "2020-01-15", "2020-02-01"),
            M("MC1", "C", "AEMO", "2020-05-01", "2020-06-01", fin: "2020-12-31"),
            M("MC2", "C", "AED", "2020-10-01", null),
            M("MD1", "D", "AP_JM", "2020-12-20", "2020-12-31"),
            M("MD2", "D", "AIDE_FIN", "2020-01-01", "2020-01-01"),
            M("ME1", "E", "PLACEMENT_ASE", "2020-05-10", "2020-05-10", fin: "2020-08-31"),
            M("ME2", "E", "PLACEMENT_ASE", "2020-09-01", "2020-09-01"),
        ],
        [
            new("SA", "A", "MA1", "L1", "LIEU", D("2020-01-01"), null),
            new("SB", "B", "MB1", "L2", "LIEU", D("2020-07-01"), null),
            new("SD", "D", "MD1", "L3", "LIEU", D("2020-12-31"), null),
        ],
        [
            new("L1", "ASSISTANT_FAMILIAL", "T1", 2, D("2015-01-01"), null),
            new("L2", "MECS", "T1", 10, D("2020-07-01"), null),
            new("L3", "LOGEMENT_AUTONOME", "T2", 1, null, null),
            new("L4", "MECS", "T2", 5, null, D("2020-06-30")),
        ],
        Enumerable.Range(0, 21).Select(a => new I.Population(2021, "*", a, 100)).ToList(),
        [new("A", D("2019-03-01")), new("B", D("2019-01-01")), new("E", D("2021-01-05"))],
        [new("A", D("2019-12-15"))],
        [],
        []);

    private static readonly Dictionary<(string, string), string> Valeurs =
        MoteurIndicateurs.Calculer(Donnees, 2020).ToDictionary(v => (v.Code, v.Territoire), v => v.Texte);

    [Theory]
    [InlineData("IP_RECUES", "*", "4")] [InlineData("IP_RECUES", "T1", "2")] [InlineData("IP_RECUES", "T2", "3")]
    [InlineData("IP_QUALIFIEES", "*", "2")] [InlineData("IP_TAUX_QUALIFICATION", "*", "50.0")] [InlineData("IP_TAUX_QUALIFICATION", "T2", "33.3")]
    [InlineData("IP_ENFANTS", "*", "3")] [InlineData("IP_ENFANTS", "T1", "2")]
    [InlineData("EVAL_TERMINEES", "*", "2")] [InlineData("EVAL_DELAI_MOYEN_J", "*", "101.5")] [InlineData("EVAL_DELAI_MEDIAN_J", "*", "101.5")]
    [InlineData("EVAL_PART_DANS_DELAI", "*", "50.0")] [InlineData("EVAL_EN_RETARD", "*", "1")] [InlineData("EVAL_EN_RETARD", "T2", "0")]
    [InlineData("SUITE_ACCOMPAGNEMENT", "*", "1")] [InlineData("SUITE_SAISINE_JUDICIAIRE", "*", "1")] [InlineData("SUITE_CLASSEMENT", "*", "0")]
    [InlineData("SUITE_PART_ACCOMPAGNEMENT", "*", "50.0")] [InlineData("SUITE_PART_CLASSEMENT", "*", "0.0")]
    [InlineData("MES_ADM", "*", "1")] [InlineData("MES_JUD", "*", "4")] [InlineData("MES_JUD", "T1", "3")] [InlineData("MES_JUD", "T2", "1")]
    [InlineData("MES_PLACEMENT_ASE", "*", "3")] [InlineData("MES_AIDE_FIN", "*", "1")] [InlineData("MES_TDC", "*", "0")] [InlineData("PART_JUDICIAIRE", "*", "80.0")]
    [InlineData("CONFIES_A", "*", "4")] [InlineData("PLACEMENTS_DIRECTS_B", "*", "0")] [InlineData("ACCUEILLIS", "*", "4")] [InlineData("ACTIONS_EDUCATIVES", "*", "1")]
    [InlineData("HEBERG_FAMILLES_ACCUEIL", "*", "1")] [InlineData("HEBERG_ETABLISSEMENTS", "*", "1")] [InlineData("HEBERG_AUTONOMES", "*", "1")] [InlineData("HEBERG_AUTRES", "*", "1")]
    [InlineData("ENFANTS_SUIVIS", "*", "5")] [InlineData("ENFANTS_SUIVIS_POUR_1000", "*", "2.4")] [InlineData("MESURES_POUR_1000", "*", "2.4")]
    [InlineData("ENFANTS_ACCUEILLIS", "*", "4")] [InlineData("ENFANTS_ACCUEILLIS_POUR_100_MINEURS", "*", "0.2")]
    [InlineData("MNA", "*", "1")] [InlineData("JEUNES_MAJEURS", "*", "1")] [InlineData("ENTREES_ACCUEIL", "*", "3")] [InlineData("SORTIES_ACCUEIL", "*", "0")]
    [InlineData("ATTENTE", "*", "1")] [InlineData("ATTENTE_AED", "*", "1")] [InlineData("ATTENTE_AEMO", "*", "0")] [InlineData("ATTENTE_DELAI_MOYEN_J", "*", "12.9")]
    [InlineData("PPE_TAUX", "*", "25.0")] [InlineData("RAPPORTS_EN_RETARD", "*", "2")] [InlineData("ENTRETIENS_17_EN_RETARD", "*", "0")]
    [InlineData("PLACES_ASSISTANT_FAMILIAL", "*", "2")] [InlineData("PLACES_MECS", "*", "10")] [InlineData("PLACES_MECS", "T2", "0")] [InlineData("PLACES_HOTEL", "*", "0")]
    [InlineData("OCCUPATION_ASSISTANT_FAMILIAL", "*", "50.0")] [InlineData("OCCUPATION_MECS", "*", "10.0")] [InlineData("OCCUPATION_LOGEMENT_AUTONOME", "T2", "100.0")]
    [InlineData("OCCUPATION_MOYENNE_MECS", "*", "6.7")] [InlineData("OCCUPATION_MOYENNE_ASSISTANT_FAMILIAL", "*", "50.0")]
    [InlineData("FRATRIES_SEPAREES", "*", "1")] [InlineData("FRATRIES_SEPAREES", "T2", "0")]
    public void Valeur_calculee_a_la_main(string code, string territoire, string attendu) =>
        Assert.Equal(attendu, Valeurs.GetValueOrDefault((code, territoire), "(absent)"));

    [Theory]
    [InlineData("DUREE_MOYENNE_ACCUEIL_J", "*")]      // no période d'accueil ended in 2020
    [InlineData("OCCUPATION_HOTEL", "*")]             // no places: absent, not 0
    [InlineData("ENFANTS_SUIVIS_POUR_1000", "T1")]    // no population for T1
    [InlineData("PART_JUDICIAIRE", "T9")]
    public void Indicateur_absent_quand_le_denominateur_est_nul(string code, string territoire) =>
        Assert.False(Valeurs.ContainsKey((code, territoire)));

    [Fact]
    public void Chaque_code_calcule_est_defini_au_catalogue_et_chaque_compte_existe_partout()
    {
        var calcules = Valeurs.Keys.Select(k => k.Item1).ToHashSet();
        Assert.All(calcules, c => Assert.NotNull(Indicateurs.Trouver(c)));
        foreach (var d in Indicateurs.Tous.Where(d => d.EstCompte))
            foreach (var t in new[] { "*", "T1", "T2" })
                Assert.True(Valeurs.ContainsKey((d.Code, t)), $"{d.Code} {t}");
    }

    [Fact]
    public void Le_csv_est_trie_par_code_puis_territoire_etoile_en_tete()
    {
        var csv = MoteurIndicateurs.Csv(MoteurIndicateurs.Calculer(Donnees, 2020)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code;territoire;valeur", csv[0]);
        Assert.Equal("ACCUEILLIS;*;4", csv[1]);
        Assert.Equal("ACCUEILLIS;T1;2", csv[2]);
        var codes = csv.Skip(1).Select(l => l.Split(';')).ToList();
        Assert.Equal(codes.OrderBy(c => c[0], StringComparer.Ordinal).ThenBy(c => c[1], StringComparer.Ordinal).Select(c => string.Join(';', c)), csv.Skip(1));
    }

    [Theory]
    [InlineData(0.05, 0.1)] [InlineData(0.15, 0.2)] [InlineData(-0.05, -0.1)] [InlineData(2.25, 2.3)] [InlineData(2.24, 2.2)]
    public void Arrondi_au_dixieme_loin_de_zero(decimal v, decimal attendu) => Assert.Equal(attendu, MoteurIndicateurs.Arrondir(v));

    [Fact]
    public void Une_mesure_qui_finit_le_31_12_est_active_le_31_12_et_deux_mesures_qui_se_touchent_font_une_periode()
    {
        var d = Donnees with
        {
            Mesures = [M("X1", "A", "AP_MINEUR", "2020-01-01", "2020-01-01", fin: "2020-06-30"), M("X2", "A", "PLACEMENT_ASE", "2020-06-30", "2020-07-01", fin: "2020-12-31")],
            Sejours = [], Informations = [],
        };
        var v = MoteurIndicateurs.Calculer(d, 2020).ToDictionary(x => (x.Code, x.Territoire), x => x.Texte);
        Assert.Equal("1", v[("CONFIES_A", "*")]);
        Assert.Equal("1", v[("ENTREES_ACCUEIL", "*")]);
        Assert.Equal("1", v[("SORTIES_ACCUEIL", "*")]);
        Assert.Equal("365.0", v[("DUREE_MOYENNE_ACCUEIL_J", "*")]);
        var apres = MoteurIndicateurs.Calculer(d, 2021).ToDictionary(x => (x.Code, x.Territoire), x => x.Texte);
        Assert.Equal("0", apres[("CONFIES_A", "*")]);
    }

    [Fact]
    public void Mediane_d_un_nombre_impair_et_pair_de_valeurs()
    {
        I.Information Info(string id, string recu, string fin) => new(id, D(recu), "IP", [new("A", D(fin), null, null)]);
        var d = Donnees with { Informations = [Info("1", "2020-01-01", "2020-01-11"), Info("2", "2020-01-01", "2020-01-21"), Info("3", "2020-01-01", "2020-03-01")] };
        var v = MoteurIndicateurs.Calculer(d, 2020).ToDictionary(x => (x.Code, x.Territoire), x => x.Texte);
        Assert.Equal("20.0", v[("EVAL_DELAI_MEDIAN_J", "*")]);
        d = d with { Informations = [.. d.Informations, Info("4", "2020-01-01", "2020-01-02")] };
        v = MoteurIndicateurs.Calculer(d, 2020).ToDictionary(x => (x.Code, x.Territoire), x => x.Texte);
        Assert.Equal("15.0", v[("EVAL_DELAI_MEDIAN_J", "*")]);
    }

    private static Dictionary<(string, string), string> Calculer(I d, int annee = 2020) =>
        MoteurIndicateurs.Calculer(d, annee).ToDictionary(x => (x.Code, x.Territoire), x => x.Texte);

    [Fact]
    public void Une_fratrie_de_trois_est_separee_des_qu_un_enfant_n_est_pas_dans_le_meme_lieu()
    {
        // A, B, C (famille F1, T1) all placed on 31/12/2020.
        I.Sejour S(string enfant, string? lieu, string mode) => new("S" + enfant, enfant, "M" + enfant, lieu, mode, D("2020-01-01"), null);
        var mesures = new[] { "A", "B", "C" }.Select(e => M("M" + e, e, "PLACEMENT_ASE", "2020-01-01", "2020-01-01")).ToList();
        var ensemble = Donnees with { Mesures = mesures, Sejours = [S("A", "L2", "LIEU"), S("B", "L2", "LIEU"), S("C", "L2", "LIEU")], Informations = [] };
        Assert.Equal("0", Calculer(ensemble)[("FRATRIES_SEPAREES", "*")]);
        var domicile = ensemble with { Sejours = [S("A", "L2", "LIEU"), S("B", "L2", "LIEU"), S("C", null, "DOMICILE")] };
        Assert.Equal("1", Calculer(domicile)[("FRATRIES_SEPAREES", "*")]);
        Assert.Equal("1", Calculer(domicile)[("FRATRIES_SEPAREES", "T1")]);
        var sansSejour = ensemble with { Sejours = [S("A", "L2", "LIEU"), S("B", "L2", "LIEU")] };
        Assert.Equal("1", Calculer(sansSejour)[("FRATRIES_SEPAREES", "*")]);
        // Only one child of the fratrie accueilli: not a fratrie « d'au moins deux enfants accueillis ».
        var seul = ensemble with { Mesures = [mesures[0]], Sejours = [S("A", "L2", "LIEU")] };
        Assert.Equal("0", Calculer(seul)[("FRATRIES_SEPAREES", "*")]);
    }

    [Fact]
    public void Deux_mesures_separees_d_un_jour_font_deux_periodes_d_accueil()
    {
        var d = Donnees with
        {
            Mesures = [M("X1", "A", "AP_MINEUR", "2020-01-01", "2020-01-01", fin: "2020-06-30"), M("X2", "A", "PLACEMENT_ASE", "2020-06-30", "2020-07-02", fin: "2020-12-30")],
            Sejours = [], Informations = [],
        };
        var v = Calculer(d);
        Assert.Equal("1", v[("ENTREES_ACCUEIL", "*")]); // one child, two périodes starting in 2020: counted once
        Assert.Equal("1", v[("SORTIES_ACCUEIL", "*")]);
        Assert.Equal("181.0", v[("DUREE_MOYENNE_ACCUEIL_J", "*")]); // 2020-01-01→06-30 = 181 days, 2020-07-02→12-30 = 181 days
        Assert.Equal("0", v[("CONFIES_A", "*")]); // ended on 30/12: not active on 31/12
    }

    [Fact]
    public void Le_delai_d_evaluation_suit_les_mois_calendaires_et_le_31_12()
    {
        I.Information Info(string id, string recu, string? fin) => new(id, D(recu), "IP", [new("A", N(fin), null, null)]);
        var d = Donnees with
        {
            Informations =
            [
                Info("1", "2020-08-31", "2020-11-30"), // deadline 2020-11-30: in time
                Info("2", "2020-08-31", "2020-12-01"), // one day late
                Info("3", "2020-09-30", null),         // deadline 2020-12-30 < 31/12: late on S
                Info("4", "2020-09-30", "2020-12-31"), // finished on S itself: not late, finished in 2020
                Info("5", "2020-10-01", null),         // deadline 2021-01-01: not late yet
            ],
        };
        var v = Calculer(d);
        Assert.Equal("3", v[("EVAL_TERMINEES", "*")]);
        Assert.Equal("33.3", v[("EVAL_PART_DANS_DELAI", "*")]);
        Assert.Equal("1", v[("EVAL_EN_RETARD", "*")]);
        Assert.Equal("91.7", v[("EVAL_DELAI_MOYEN_J", "*")]); // (91 + 92 + 92) / 3 = 91.67
    }

    [Fact]
    public void Sans_information_ni_population_les_taux_sont_absents_et_les_comptes_nuls()
    {
        var vide = new I(["T1"], [], [], [], [], [], [], [], [], [], []);
        var v = Calculer(vide);
        Assert.Equal("0", v[("IP_RECUES", "*")]);
        foreach (var code in new[] { "IP_TAUX_QUALIFICATION", "EVAL_DELAI_MOYEN_J", "EVAL_DELAI_MEDIAN_J", "EVAL_PART_DANS_DELAI", "SUITE_PART_CLASSEMENT",
                     "PART_JUDICIAIRE", "ENFANTS_SUIVIS_POUR_1000", "MESURES_POUR_1000", "ENFANTS_ACCUEILLIS_POUR_100_MINEURS", "DUREE_MOYENNE_ACCUEIL_J",
                     "ATTENTE_DELAI_MOYEN_J", "PPE_TAUX", "OCCUPATION_MECS", "OCCUPATION_MOYENNE_MECS" })
            Assert.False(v.ContainsKey((code, "*")), code);
    }

    [Theory]
    [InlineData("MES_JUD", "*")] [InlineData("MES_JUD", "T1")] [InlineData("MES_ADM", "*")] [InlineData("CONFIES_A", "*")] [InlineData("ACCUEILLIS", "T2")]
    [InlineData("ACTIONS_EDUCATIVES", "*")] [InlineData("ATTENTE", "*")] [InlineData("ATTENTE_AED", "*")] [InlineData("IP_QUALIFIEES", "*")]
    public void Le_detail_d_un_compte_liste_exactement_les_enregistrements_comptes(string code, string territoire)
    {
        Assert.True(MoteurIndicateurs.Detaillable(code));
        var detail = MoteurIndicateurs.Detail(Donnees, 2020, code, territoire);
        Assert.Equal(Valeurs[(code, territoire)], detail.Select(e => e.ObjetId).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Le_detail_des_enfants_suivis_compte_des_enfants_distincts()
    {
        Assert.Equal(Valeurs[("ENFANTS_SUIVIS", "*")], MoteurIndicateurs.Detail(Donnees, 2020, "ENFANTS_SUIVIS", "*").Select(e => e.EnfantId).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(MoteurIndicateurs.Detaillable("PPE_TAUX"));
    }
}
