using Sillage.Domaine.Parcours;
using Sillage.Domaine.Regles;
using M = Sillage.Domaine.Regles.SituationEnfant.MesureDatee;

namespace Sillage.Domaine.Tests;

public class ParcoursTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static M Mes(string type, string debut, string? fin = null) => new("M", type, D(debut), D(debut), null, fin is null ? null : D(fin));

    private static ReglesPpe.VersionASigner Version(int numero = 1, int dernier = 1, int objectifs = 2, bool autonomie = false, string naissance = "2014-02-28",
        params (string, int?)[] signes) =>
        new(numero, dernier, D("2026-01-10"), D(naissance), objectifs, autonomie, signes);

    // ---- PPE: versions and signatures

    [Fact]
    public void Une_version_se_modifie_jusqu_a_la_premiere_signature_puis_on_en_cree_une_nouvelle()
    {
        Assert.True(ReglesPpe.Modifiable(0));
        Assert.False(ReglesPpe.Modifiable(1));
        Assert.Equal(1, ReglesPpe.NumeroSuivant([]));
        Assert.Equal(4, ReglesPpe.NumeroSuivant([1, 3, 2]));
    }

    [Fact]
    public void Une_signature_valide_est_acceptee()
    {
        Assert.Empty(ReglesPpe.Signature(Version(), ReglesPpe.SignataireParent, 7, true, D("2026-01-15"), D("2026-02-01")));
        Assert.Empty(ReglesPpe.Signature(Version(), ReglesPpe.SignataireDepartement, null, false, D("2026-01-10"), D("2026-01-10")));
    }

    [Theory]
    [InlineData("PARENT", 7, false, "2026-01-15", "titulaire de l'autorité parentale")]
    [InlineData("PARENT", null, true, "2026-01-15", "choisissez le parent")]
    [InlineData("ENFANT", null, false, "2026-02-02", "futur")]
    [InlineData("ENFANT", null, false, "2026-01-09", "précède la rédaction")]
    [InlineData("MAIRE", null, false, "2026-01-15", "Signataire")]
    public void Une_signature_fautive_est_refusee_avec_sa_regle(string qualite, int? parent, bool titulaire, string date, string attendu)
    {
        var erreurs = ReglesPpe.Signature(Version(), qualite, parent, titulaire, D(date), D("2026-02-01"));
        Assert.Contains(erreurs, e => e.Message.Contains(attendu));
    }

    [Fact]
    public void Seule_la_derniere_version_avec_des_objectifs_se_signe_une_fois_par_signataire()
    {
        Assert.Contains(ReglesPpe.Signature(Version(numero: 1, dernier: 2), "ENFANT", null, false, D("2026-01-15"), D("2026-02-01")), e => e.Champ == "Version");
        Assert.Contains(ReglesPpe.Signature(Version(objectifs: 0), "ENFANT", null, false, D("2026-01-15"), D("2026-02-01")), e => e.Champ == "Objectifs");
        Assert.Contains(ReglesPpe.Signature(Version(signes: [("PARENT", 7)]), "PARENT", 7, true, D("2026-01-15"), D("2026-02-01")), e => e.Message.Contains("déjà signé"));
        Assert.Empty(ReglesPpe.Signature(Version(signes: [("PARENT", 7)]), "PARENT", 8, true, D("2026-01-15"), D("2026-02-01")));
    }

    [Theory]
    [InlineData("2010-02-28", "2026-02-27", false)] // 15 the day before the 16th birthday
    [InlineData("2010-02-28", "2026-02-28", true)]
    [InlineData("2008-02-29", "2024-02-28", false)] // born on a leap day: 16 on 29/02/2024
    [InlineData("2008-02-29", "2024-02-29", true)]
    public void Le_projet_d_autonomie_est_exige_a_partir_de_16_ans(string naissance, string signature, bool exige)
    {
        var erreurs = ReglesPpe.Signature(Version(naissance: naissance) with { Creation = D("2020-01-01") }, "DEPARTEMENT", null, false, D(signature), D("2026-12-31"));
        Assert.Equal(exige, erreurs.Any(e => e.Champ == "ProjetAutonomie"));
        Assert.Empty(ReglesPpe.Signature(Version(naissance: naissance, autonomie: true) with { Creation = D("2020-01-01") }, "DEPARTEMENT", null, false, D(signature), D("2026-12-31")));
    }

    // ---- Rapport: share before send, next due date

    [Theory]
    [InlineData("2026-03-01", "2026-03-05", "2026-03-05", true)]
    [InlineData("2026-03-01", "2026-03-04", "2026-03-05", true)]
    [InlineData("2026-03-01", "2026-03-06", "2026-03-05", false)]
    [InlineData("2026-03-01", null, "2026-03-05", false)]
    [InlineData("2026-03-01", null, null, true)]
    public void Le_rapport_est_partage_avant_d_etre_transmis_au_juge(string date, string? partage, string? transmission, bool accepte)
    {
        var erreurs = ReglesRapport.Dates(D(date), partage is null ? null : D(partage), transmission is null ? null : D(transmission), D("2026-06-01"));
        Assert.Equal(accepte, erreurs.Count == 0);
        if (!accepte) Assert.Contains("D223-20", erreurs.Single().Message);
    }

    [Theory]
    [InlineData("2023-08-31", "2026-02-28", "2026-08-28")] // 2 years old on the base: 6 months, clamped
    [InlineData("2023-02-28", "2026-02-28", "2027-02-28")] // 3 on the base day: yearly
    [InlineData("2020-02-29", "2024-02-29", "2025-02-28")] // leap day + 12 months
    public void La_prochaine_echeance_du_rapport_est_a_6_ou_12_mois(string naissance, string base_, string due) =>
        Assert.Equal(D(due), Echeancier.ProchainRapport(D(naissance), D(base_)));

    // ---- Accès à l'autonomie

    [Theory]
    [InlineData("2009-03-01", "2026-02-28", null)] // 16 the day before the 17th birthday: not yet listed
    [InlineData("2009-03-01", "2026-03-01", AccesAutonomie.Mineur)]
    [InlineData("2008-03-01", "2026-03-01", AccesAutonomie.SortieSeche)] // 18 today, nothing recorded
    [InlineData("2005-03-02", "2026-03-01", AccesAutonomie.SortieSeche)] // the last day before 21
    [InlineData("2005-03-01", "2026-03-01", null)] // 21: the right has ended
    public void La_liste_APJM_suit_les_anniversaires(string naissance, string jour, string? etat)
    {
        var ligne = AccesAutonomie.Evaluer("E", D(naissance), [Mes("PLACEMENT_ASE", "2020-01-01")], [], D(jour));
        Assert.Equal(etat, ligne?.Etat);
    }

    [Fact]
    public void Ne_de_29_fevrier_la_majorite_tombe_le_28_fevrier_des_annees_communes()
    {
        var mesures = new[] { Mes("PLACEMENT_ASE", "2020-01-01") };
        Assert.Equal(AccesAutonomie.Mineur, AccesAutonomie.Evaluer("E", D("2008-02-29"), mesures, [], D("2026-02-27"))!.Etat);
        var ligne = AccesAutonomie.Evaluer("E", D("2008-02-29"), mesures, [], D("2026-02-28"))!;
        Assert.Equal(AccesAutonomie.SortieSeche, ligne.Etat);
        Assert.Equal(D("2026-02-28"), ligne.Majorite);
    }

    [Fact]
    public void Seul_un_enfant_confie_avant_18_ans_a_droit_a_l_accompagnement()
    {
        Assert.Null(AccesAutonomie.Evaluer("E", D("2008-03-01"), [Mes("AED", "2020-01-01")], [], D("2026-04-01")));
        Assert.Null(AccesAutonomie.Evaluer("E", D("2008-03-01"), [Mes("PLACEMENT_ASE", "2026-03-01")], [], D("2026-04-01"))); // confié the day of the 18th birthday
        Assert.NotNull(AccesAutonomie.Evaluer("E", D("2008-03-01"), [Mes("PLACEMENT_ASE", "2026-02-28", "2026-02-28")], [], D("2026-04-01")));
    }

    [Fact]
    public void Un_accompagnement_ou_une_solution_leve_l_alerte_de_sortie_seche()
    {
        var placement = Mes("PLACEMENT_ASE", "2020-01-01", "2026-02-28");
        Assert.Equal(AccesAutonomie.Accompagne, AccesAutonomie.Evaluer("E", D("2008-03-01"), [placement, Mes("AP_JM", "2026-03-01")], [], D("2026-04-01"))!.Etat);
        Assert.Equal(AccesAutonomie.Solution, AccesAutonomie.Evaluer("E", D("2008-03-01"), [placement], [D("2025-03-01")], D("2026-04-01"))!.Etat);
        Assert.Equal(AccesAutonomie.SortieSeche, AccesAutonomie.Evaluer("E", D("2008-03-01"), [placement], [D("2025-02-28")], D("2026-04-01"))!.Etat); // before 17
    }

    // ---- Délaissement (C. civ. 381-1)

    [Theory]
    [InlineData("2024-01-10", null, "2025-01-09", false)]
    [InlineData("2024-01-10", null, "2025-01-10", true)]
    [InlineData("2023-01-10", "2024-02-29", "2025-02-27", false)] // leap-day visit: a year later is 28/02
    [InlineData("2023-01-10", "2024-02-29", "2025-02-28", true)]
    [InlineData("2023-01-10", "2025-06-01", "2025-12-31", false)]
    public void Un_an_sans_relations_declenche_l_alerte_de_delaissement(string accueil, string? relation, string jour, bool alerte)
    {
        var relations = relation is null ? Array.Empty<DateOnly>() : [D(relation)];
        Assert.Equal(alerte, Delaissement.Alerte(D(accueil), relations, D(jour)));
    }

    [Fact]
    public void Une_relation_future_ou_anterieure_a_l_accueil_ne_compte_pas()
    {
        Assert.Equal(D("2025-01-10"), Delaissement.Echeance(D("2024-01-10"), [D("2023-05-01"), D("2025-06-01")], D("2024-12-01")));
        Assert.False(Delaissement.Compte("COURRIER"));
        Assert.True(Delaissement.Compte("VISITE_MEDIATISEE"));
    }

    // ---- CESSEC

    private static SituationEnfant Enfant(string naissance, M[] mesures, string[]? examens = null) =>
        new("E1", D(naissance), mesures, [], [], [], [], (examens ?? []).Select(D).ToList());

    [Fact]
    public void Un_jeune_enfant_confie_est_a_examiner_tous_les_6_mois()
    {
        var e = Enfant("2024-05-01", [Mes("PLACEMENT_ASE", "2025-08-31")]);
        var l = ListeCessec.Evaluer(e, [], D("2026-01-01")).Single();
        Assert.Equal((ListeCessec.MotifJeuneEnfant, D("2026-02-28")), (l.Motif, l.Echeance));
    }

    [Fact]
    public void Un_signalement_compte_apres_un_an_de_confiement_et_jusqu_a_l_examen()
    {
        var confie = Enfant("2015-01-01", [Mes("PLACEMENT_ASE", "2024-02-29")]);
        (DateOnly, string)[] signalement = [(D("2024-06-01"), "Aucune visite depuis 8 mois")];
        Assert.Empty(ListeCessec.Evaluer(confie, signalement, D("2025-02-27")));
        var l = ListeCessec.Evaluer(confie, signalement, D("2025-02-28")).Single();
        Assert.Equal((ListeCessec.MotifSignalement, "Aucune visite depuis 8 mois"), (l.Motif, l.Raison));
        var examine = Enfant("2015-01-01", [Mes("PLACEMENT_ASE", "2024-02-29")], ["2025-03-15"]);
        Assert.Empty(ListeCessec.Evaluer(examine, signalement, D("2025-04-01")));
        Assert.Empty(ListeCessec.Evaluer(Enfant("2015-01-01", [Mes("AEMO", "2020-01-01")]), signalement, D("2025-04-01")));
    }
}
