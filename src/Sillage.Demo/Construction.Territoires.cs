namespace Sillage.Demo;

internal sealed partial class Construction
{
    private static readonly string[] NomsDelegations =
        ["Nord", "Sud", "Est", "Ouest", "Centre", "Littoral", "Bocage", "Vallée"];

    /// <summary>National ratio of enfants accueillis (A + B) to the 0–20 population (DREES 2020: 199 530 for about 16.3 million).</summary>
    private const double AccueillisParHabitant0a20 = 0.0122;

    private int Accueillis => _drees.TotalEnfantsAccueillisAPlusB;

    private void CreerTerritoires()
    {
        // 4 délégations for the smallest départements, up to 8 for the largest.
        var n = Math.Clamp(4 + (int)Math.Floor(Math.Log2(Math.Max(1, Accueillis) / 500.0 + 1)), 4, 8);
        _poidsTerritoires = new double[n];
        for (var i = 0; i < n; i++)
        {
            _territoires.Add(new TerritoireDemo($"DT{i + 1:D2}", $"Délégation {NomsDelegations[i]}"));
            _poidsTerritoires[i] = 0.6 + 0.8 * U();
        }
        var total = _poidsTerritoires.Sum();
        for (var i = 0; i < n; i++) _poidsTerritoires[i] /= total;
    }

    /// <summary>
    /// INSEE-like population on 1 January by single year of age 0..20, per territory and for the whole
    /// département (<c>*</c>), 2015..2025: cohorts born after 2010 shrink 1.5 % a year, young adults
    /// (18–20) leave for their studies.
    /// </summary>
    private List<PopulationDemo> CreerPopulation()
    {
        var total0a20 = Math.Max(2000, Accueillis / AccueillisParHabitant0a20);
        static double Cohorte(int naissance) => naissance <= 2010 ? 1.0 : Math.Pow(0.985, naissance - 2010);
        static double Age(int age) => age >= 18 ? 0.88 : 1.0;
        var reference = Enumerable.Range(0, 21).Sum(a => Cohorte(2021 - a) * Age(a));
        var k = total0a20 / reference;
        var bruit = _territoires.Select(_ => Enumerable.Range(0, 21).Select(_ => 1 + 0.03 * Normal()).ToArray()).ToArray();
        var lignes = new List<PopulationDemo>();
        for (var annee = 2015; annee <= 2025; annee++)
        {
            var parAge = new int[21];
            var parTerritoire = new List<PopulationDemo>();
            for (var t = 0; t < _territoires.Count; t++)
            {
                for (var age = 0; age <= 20; age++)
                {
                    var effectif = (int)Math.Round(k * Cohorte(annee - age) * Age(age) * _poidsTerritoires[t] * bruit[t][age]);
                    parAge[age] += effectif;
                    parTerritoire.Add(new PopulationDemo(annee, _territoires[t].Code, age, effectif));
                }
            }
            for (var age = 0; age <= 20; age++) lignes.Add(new PopulationDemo(annee, "*", age, parAge[age]));
            lignes.AddRange(parTerritoire);
        }
        return lignes;
    }
}
