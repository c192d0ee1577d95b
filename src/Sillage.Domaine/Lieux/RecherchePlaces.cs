using Sillage.Domaine.Echange;
using Sillage.Domaine.Regles;

namespace Sillage.Domaine.Lieux;

/// <summary>What the search needs of a lieu d'accueil.</summary>
public sealed record LieuOffre(int Id, string Type, string Nom, string Territoire, int Capacite, int? AgeMin, int? AgeMax, string? Sexe,
    DateOnly? Ouverture, DateOnly? Fermeture, IReadOnlySet<string> Specialites)
{
    public bool OuvertLe(DateOnly jour) => (Ouverture is null || Ouverture <= jour) && (Fermeture is null || jour <= Fermeture);
}

/// <summary>Places taken on a day: séjours active, reservations held, places declared unavailable.</summary>
public readonly record struct Occupation(int Sejours, int Reservations, int Indisponibles)
{
    public int Prises => Sejours + Reservations + Indisponibles;
}

public sealed partial record EnfantCherche(int Age, string Sexe)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"(\d{1,2})\s*([MF])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AgeSexe();

    /// <summary>Reads « 8 F, 11 M » (the search form and the API's ages parameter).</summary>
    public static List<EnfantCherche> Lire(string? texte) =>
        AgeSexe().Matches(texte ?? "").Select(m => new EnfantCherche(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value.ToUpperInvariant())).ToList();
}

public sealed record CriteresPlace(DateOnly Date, IReadOnlyList<EnfantCherche> Enfants, string? Territoire = null, string? Type = null,
    IReadOnlyList<string>? Besoins = null, bool FratrieEnsemble = true, bool Urgence = false);

public sealed record PropositionPlace(LieuOffre Lieu, Occupation Occupation, int Libres, int EnfantsAccueillables, bool Convient, bool ToutLaFratrie,
    bool MemeTerritoire, IReadOnlyList<string> Raisons);

/// <summary>
/// Availability is never typed: free places on a day = capacity − séjours active − reservations held
/// − places declared unavailable. The search says for each lieu whether it fits and, if not, why.
/// </summary>
public static class RecherchePlaces
{
    public static readonly IReadOnlyDictionary<string, string> Besoins = new Dictionary<string, string>
    {
        ["HANDICAP"] = "accueil d'un enfant en situation de handicap",
        ["POUPONNIERE"] = "accueil de nourrissons",
        ["MERE_ENFANT"] = "accueil mère-enfant",
    };

    public static int Libres(int capacite, Occupation o) => Math.Max(0, capacite - o.Prises);

    public static int Libres(LieuOffre lieu, Occupation o) => Libres(lieu.Capacite, o);

    /// <summary>
    /// Every lieu with whether it fits and why not, best first: the whole fratrie together (when asked), fits, same territory,
    /// most free places, then by name (ordinal). The order is a single integer key sorted stably over the lieux taken by name
    /// — the same order as comparing the five keys one after the other, without comparing names between lieux of different rank.
    /// </summary>
    public static List<PropositionPlace> Rechercher(IEnumerable<LieuOffre> lieux, Func<int, Occupation> occupation, CriteresPlace c) =>
        Meilleurs(lieux, occupation, c, int.MaxValue, out _);

