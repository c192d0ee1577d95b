using System.Text;
using Sillage.Domaine.Echange;

namespace Sillage.Domaine.Tests;

/// <summary>Reading the interchange format without a database: header, encoding, line numbers, references, legal rules.</summary>
public sealed class LectureEchangeTests : IDisposable
{
    private readonly string _dossier = Path.Combine(Path.GetTempPath(), "sillage-lecture-tests", Guid.NewGuid().ToString("N"));
    private static readonly DateOnly Aujourdhui = new(2025, 6, 1);

    public LectureEchangeTests() => Directory.CreateDirectory(_dossier);

    public void Dispose() => Directory.Delete(_dossier, true);

    private void Ecrire(string fichier, string contenu, bool bom = false) =>
        File.WriteAllText(Path.Combine(_dossier, fichier), contenu, new UTF8Encoding(bom));

    private const string Enfants = "id;nom;prenoms;sexe;date_naissance;territoire;famille;mna;nom_naissance_mere\n";

    [Fact]
    public void BOM_colonnes_dans_un_autre_ordre_et_champs_entre_guillemets()
    {
        Ecrire("enfants.csv", "territoire;id;nom;prenoms;sexe;date_naissance;famille;mna;nom_naissance_mere\r\nN;E1;\"DU; PONT\";\"Anne\nMarie\";F;2015-01-01;;0;\nN;E2;MARTIN;Paul;M;2016-02-02;F1;1;DURAND\n", bom: true);
        var r = new ReferencesExistantes();
        r.Territoires.Add("N");

        var lot = LectureEchange.Lire(_dossier, r, Aujourdhui);

        Assert.Empty(lot.Erreurs);
        Assert.Equal(2, lot.Enfants.Count);
        Assert.Equal("DU; PONT", lot.Enfants[0].Nom);
        Assert.Equal("Anne\nMarie", lot.Enfants[0].Prenoms);
        Assert.Equal(2, lot.Enfants[0].Ligne);
        // The first record spans lines 2 and 3: the second starts on line 4.
        Assert.Equal(4, lot.Enfants[1].Ligne);
        Assert.True(lot.Enfants[1].Mna);
        Assert.Equal(64, Assert.Single(lot.Fichiers, f => f.Present).Sha256!.Length);
    }

    [Fact]
    public void Une_erreur_apres_un_champ_multiligne_porte_le_bon_numero_de_ligne()
    {
        Ecrire("enfants.csv", Enfants + "E1;NOM;\"A\nB\nC\";F;2015-01-01;N;;0;\n\nE2;NOM;P;F;2015-31-01;N;;0;\n");
        var r = new ReferencesExistantes();
        r.Territoires.Add("N");

        var e = Assert.Single(LectureEchange.Lire(_dossier, r, Aujourdhui).Erreurs);

        Assert.Equal("enfants.csv:6: date_naissance: « 2015-31-01 » n'est pas une date valide au format AAAA-MM-JJ.", e.ToString());
    }

    [Fact]
    public void Un_fichier_non_UTF8_est_refuse()
    {
        File.WriteAllBytes(Path.Combine(_dossier, "enfants.csv"), Encoding.Latin1.GetBytes(Enfants + "E1;LEFÈVRE;Noé;M;2015-01-01;N;;0;\n"));

        var e = Assert.Single(LectureEchange.Lire(_dossier, new ReferencesExistantes(), Aujourdhui).Erreurs);

        Assert.Equal("enfants.csv", e.Fichier);
        Assert.Contains("UTF-8", e.Message);
    }

    [Fact]
    public void Les_references_a_la_base_sont_acceptees_et_les_regles_utilisent_ses_dates()
    {
        Ecrire("enfants.csv", Enfants);
        Ecrire("sejours.csv", "id;enfant_id;mesure_id;lieu_id;mode;date_debut;date_fin;motif\nS1;B1;MB;LB;LIEU;2024-03-01;2024-03-20;urgence\n");
        var r = new ReferencesExistantes();
        r.Enfants["B1"] = new DateOnly(2007, 1, 1);
        r.Lieux["LB"] = "HOTEL";
        r.Mesures["MB"] = new MesureExistante("B1", new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 29));

        var lot = LectureEchange.Lire(_dossier, r, Aujourdhui);

        Assert.Empty(lot.Erreurs);
        // 17 years old, 19 days, with a reason: the hotel derogation applies; but the séjour ends after its measure.
        var a = Assert.Single(lot.Anomalies);
        Assert.Equal(("sejours.csv", 2, "date_debut", "SEJOUR_HORS_MESURE", "B1"), (a.Fichier, a.Ligne, a.Colonne, a.Regle, a.EnfantId));
    }

    [Fact]
    public void Toutes_les_erreurs_sont_triees_par_fichier_puis_ligne()
    {
        Ecrire("enfants.csv", Enfants + "E1;A;B;F;2015-01-01;N;;0;\nE2;A;B;X;2015-01-01;N;;0;\n");
        Ecrire("mesures.csv", "id;enfant_id;type;date_decision;date_debut;date_fin_prevue;date_fin;motif_fin;renouvelle\nM1;E1;AEMO;2020-01-01;2020-01-01;2023-01-01;;;\nM2;E1;INCONNU;2020-01-01;;;;;\n");
        var r = new ReferencesExistantes();
        r.Territoires.Add("N");

        var toutes = LectureEchange.Lire(_dossier, r, Aujourdhui).ToutesErreurs().Select(e => $"{e.Fichier}:{e.Ligne}: {e.Colonne}").ToList();

        Assert.Equal(["enfants.csv:3: sexe", "mesures.csv:2: date_fin_prevue", "mesures.csv:3: type"], toutes);
    }
}
