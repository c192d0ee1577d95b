using Bogus;
using Sillage.Demo.Drees;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Temps;

namespace Sillage.Demo;

/// <summary>One generation run. Every random draw comes from one seeded generator, in a fixed order.</summary>
internal sealed partial class Construction
{
    private static readonly DateOnly Debut = GenerateurDemo.DebutHistoire;
    private static readonly DateOnly Fin = GenerateurDemo.FinHistoire;
    private static readonly DateOnly D = GenerateurDemo.DateDrees;
    private static readonly DateOnly FinHotel = new(2024, 1, 31);

    private readonly LigneDrees2020 _drees;
    private readonly int _graine;
    private readonly Random _rnd;
    private readonly Faker _faker;

    private readonly List<TerritoireDemo> _territoires = [];
    private double[] _poidsTerritoires = [];
    private readonly List<Enf> _enfants = [];
    private readonly List<Entree> _entrees = [];
    private int _familles;

    public Construction(LigneDrees2020 drees, int graine)
    {
        _drees = drees;
        _graine = graine;
        var graineDepartement = HashStable(drees.CodeDepartement) ^ graine;
        _rnd = new Random(graineDepartement);
        _faker = new Faker("fr") { Random = new Randomizer(graineDepartement) };
    }

    private static int HashStable(string s)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }

    // ---------------------------------------------------------------- working model

    internal sealed class Enf
    {
        public int Numero;
        public string Id = "";
        public string Nom = "";
        public string Prenoms = "";
        public string Sexe = "M";
        public DateOnly Naissance;
        public string Territoire = "";
        public string? Famille;
        public bool Mna;
        public string? NomMere;
        public readonly List<Ep> Episodes = [];
        public DateOnly Majorite => Ages.DateDesAns(Naissance, 18);
    }

    internal sealed class Ep
    {
        public required Enf Enfant;
        public required TypeMesure Type;
        public DateOnly? Debut;
        public DateOnly? Fin;
        public readonly List<Mes> Mesures = [];
        public readonly List<Seg> Segments = [];
    }

    internal sealed class Mes
    {
        public required TypeMesure Type;
        public DateOnly Decision;
        public DateOnly? Debut;
        public DateOnly? FinPrevue;
        public DateOnly? Fin;
        public string? Motif;
        public Mes? Renouvelle;
        public string Id = "";
    }

    internal sealed class Seg
    {
        public required Enf Enfant;
        public required Ep Ep;
        public required string Mode;
        public string? TypeLieu;
        public DateOnly Debut;
        public DateOnly? Fin;
        public Lieu? Lieu;
        public string? Motif;
    }

    internal sealed class Lieu
    {
        public string Id = "";
        public required string Type;
        public string Nom = "";
        public required string Territoire;
        public int Capacite;
        public int AgeMin;
        public int AgeMax;
        public DateOnly Ouverture;
        public DateOnly? Fermeture;
        public readonly List<int> FinsActives = [];
        public DateOnly? PremierSejour;
    }

    /// <summary>An entry into the CRIP register: one information concerning one or several children.</summary>
    internal sealed class Entree
    {
        public readonly List<Enf> Enfants = [];
        /// <summary>Set for informations that lead to no measure.</summary>
        public DateOnly? Reception;
    }

    // ---------------------------------------------------------------- random helpers

    private double U() => _rnd.NextDouble();
    private bool P(double p) => _rnd.NextDouble() < p;
    private int Entre(int min, int max) => _rnd.Next(min, max + 1);
    private int ExpJours(double moyenneJours) => (int)Math.Round(-Math.Log(1 - _rnd.NextDouble()) * moyenneJours);
    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _rnd.NextDouble())) * Math.Cos(2 * Math.PI * _rnd.NextDouble());

    private T Choisir<T>(params (T Valeur, double Poids)[] choix)
    {
        var total = 0.0;
        foreach (var c in choix) total += c.Poids;
        var x = U() * total;
        foreach (var c in choix)
        {
            x -= c.Poids;
            if (x < 0 && c.Poids > 0) return c.Valeur;
        }
        for (var i = choix.Length - 1; i >= 0; i--) if (choix[i].Poids > 0) return choix[i].Valeur;
        throw new InvalidOperationException("Aucun choix possible.");
    }

    private int ChoisirIndice(IReadOnlyList<double> poids)
    {
        var total = poids.Sum();
        var x = U() * total;
        for (var i = 0; i < poids.Count; i++)
        {
            x -= poids[i];
            if (x < 0) return i;
        }
        return poids.Count - 1;
    }

    private void Melanger<T>(IList<T> liste)
    {
        for (var i = liste.Count - 1; i > 0; i--)
        {
            var j = _rnd.Next(i + 1);
            (liste[i], liste[j]) = (liste[j], liste[i]);
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>A birth date such that the child is exactly <paramref name="age"/> on <paramref name="jour"/>.</summary>
    private DateOnly NaissancePourAge(DateOnly jour, int age)
    {
        var n = jour.AddYears(-age).AddDays(-_rnd.Next(365));
        while (Ages.AgeAu(n, jour) > age) n = n.AddDays(1);
        while (Ages.AgeAu(n, jour) < age) n = n.AddDays(-1);
        return n;
    }

    // ---------------------------------------------------------------- children and families

    private string NouvelleFamille() => $"F{++_familles:D6}";

    private Enf NouvelEnfant(DateOnly naissance, string? sexe = null, Enf? frere = null, bool mna = false)
    {
        var e = new Enf
        {
            Numero = _enfants.Count,
            Naissance = naissance,
            Sexe = sexe ?? (P(0.55) ? "M" : "F"),
            Mna = mna,
        };
        if (frere is not null)
        {
            frere.Famille ??= NouvelleFamille();
            e.Famille = frere.Famille;
            e.Nom = frere.Nom;
            e.Territoire = frere.Territoire;
            e.NomMere = frere.NomMere;
        }
        else
        {
            e.Nom = _faker.Name.LastName().ToUpperInvariant();
            e.Territoire = _territoires[ChoisirIndice(_poidsTerritoires)].Code;
            e.NomMere = mna || P(0.3) ? null : _faker.Name.LastName().ToUpperInvariant();
        }
        var genre = e.Sexe == "M" ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female;
        e.Prenoms = P(0.3) ? $"{_faker.Name.FirstName(genre)} {_faker.Name.FirstName(genre)}" : _faker.Name.FirstName(genre);
        _enfants.Add(e);
        return e;
    }

    public JeuDemo Construire()
    {
        CreerTerritoires();
        var population = CreerPopulation();
        CreerPhoto();
        CreerHistoire();
        CreerAttentes();
        CreerInformationsSeules();
        var lieux = CreerLieuxEtAffecter();
        return Materialiser(population, lieux);
    }
}