    /// <summary>
    /// The first <paramref name="nombre"/> propositions of <see cref="Rechercher"/> (same order) and, in
    /// <paramref name="possibles"/>, how many lieux fit. The page shows the first hundred of some 2,600 lieux: every lieu is
    /// ranked, but the reasons are written only for those returned (they were most of the search's cost).
    /// </summary>
    public static List<PropositionPlace> Meilleurs(IEnumerable<LieuOffre> lieux, Func<int, Occupation> occupation, CriteresPlace c, int nombre, out int possibles)
    {
        var parNom = lieux switch
        {
            LieuxParNom tries => tries,
            _ => LieuxParNom.Trier(lieux),
        };
        if (parNom.Count >= 1 << BitsRang) throw new ArgumentException($"au plus {1 << BitsRang} lieux par recherche", nameof(lieux));
        var k = new Critere(c);
        var redaction = new Redaction(c);
        var tous = nombre >= parNom.Count;
        var resultat = new PropositionPlace[tous ? parNom.Count : 0];
        var ordre = new long[parNom.Count];
        var occupations = new Occupation[parNom.Count];
        possibles = 0;
        for (var i = 0; i < parNom.Count; i++)
        {
            var o = occupations[i] = occupation(parNom[i].Id);
            // Everything returned: one pass, reasons written. Otherwise only the rank now (nothing allocated).
            var p = Evaluer(parNom[i], o, k, tous ? redaction : null);
            if (p.Convient) possibles++;
            if (tous) resultat[i] = Proposition(parNom[i], o, p, redaction);
            // The five criteria in turn as one key (free places fit in 31 bits), best first, then the order by name (the index):
            // an ascending sort of these integers is the stable descending sort of the ranks.
            var rang = ((k.FratrieEnsemble && p.ToutLaFratrie ? 1L : 0) << 34) | ((p.Convient ? 1L : 0) << 33) | ((p.MemeTerritoire ? 1L : 0) << 32) | (uint)p.Libres;
            ordre[i] = ((RangMax - rang) << BitsRang) | (long)i;
        }
        Array.Sort(ordre);
        var n = Math.Min(nombre, ordre.Length);
        var liste = new List<PropositionPlace>(n);
        for (var j = 0; j < n; j++)
        {
            var i = (int)(ordre[j] & ((1L << BitsRang) - 1));
            liste.Add(tous ? resultat[i] : Proposition(parNom[i], occupations[i], Evaluer(parNom[i], occupations[i], k, redaction), redaction));
        }
        return liste;
    }

    /// <summary>Bits of a lieu's index in the sort key of <see cref="Meilleurs"/> (under a rank of 35 bits).</summary>
    private const int BitsRang = 24;
    private const long RangMax = (1L << 35) - 1;

    /// <summary>The criteria of one search, read once for all the lieux (arrays, not interfaces; the hotel rule decided once).</summary>
    private sealed class Critere
    {
        public readonly CriteresPlace C;
        public readonly EnfantCherche[] Enfants;
        public readonly string[] Besoins;
        public readonly int Fratrie;
        public readonly bool FratrieEnsemble;
        /// <summary>CASF L221-2-3: no hotel from 01/02/2024, but in an emergency for young people of 16 or more.</summary>
        public readonly bool HotelInterdit;

        public Critere(CriteresPlace c)
        {
            C = c;
            Enfants = [.. c.Enfants];
            Besoins = [.. c.Besoins ?? []];
            Fratrie = Math.Max(1, Enfants.Length);
            FratrieEnsemble = c.FratrieEnsemble;
            HotelInterdit = c.Date >= Invariants.InterdictionHotel && !(c.Urgence && c.Enfants.All(e => e.Age >= 16));
        }
    }

    /// <summary>What ranks a lieu for a search.</summary>
    private readonly record struct Evaluation(int Libres, int Accueillables, bool Convient, bool ToutLaFratrie, bool MemeTerritoire);

    private static PropositionPlace Proposition(LieuOffre l, Occupation o, Evaluation e, Redaction redaction)
    {
        var raisons = redaction.Raisons;
        IReadOnlyList<string> liste = raisons.Count switch { 0 => [], 1 => [raisons[0]], _ => raisons.Distinct().ToList() };
        return new(l, o, e.Libres, e.Accueillables, e.Convient, e.ToutLaFratrie, e.MemeTerritoire, liste);
    }

    /// <summary>The sentences of one search: the same few recur over thousands of lieux (ages, free places), each is written once.</summary>
    private sealed class Redaction(CriteresPlace c)
    {
        private readonly Dictionary<(int Sorte, int A, int B), string> _phrases = [];
        public readonly string Ferme = $"fermé le {c.Date:dd/MM/yyyy}";
        public readonly List<string> Raisons = [];

        public string Phrase(int sorte, int a, int b, Func<string> ecrire)
        {
            if (!_phrases.TryGetValue((sorte, a, b), out var p)) _phrases[(sorte, a, b)] = p = ecrire();
            return p;
        }
    }

