using Sillage.Domaine.Schema;

namespace Sillage.Domaine.Tests;

public class SchemaTests
{
    private const string Minimal = """
        {"departement": {"code": "61", "nom": "Orne"}, "titre": "Schéma 2017-2021", "periode": {"debut": 2017, "fin": 2021},
         "adoption": "2018-03-23", "sources": [], "gouvernance": [],
         "axes": [{"numero": "1", "titre": "Axe un", "principe": null, "objectifs": [{"numero": "1", "titre": "Obj"}],
           "fiches": [{"numero": "1", "titre": "Fiche un", "objectif": "1", "periode": {"debut": "2018-S1", "fin": "2019-S2"},
             "diagnostic": [], "objectifs_operationnels": [], "pilotes": ["DEF"], "copilotes": [], "parties_prenantes_internes": [],
             "partenaires": [], "actions": [{"numero": "1", "titre": "Action", "details": []}],
             "calendrier": [{"libelle": "Étape", "periodes": ["2018-S2"]}], "indicateurs": [{"libelle": "Nombre", "type": "realisation"}],
             "points_vigilance": []}]}],
         "bilan_precedent": []}
        """;

    private static IReadOnlyList<ErreurValidation> Erreurs(string remplace, string par)
    {
        Assert.Contains(remplace, Minimal);
        var (plan, erreurs) = LecteurSchema.Lire(Minimal.Replace(remplace, par));
        Assert.Null(plan);
        return erreurs;
    }

    [Fact]
    public void Un_fichier_conforme_est_lu_tel_quel()
    {
        var (plan, erreurs) = LecteurSchema.Lire(Minimal);
        Assert.Empty(erreurs);
        Assert.Equal("Orne", plan!.NomDepartement);
        Assert.Equal("2018-S1", plan.Axes[0].Fiches[0].PeriodeDebut);
        Assert.Equal("realisation", plan.Axes[0].Fiches[0].Indicateurs[0].Type);
        Assert.Empty(plan.IndicateursImpact);
    }

    [Theory]
    [InlineData("\"titre\": \"Schéma 2017-2021\"", "\"titre\": 3", "$.titre", "texte entre guillemets")]
    [InlineData("\"titre\": \"Schéma 2017-2021\"", "\"titre\": \"  \"", "$.titre", "obligatoire")]
    [InlineData("\"fin\": 2021", "\"fin\": 2015", "$.periode.fin", "précède")]
    [InlineData("\"adoption\": \"2018-03-23\"", "\"adoption\": \"23/03/2018\"", "$.adoption", "AAAA-MM-JJ")]
    [InlineData("\"type\": \"realisation\"", "\"type\": \"produit\"", "$.axes[0].fiches[0].indicateurs[0].type", "n'est pas un type")]
    [InlineData("\"periodes\": [\"2018-S2\"]", "\"periodes\": [\"2018-S3\"]", "$.axes[0].fiches[0].calendrier[0].periodes[0]", "AAAA-S1")]
    [InlineData("\"debut\": \"2018-S1\"", "\"debut\": \"début 2018\"", "$.axes[0].fiches[0].periode.debut", "n'est pas une période")]
    [InlineData("\"objectif\": \"1\"", "\"objectif\": \"9\"", "$.axes[0].fiches[0].objectif", "l'objectif « 9 » n'existe pas")]
    [InlineData("\"pilotes\": [\"DEF\"]", "\"pilotes\": \"DEF\"", "$.axes[0].fiches[0].pilotes", "une liste")]
    [InlineData("\"pilotes\": [\"DEF\"]", "\"pilotes\": [\"\"]", "$.axes[0].fiches[0].pilotes[0]", "texte non vide")]
    [InlineData("\"points_vigilance\": []", "\"points_vigilance\": [], \"budget\": \"1 M€\"", "$.axes[0].fiches[0].budget", "champ inconnu")]
    [InlineData("{\"numero\": \"1\", \"titre\": \"Action\", \"details\": []}", "{\"titre\": \"Action\", \"details\": []}", "$.axes[0].fiches[0].actions[0].numero", "obligatoire")]
    [InlineData("\"departement\": {\"code\": \"61\", \"nom\": \"Orne\"}, ", "", "$.departement", "obligatoire")]
    [InlineData("\"bilan_precedent\": []", "\"bilan_precedent\": [{\"axe\": \"A\", \"fiche\": 4, \"realisations\": [], \"perspectives\": [], \"niveau_atteinte\": null}]", "$.bilan_precedent[0].fiche", "texte")]
    public void Chaque_erreur_nomme_son_chemin_dans_le_json(string remplace, string par, string chemin, string regle)
    {
        var erreurs = Erreurs(remplace, par);
        var e = Assert.Single(erreurs, x => x.Champ == chemin);
        Assert.StartsWith(chemin + " : ", e.Message);
        Assert.Contains(regle, e.Message);
    }

