using Sillage.Demo;
using Xunit.Abstractions;

namespace Sillage.Demo.Tests;

public class RealismeTests(ITestOutputHelper sortie)
{
    [Theory]
    [InlineData("61")]
    [InlineData("91")]
    public void Diagnostic(string code)
    {
        var jeu = Jeux.Get(code);
        var lieux = jeu.Lieux.ToDictionary(l => l.Id);
        foreach (var type in jeu.Lieux.Select(l => l.Type).Distinct().Order())
        {
            var ligne = new List<string>();
            for (var annee = 2015; annee <= 2024; annee++)
            {
                var s = new DateOnly(annee, 12, 31);
                var places = jeu.Lieux.Where(l => l.Type == type && l.DateOuverture <= s && (l.DateFermeture is null || s <= l.DateFermeture)).Sum(l => l.Capacite);
                var occ = jeu.Sejours.Count(x => x.LieuId is { } id && lieux[id].Type == type && Comptage.Actif(x.DateDebut, x.DateFin, s));
                ligne.Add(places == 0 ? "-" : $"{100.0 * occ / places:F0}");
            }
            sortie.WriteLine($"{type,-22} {string.Join(' ', ligne)}");
        }
        for (var annee = 2015; annee <= 2024; annee++)
        {
            var c = Comptage.Compter(jeu, new DateOnly(annee, 12, 31));
            sortie.WriteLine($"{annee} A={c.GetValueOrDefault("A")} apjm={c.GetValueOrDefault("ap_jeunes_majeurs")} plac={c.GetValueOrDefault("placement_ase_juge")} B={c.GetValueOrDefault("B")} aed={c.GetValueOrDefault("aed")} aemo={c.GetValueOrDefault("aemo")} fa={c.GetValueOrDefault("heberg_familles_accueil")} et={c.GetValueOrDefault("heberg_etablissements")} au={c.GetValueOrDefault("heberg_autonomes")} at={c.GetValueOrDefault("heberg_autres")}");
        }
        foreach (var (f, n) in jeu.Comptes) sortie.WriteLine($"{f}: {n}");
    }
}