    /// <summary>Whether <paramref name="l"/> fits and, with a <paramref name="redaction"/>, why not (in its
    /// <see cref="Redaction.Raisons"/>; without, no reason is written). Indexed loops over arrays: nothing allocated per lieu.</summary>
    private static Evaluation Evaluer(LieuOffre l, Occupation o, Critere k, Redaction? redaction)
    {
        var c = k.C;
        var n = k.Fratrie;
        var raisons = redaction?.Raisons;
        raisons?.Clear();
        // Blocking: any reason but a fratrie that does not fit whole or a child outside the lieu's ages or sex.
        var bloquant = false;
        if (!l.OuvertLe(c.Date)) { raisons?.Add(redaction!.Ferme); bloquant = true; }
        if (c.Type is not null && l.Type != c.Type)
        {
            raisons?.Add($"type {Codes.TypesLieu.GetValueOrDefault(l.Type, l.Type)} (demandé : {Codes.TypesLieu.GetValueOrDefault(c.Type, c.Type)})");
            bloquant = true;
        }
        if (k.HotelInterdit && l.Type == "HOTEL")
        {
            raisons?.Add("hôtel interdit depuis le 01/02/2024, sauf urgence pour un jeune d'au moins 16 ans (CASF L221-2-3)");
            bloquant = true;
        }
        var besoins = k.Besoins;
        for (var i = 0; i < besoins.Length; i++)
        {
            var b = besoins[i];
            if (!l.Specialites.Contains(b) && !(b == "POUPONNIERE" && l.Type == "POUPONNIERE") && !(b == "MERE_ENFANT" && l.Type == "CENTRE_MATERNEL"))
            {
                raisons?.Add($"ne propose pas l'{Besoins.GetValueOrDefault(b, b)}");
                bloquant = true;
            }
        }
        var accueillables = 0;
        var enfants = k.Enfants;
        for (var i = 0; i < enfants.Length; i++)
        {
            var (age, sexe) = (enfants[i].Age, enfants[i].Sexe);
            var hors = l.AgeMin is { } min && age < min ? 0 : l.AgeMax is { } max && age > max ? 1 : l.Sexe is { } sx && sx != sexe ? 2 : -1;
            if (hors < 0) { accueillables++; continue; }
            if (redaction is null) continue;
            raisons!.Add(hors switch
            {
                0 => redaction.Phrase(0, age, l.AgeMin!.Value, () => $"enfant de {age} ans : âge minimal {l.AgeMin} ans"),
                1 => redaction.Phrase(1, age, l.AgeMax!.Value, () => $"enfant de {age} ans : âge maximal {l.AgeMax} ans"),
                _ => l.Sexe == "F" ? "accueille uniquement des filles" : "accueille uniquement des garçons",
            });
        }
        var libres = Libres(l, o);
        if (libres == 0)
        {
            raisons?.Add(o.Prises > l.Capacite ? $"aucune place libre (sur-occupation : {o.Prises} pour {l.Capacite})" : "aucune place libre");
            bloquant = true;
        }
        else if (k.FratrieEnsemble && n > 1 && libres < n)
            raisons?.Add(redaction!.Phrase(2, libres, n, () => $"{libres} place(s) libre(s) pour {n} enfants"));
        var convient = !bloquant && accueillables > 0 && libres > 0;
        var toutLaFratrie = convient && accueillables == enfants.Length && libres >= n;
        var memeTerritoire = c.Territoire is not null && l.Territoire == c.Territoire;
        return new(libres, accueillables, convient, toutLaFratrie, memeTerritoire);
    }
}

/// <summary>Lieux sorted by name (ordinal), as the search ranks them: sorted once when read (the shared copy of the lieux),
/// then searched many times.</summary>
public sealed class LieuxParNom : IReadOnlyList<LieuOffre>
{
    private readonly List<LieuOffre> _lieux;

    private LieuxParNom(List<LieuOffre> lieux) => _lieux = lieux;

    public static LieuxParNom Trier(IEnumerable<LieuOffre> lieux) => new(lieux.OrderBy(l => l.Nom, StringComparer.Ordinal).ToList());

    public LieuOffre this[int index] => _lieux[index];
    public int Count => _lieux.Count;
    public IEnumerator<LieuOffre> GetEnumerator() => _lieux.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
