using Sillage.Domaine.Enfants;
using Sillage.Domaine.Referentiel;

namespace Sillage.Domaine.Tests;

public class EnfantsTests
{
    [Theory]
    [InlineData("DUPONT", "Éloïse Marie", "DUPONT ELOISE MARIE")]
    [InlineData("dupont", "marie éloïse", "DUPONT ELOISE MARIE")]
    [InlineData("Le Bœuf", "Zoé-Anaïs", "ANAIS BOEUF LE ZOE")]
    [InlineData("N'Diaye", "Moussa", "DIAYE MOUSSA N")]
    public void La_cle_ignore_accents_casse_et_ordre(string nom, string prenoms, string attendu) =>
        Assert.Equal(attendu, CleRecherche.Calculer(nom, prenoms));

    [Fact]
    public void Identite_valide_sans_erreur() =>
        Assert.Empty(IdentiteEnfant.Valider("Martin", "Léa", "F", new DateOnly(2015, 3, 2), new DateOnly(2026, 11, 23)));

    [Fact]
    public void Identite_invalide_nomme_chaque_champ()
    {
        var e = IdentiteEnfant.Valider("", " ", "X", new DateOnly(2027, 1, 1), new DateOnly(2026, 11, 23));
        Assert.Equal(["Nom", "Prenoms", "Sexe", "DateNaissance"], e.Select(x => x.Champ));
        Assert.Contains("futur", e[3].Message);
        Assert.All(e, x => Assert.Contains(":", x.Message));
    }

    [Fact]
    public void Naissance_le_jour_meme_acceptee() =>
        Assert.Empty(IdentiteEnfant.Valider("A", "B", "M", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)));

    [Theory]
    [InlineData("MARTIN", "Léa", "MARTIN", "Lea Rose", true)]     // même nom
    [InlineData("MARTIN", "Léa", "MARTINE", "Léa", true)]         // une lettre d'écart
    [InlineData("MARTIN", "Léa", "DURAND", "Paul", false)]
    public void Ressemblance_a_meme_date(string nomA, string prenomsA, string nomB, string prenomsB, bool attendu)
    {
        var d = new DateOnly(2015, 1, 1);
        Assert.Equal(attendu, IdentiteEnfant.Ressemble(CleRecherche.Calculer(nomA, prenomsA), d, nomA, CleRecherche.Calculer(nomB, prenomsB), d, nomB));
    }

    [Fact]
    public void Pas_de_ressemblance_a_date_differente() =>
        Assert.False(IdentiteEnfant.Ressemble("MARTIN LEA", new DateOnly(2015, 1, 1), "MARTIN", "MARTIN LEA", new DateOnly(2015, 1, 2), "MARTIN"));

    [Theory]
    [InlineData("Kitten", "Sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "abc", 0)]
    public void Distance_de_Levenshtein(string a, string b, int d) => Assert.Equal(d, IdentiteEnfant.Distance(a, b));

    [Theory]
    [InlineData("61", true)] [InlineData("01", true)] [InlineData("95", true)] [InlineData("2A", true)] [InlineData("2b", true)]
    [InlineData("971", true)] [InlineData("976", true)] [InlineData("20", false)] [InlineData("00", false)] [InlineData("96", false)]
    [InlineData("977", false)] [InlineData("1", false)] [InlineData("", false)] [InlineData(null, false)] [InlineData("+1", false)]
    public void Codes_INSEE_des_departements(string? code, bool valide) => Assert.Equal(valide, CodesDepartement.EstValide(code));
}