    [Fact]
    public void Une_fiche_en_double_et_un_json_illisible_sont_refuses()
    {
        var double_ = Minimal.Replace("\"fiches\": [{", "\"fiches\": [{\"numero\": \"1\", \"titre\": \"Copie\", \"objectif\": null}, {");
        var (_, e1) = LecteurSchema.Lire(double_);
        Assert.Contains(e1, e => e.Champ == "$.axes[0].fiches[1].numero" && e.Message.Contains("deux fois"));
        var (plan, e2) = LecteurSchema.Lire("{\"titre\": ");
        Assert.Null(plan);
        Assert.Contains("illisible (ligne 1", Assert.Single(e2).Message);
        Assert.Contains(LecteurSchema.Lire("[]").Erreurs, e => e.Champ == "$" && e.Message.Contains("objet"));
    }

    [Fact]
    public void L_export_relit_le_meme_plan()
    {
        var plan = LecteurSchema.Lire(Minimal).Plan!;
        var relu = LecteurSchema.Lire(EcrivainSchema.Ecrire(plan));
        Assert.Empty(relu.Erreurs);
        Assert.Equal(EcrivainSchema.Ecrire(plan), EcrivainSchema.Ecrire(relu.Plan!));
        Assert.Equal("Étape", relu.Plan!.Axes[0].Fiches[0].Calendrier[0].Libelle);
    }

    [Fact]
    public void Les_quatre_schemas_reels_se_lisent_sans_erreur()
    {
        var dossier = Path.Combine(Racine(), "..", "shared", "data", "schemas");
        var fichiers = Directory.GetFiles(dossier, "*.json");
        Assert.Equal(4, fichiers.Length);
        foreach (var f in fichiers)
        {
            var (plan, erreurs) = LecteurSchema.Lire(File.ReadAllText(f));
            Assert.True(erreurs.Count == 0, $"{Path.GetFileName(f)} : {string.Join(" | ", erreurs.Select(e => e.Message))}");
            Assert.NotEmpty(plan!.Axes);
        }
    }

    [Fact]
    public void L_avancement_ecarte_les_actions_abandonnees()
    {
        var a = SuiviSchema.Calculer([StatutAction.Realisee, StatutAction.EnCours, StatutAction.Abandonnee, StatutAction.NonEngagee, StatutAction.Realisee]);
        Assert.Equal(5, a.Total);
        Assert.Equal(2, a.Nombre(StatutAction.Realisee));
        Assert.Equal(50m, a.TauxRealisation);
        Assert.Equal(75m, a.TauxEngagement);
        Assert.Null(SuiviSchema.Calculer([StatutAction.Abandonnee]).TauxRealisation);
        Assert.Null(SuiviSchema.Calculer([]).TauxRealisation);
        Assert.Equal(StatutAction.Reportee, SuiviSchema.Lire("reportee"));
        Assert.Null(SuiviSchema.Lire("fini"));
        Assert.All(SuiviSchema.Statuts, s => Assert.False(string.IsNullOrEmpty(s.Symbole)));
    }

    [Fact]
    public void Ce_que_le_document_ne_precise_pas()
    {
        var m = SuiviSchema.Manques(0, false, [("Nombre de places", null), ("Taux", "impact")], 0);
        Assert.Equal(["Aucun pilote désigné", "Pas de calendrier", "Aucune action décrite", "Indicateur sans type : Nombre de places"], m);
        Assert.Empty(SuiviSchema.Manques(1, true, [("Taux", "impact")], 2));
        Assert.Contains("Aucun indicateur", SuiviSchema.Manques(1, true, [], 2));
    }

    [Fact]
    public void Le_calendrier_par_semestre_ou_par_annee()
    {
        Assert.Equal(["2018-S1", "2018-S2", "2019-S1", "2019-S2"], SuiviSchema.Colonnes(2018, 2019, true));
        Assert.Equal(["2018", "2019"], SuiviSchema.Colonnes(2018, 2019, false));
        Assert.True(SuiviSchema.Couvre("2019", "2019-S2"));
        Assert.True(SuiviSchema.Couvre("2019-S1", "2019"));
        Assert.False(SuiviSchema.Couvre("2019-S1", "2019-S2"));
        Assert.True(SuiviSchema.DansIntervalle("2018-S2", "2019-S1", "2019-S1"));
        Assert.False(SuiviSchema.DansIntervalle("2018-S2", "2019-S1", "2018-S1"));
        Assert.True(SuiviSchema.DansIntervalle("2018", "2018", "2018-S2"));
        Assert.True(SuiviSchema.DansIntervalle("2018-S2", null, "2018"));
        Assert.False(SuiviSchema.DansIntervalle(null, null, "2018"));
    }

    private static string Racine()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Sillage.slnx"))) return d.FullName;
        throw new InvalidOperationException("racine du dépôt introuvable");
    }
}
