using Sillage.Domaine.Observatoire;

namespace Sillage.Domaine.Tests;

public class LecturePopulationTests
{
    private static (List<LignePopulation> Lignes, List<string> Erreurs) Lire(string texte) => LecturePopulation.Lire(new StringReader(texte));

    [Fact]
    public void Un_fichier_valide_est_lu_avec_ou_sans_bom()
    {
        var (lignes, erreurs) = Lire("\uFEFFannee;territoire;age;effectif\n2021;*;0;9876\n2021;NORD;20;12\n\n");
        Assert.Empty(erreurs);
        Assert.Equal([new LignePopulation(2021, "*", 0, 9876), new LignePopulation(2021, "NORD", 20, 12)], lignes);
    }

    [Theory]
    [InlineData("annee;age\n", "Ligne 1 : l'en-tête doit être « annee;territoire;age;effectif ».")]
    [InlineData("annee;territoire;age;effectif\n", "Le fichier ne contient aucune ligne de population.")]
    [InlineData("annee;territoire;age;effectif\n2021;*;0\n", "Ligne 2 : 4 colonnes attendues, 3 trouvées.")]
    [InlineData("annee;territoire;age;effectif\n21;*;0;5\n", "Ligne 2, colonne annee : « 21 » n'est pas un entier entre 1900 et 2999.")]
    [InlineData("annee;territoire;age;effectif\n2021;*;-1;5\n", "Ligne 2, colonne age : « -1 » n'est pas un entier entre 0 et 120.")]
    [InlineData("annee;territoire;age;effectif\n2021;;1;5\n", "Ligne 2, colonne territoire : obligatoire (code du territoire, ou * pour le département).")]
    [InlineData("annee;territoire;age;effectif\n2021;*;1;5\n2021;*;1;6\n", "Ligne 3 : l'année 2021, le territoire * et l'âge 1 figurent déjà plus haut.")]
    public void Chaque_erreur_nomme_la_ligne_la_colonne_et_la_regle(string texte, string erreur) => Assert.Contains(erreur, Lire(texte).Erreurs);
}
