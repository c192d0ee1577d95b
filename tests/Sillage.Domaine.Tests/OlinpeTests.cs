using System.Text;
using Sillage.Domaine.Olinpe;

namespace Sillage.Domaine.Tests;

/// <summary>OLINPE: events of a year, pseudonymisation, the mapping table as data, one failing and one passing case per validator rule.</summary>
public class OlinpeTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    private static readonly TableCorrespondance Table = TableCorrespondance.Defaut();

    // ---- Events ----

    /// <summary>AEMO started in 2023 (N-1), renewed in 2024 (N) by a second AEMO, ended in 2025 (N+1).</summary>
    private static readonly MesureOlinpe[] Chaine =
    [
        new(1, 7, "AEMO", D("2023-03-01"), D("2024-02-29"), "ECHEANCE", null),
        new(2, 7, "AEMO", D("2024-03-01"), D("2025-06-30"), "MAINLEVEE", 1),
    ];

    [Fact]
    public void Une_mesure_commencee_en_N_moins_1_renouvelee_en_N_et_terminee_en_N_plus_1_donne_un_evenement_par_annee()
    {
        var n1 = DerivationEvenements.DeriverTout(Chaine, 2023).ToList();
        var n = DerivationEvenements.DeriverTout(Chaine, 2024).ToList();
        var n2 = DerivationEvenements.DeriverTout(Chaine, 2025).ToList();

        Assert.Equal([(TypeEvenement.Debut, D("2023-03-01"), 1)], n1.Select(e => (e.Type, e.Date, e.Mesure.MesureId)));
        // The end of the renewed measure is not an end of intervention: only the renewal in N.
        Assert.Equal([(TypeEvenement.Renouvellement, D("2024-03-01"), 2)], n.Select(e => (e.Type, e.Date, e.Mesure.MesureId)));
        Assert.Equal([(TypeEvenement.Fin, D("2025-06-30"), 2)], n2.Select(e => (e.Type, e.Date, e.Mesure.MesureId)));
        Assert.Empty(DerivationEvenements.DeriverTout(Chaine, 2022));
        Assert.Empty(DerivationEvenements.DeriverTout(Chaine, 2026));
    }

    [Fact]
    public void Une_mesure_commencee_et_terminee_la_meme_annee_donne_debut_puis_fin_hors_perimetre_et_non_executee_rien()
    {
        var m = new MesureOlinpe(5, 1, "AP_MINEUR", D("2024-01-10"), D("2024-11-30"), "MAJORITE", null);
        Assert.Equal([TypeEvenement.Debut, TypeEvenement.Fin], DerivationEvenements.Deriver(m, 2024, false).Select(e => e.Type));
        Assert.Empty(DerivationEvenements.Deriver(m with { Type = "AIDE_FIN" }, 2024, false));
        Assert.Empty(DerivationEvenements.Deriver(m with { DateDebut = null }, 2024, false));
        Assert.False(DerivationEvenements.DansLePerimetre("AIDE_FIN"));
        Assert.True(DerivationEvenements.DansLePerimetre("MJAGBF"));
    }

    // ---- Pseudonymisation ----

    [Fact]
    public void Le_pseudonyme_par_defaut_est_stable_normalise_et_change_avec_le_prenom()
    {
        var p = new PseudonymiseurSha1();
        var a = p.Calculer(new EntreePseudonyme("Éloïse-Marie Anne", 2, 2014, "Lefèvre"));
        Assert.Matches("^[0-9A-F]{40}$", a);
        // Same inputs, written differently (case, accents, hyphen, other given names) → same id.
        Assert.Equal(a, p.Calculer(new EntreePseudonyme("ELOISE-MARIE", 2, 2014, "LEFEVRE")));
        Assert.Equal(a, p.Calculer(new EntreePseudonyme("eloise-marie", 2, 2014, "le fèvre")));
        Assert.Equal("ELOISEMARIE|02|2014|LEFEVRE", PseudonymiseurSha1.ChaineNormalisee(new EntreePseudonyme("Éloïse-Marie Anne", 2, 2014, "Le Fèvre")));
        // Any other input → another id.
        Assert.NotEqual(a, p.Calculer(new EntreePseudonyme("Héloïse-Marie", 2, 2014, "Lefèvre")));
        Assert.NotEqual(a, p.Calculer(new EntreePseudonyme("Éloïse-Marie", 3, 2014, "Lefèvre")));
        Assert.NotEqual(a, p.Calculer(new EntreePseudonyme("Éloïse-Marie", 2, 2015, "Lefèvre")));
        Assert.NotEqual(a, p.Calculer(new EntreePseudonyme("Éloïse-Marie", 2, 2014, "Martin")));
        Assert.DoesNotContain("ELOISE", a);
    }

    [Fact]
    public void Un_prenom_corrige_donne_un_nouvel_identifiant_avec_l_ancien_en_NUMANONYMANT()
    {
        var p = new PseudonymiseurSha1();
        var ancien = p.Calculer(new EntreePseudonyme("Eloise", 2, 2014, "Lefèvre"));
        var nouveau = p.Calculer(new EntreePseudonyme("Éloïse", 2, 2014, "Lefèvre")); // same after normalisation
        Assert.Equal(ancien, nouveau);
        var corrige = p.Calculer(new EntreePseudonyme("Louise", 2, 2014, "Lefèvre"));
        Assert.NotEqual(ancien, corrige);
        var historique = new[] { new PseudonymeConnu(ancien, 2022), new PseudonymeConnu(corrige, 2024) };
        Assert.Equal(ancien, ChainagePseudonymes.Precedent(corrige, historique, 2024));
        Assert.Null(ChainagePseudonymes.Precedent(ancien, [new PseudonymeConnu(ancien, 2022)], 2024));
        // A pseudonym first transmitted after the year of the file does not count.
        Assert.Null(ChainagePseudonymes.Precedent(ancien, [new PseudonymeConnu(ancien, 2022), new PseudonymeConnu(corrige, 2024)], 2023));
    }

    // ---- Engine and mapping table ----

    private static ContexteEvenement Contexte(string sexe = "F", string? precedent = null, string? hebergement = "MECS", char pseudo = 'A') =>
        new("61", new string(pseudo, 40), precedent, sexe, 2014, 2, hebergement);

    [Fact]
    public void Le_moteur_code_chaque_variable_par_la_table_et_vide_les_variables_hors_condition()
    {
        var moteur = new MoteurOlinpe(Table);
        var fin = new EvenementMesure(TypeEvenement.Fin, D("2024-06-30"), new MesureOlinpe(3, 1, "PLACEMENT_ASE", D("2023-01-01"), D("2024-06-30"), "MAINLEVEE", null));
        var l = moteur.Ligne(1, fin, Contexte());
        string V(string code) => l.Valeurs[Table.Index(code)]!;
        Assert.Equal(("61", "3", "2", "2", "2014", "02"), (V("NUMDEP"), V("TYPEV"), V("DECISION"), V("SEXE"), V("ANAIS"), V("MNAIS")));
        Assert.Equal(("2023-01-01", "2024-06-30", "2"), (V("DATDEB"), V("DATFIN"), V("MOTFININT")));
        Assert.Equal(("99", "4", "2", ""), (V("NATPDECADM"), V("NATDECASSED"), V("LIEUPLAC"), V("NUMANONYMANT")));

        var debut = moteur.Ligne(2, new EvenementMesure(TypeEvenement.Debut, D("2024-02-01"), fin.Mesure with { Type = "AED", DateDebut = D("2024-02-01") }), Contexte("M", hebergement: null, pseudo: 'C'));
        string W(string code) => debut.Valeurs[Table.Index(code)]!;
        Assert.Equal(("1", "1", "1", "9999-99-99", "99", "1", "99", "99"), (W("TYPEV"), W("DECISION"), W("SEXE"), W("DATFIN"), W("MOTFININT"), W("NATPDECADM"), W("NATDECASSED"), W("LIEUPLAC")));
        Assert.Empty(ValidateurOlinpe.Valider(Table, 2024, [l, debut]).Groupes);
    }

    [Fact]
    public void Une_liste_de_codes_corrigee_change_les_donnees_et_non_le_moteur()
    {
        using var flux = typeof(TableCorrespondance).Assembly.GetManifestResourceStream("Sillage.Olinpe.correspondance.json")!;
        var json = new StreamReader(flux).ReadToEnd().Replace("\"PLACEMENT_ASE\": \"4\"", "\"PLACEMENT_ASE\": \"12\"", StringComparison.Ordinal)
            .Replace("\"5\": \"Placement éducatif à domicile\"", "\"5\": \"Placement éducatif à domicile\", \"42\": \"Code corrigé\"", StringComparison.Ordinal)
            .Replace("\"PEAD\": \"5\"", "\"PEAD\": \"42\"", StringComparison.Ordinal);
        var corrigee = TableCorrespondance.Charger(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var e = new EvenementMesure(TypeEvenement.Debut, D("2024-01-02"), new MesureOlinpe(1, 1, "PEAD", D("2024-01-02"), null, null, null));
        Assert.Equal("42", new MoteurOlinpe(corrigee).Ligne(1, e, Contexte()).Valeurs[corrigee.Index("NATDECASSED")]);
        Assert.Equal("5", new MoteurOlinpe(Table).Ligne(1, e, Contexte()).Valeurs[Table.Index("NATDECASSED")]);
        // A mapping to a code absent from its list, or an unknown source, is refused when the table is loaded.
        var faux = json.Replace("\"AEMO\": \"1\"", "\"AEMO\": \"77\"", StringComparison.Ordinal);
        Assert.Contains("77", Assert.Throws<InvalidDataException>(() => TableCorrespondance.Charger(new MemoryStream(Encoding.UTF8.GetBytes(faux)))).Message);
        var source = json.Replace("\"source\": \"enfant.sexe\"", "\"source\": \"enfant.nom\"", StringComparison.Ordinal);
        Assert.Contains("enfant.nom", Assert.Throws<InvalidDataException>(() => TableCorrespondance.Charger(new MemoryStream(Encoding.UTF8.GetBytes(source)))).Message);
    }

    // ---- Validator: one failing and one passing case per rule ----

    /// <summary>A valid record of 2024 (an administrative start), with some variables replaced.</summary>
    private static LigneOlinpe Ligne(params (string Variable, string? Valeur)[] changements) => LigneNumero(1, changements);

    private static LigneOlinpe LigneNumero(int numero, params (string Variable, string? Valeur)[] changements)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["NUMDEP"] = "61", ["NUMANONYM"] = new string('B', 40), ["NUMANONYMANT"] = "", ["TYPEV"] = "1", ["DECISION"] = "1", ["SEXE"] = "2",
            ["ANAIS"] = "2014", ["MNAIS"] = "02", ["DATDEB"] = "2024-03-01", ["DATFIN"] = "9999-99-99", ["MOTFININT"] = "99",
            ["NATPDECADM"] = "1", ["NATDECASSED"] = "99", ["LIEUPLAC"] = "99",
        };
        foreach (var (v, x) in changements) valeurs[v] = x;
        return new LigneOlinpe(numero, Table.Variables.Select(v => valeurs[v.Code]).ToArray(), new ReferenceOlinpe(1, 10 + numero));
    }

    private static GroupeConstats? Groupe(string regle, params LigneOlinpe[] lignes) =>
        ValidateurOlinpe.Valider(Table, 2024, lignes).Groupes.SingleOrDefault(g => g.Regle == regle);

    [Fact]
    public void Coherence_refuse_une_variable_renseignee_hors_de_sa_condition()
    {
        Assert.Null(Groupe("COHERENCE", Ligne()));
        Assert.Null(Groupe("COHERENCE", Ligne(("TYPEV", "3"), ("DATFIN", "2024-05-01"), ("MOTFININT", "1"))));
        var g = Groupe("COHERENCE", Ligne(("NATDECASSED", "1")), Ligne(("DATFIN", "2024-05-01"), ("MOTFININT", "2")))!;
        Assert.Equal(3, g.Bloquants);
        Assert.Equal(new Dictionary<string, int> { ["DATFIN"] = 1, ["MOTFININT"] = 1, ["NATDECASSED"] = 1 }, g.ParVariable.OrderBy(kv => kv.Key).ToDictionary());
        Assert.Contains(g.Exemples, c => c.Message == "NATDECASSED est renseignée (1) alors qu'elle n'est permise que si DECISION = 2 (ici DECISION = 1).");
    }

    [Fact]
    public void Completude_bloque_une_variable_obligatoire_inconnue_et_avertit_pour_le_sexe()
    {
        Assert.Null(Groupe("COMPLETUDE", Ligne()));
        Assert.Null(Groupe("COMPLETUDE", Ligne(("TYPEV", "3"), ("DATFIN", "2024-05-01"), ("MOTFININT", "1"))));
        var g = Groupe("COMPLETUDE", Ligne(("NUMDEP", "999")), Ligne(("SEXE", "9")), Ligne(("NUMANONYM", null)))!;
        Assert.Equal((2, 1), (g.Bloquants, g.Avertissements));
        Assert.Contains(g.Exemples, c => c.Variable == "NUMANONYM" && c.Message.Contains("absente", StringComparison.Ordinal));
        // An end without its date is blocking; without its reason, a warning.
        var fin = Groupe("COMPLETUDE", Ligne(("TYPEV", "3"), ("DATFIN", "9999-99-99"), ("MOTFININT", "99")))!;
        Assert.Equal((1, 1), (fin.Bloquants, fin.Avertissements));
    }

    [Fact]
    public void Dates_refuse_un_evenement_hors_de_l_annee_une_fin_avant_le_debut_et_une_date_mal_formee()
    {
        Assert.Null(Groupe("DATES", Ligne()));
        Assert.Null(Groupe("DATES", Ligne(("TYPEV", "3"), ("DATDEB", "2022-01-01"), ("DATFIN", "2024-12-31"), ("MOTFININT", "1"))));
        var g = Groupe("DATES",
            Ligne(("DATDEB", "2023-12-31")),
            Ligne(("TYPEV", "3"), ("DATDEB", "2024-06-01"), ("DATFIN", "2024-05-01"), ("MOTFININT", "1")),
            Ligne(("DATDEB", "2024-13-01")),
            Ligne(("DATDEB", "2024-01-15"), ("ANAIS", "2024"), ("MNAIS", "03")))!;
        Assert.Equal(4, g.Bloquants);
        Assert.Contains(g.Exemples, c => c.Message == "l'événement (TYPEV = 1) est daté du 31/12/2023 (DATDEB), hors de l'année 2024 du fichier.");
        Assert.Contains(g.Exemples, c => c.Message == "la fin (01/05/2024) précède le début (01/06/2024).");
        Assert.Contains(g.Exemples, c => c.Message.Contains("n'est pas une date", StringComparison.Ordinal));
        Assert.Contains(g.Exemples, c => c.Message.Contains("avant le mois de naissance (03/2024)", StringComparison.Ordinal));
    }

    [Fact]
    public void Identite_refuse_un_pseudonyme_avec_deux_sexes_ou_deux_mois_de_naissance()
    {
        Assert.Null(Groupe("IDENTITE", LigneNumero(1), LigneNumero(2, ("TYPEV", "3"), ("DATFIN", "2024-05-01"), ("MOTFININT", "1"))));
        Assert.Null(Groupe("IDENTITE", LigneNumero(1), LigneNumero(2, ("NUMANONYM", new string('C', 40)), ("SEXE", "1"))));
        var g = Groupe("IDENTITE", LigneNumero(1), LigneNumero(2, ("SEXE", "1")), LigneNumero(3, ("MNAIS", "04")))!;
        Assert.Equal(2, g.Bloquants);
        Assert.Equal([2, 3], g.Exemples.Select(c => c.Ligne));
        Assert.Contains("l'enregistrement 1 donne SEXE=2, ANAIS=2014, MNAIS=02", g.Exemples[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valeurs_refuse_un_code_hors_liste_et_un_identifiant_mal_forme()
    {
        Assert.Null(Groupe("VALEURS", Ligne()));
        Assert.Null(Groupe("VALEURS", Ligne(("NUMANONYMANT", new string('d', 40)), ("LIEUPLAC", "13"))));
        var g = Groupe("VALEURS", Ligne(("NATPDECADM", "AIDE_FIN")), Ligne(("NUMANONYM", "1234")), Ligne(("SEXE", "3")), Ligne(("NUMDEP", "100")), Ligne(("MNAIS", "13")))!;
        Assert.Equal(5, g.Bloquants);
        Assert.Contains(g.Exemples, c => c.Message.StartsWith("NATPDECADM = « AIDE_FIN » n'est pas dans la liste de codes NATPDECADM", StringComparison.Ordinal));
        Assert.Contains(g.Exemples, c => c.Message == "NUMANONYM doit compter 40 caractères hexadécimaux (lu : 4 caractère(s)).");
    }

    [Fact]
    public void Le_rapport_groupe_par_regle_avec_les_comptes_en_francais()
    {
        var r = ValidateurOlinpe.Valider(Table, 2024, [Ligne(("SEXE", "9")), LigneNumero(2, ("NATDECASSED", "1"), ("NUMANONYM", new string('E', 40)))]);
        Assert.False(r.Transmissible);
        Assert.Equal((1, 1, 2), (r.Bloquants, r.Avertissements, r.Pseudonymes));
        var texte = r.Texte().ToList();
        Assert.Equal("Contrôle OLINPE de l'année 2024 : 2 enregistrement(s) (débuts : 2), 2 enfant(s).", texte[0]);
        Assert.Contains("[COHERENCE] Cohérence entre variables : 1 erreur(s) bloquante(s), 0 avertissement(s) (NATDECASSED : 1).", texte);
        Assert.Equal("1 erreur(s) bloquante(s) : le fichier ne doit pas être transmis en l'état.", texte[^1]);
    }

    // ---- File ----

    [Fact]
    public void Le_fichier_xml_est_relu_a_l_identique_et_reproductible_octet_pour_octet()
    {
        byte[] Ecrire(FormatOlinpe f)
        {
            var m = new MemoryStream();
            using (var w = new EcrivainOlinpe(m, Table, f, D("2024-12-31")))
                for (var i = 1; i <= 3; i++) w.Ecrire(LigneNumero(i));
            return m.ToArray();
        }
        foreach (var f in new[] { FormatOlinpe.Xml, FormatOlinpe.Csv })
        {
            var a = Ecrire(f);
            Assert.Equal(a, Ecrire(f));
            var relues = LecteurOlinpe.Lire(new MemoryStream(a), Table, f).ToList();
            Assert.Equal(3, relues.Count);
            Assert.Equal(LigneNumero(2).Valeurs, relues[1].Valeurs);
            Assert.Equal(2024, LecteurOlinpe.AnneeProbable(() => new MemoryStream(a), Table, f));
        }
        var xml = Encoding.UTF8.GetString(Ecrire(FormatOlinpe.Xml));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<DECRET>\n  <INTRO>\n    <VERSIONXSD>1.22</VERSIONXSD>\n    <DATEXPORT>2024-12-31</DATEXPORT>\n  </INTRO>\n  <DONNEE>\n    <NUMDEP>61</NUMDEP>", xml);
    }
}
