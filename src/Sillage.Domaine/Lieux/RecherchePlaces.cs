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
    /// most free places, then by name (ordinal). Called on every search: the order is a single integer key sorted stably over
    /// the lieux taken by name — the same order as comparing the five keys one after the other, without comparing names
    /// between lieux of different rank.
    /// </summary>
    public static List<PropositionPlace> Rechercher(IEnumerable<LieuOffre> lieux, Func<int, Occupation> occupation, CriteresPlace c)
    {
        var n = Math.Max(1, c.Enfants.Count);
        var parNom = lieux as IReadOnlyList<LieuOffre> ?? lieux.ToList();
        if (!TriesParNom(parNom)) parNom = parNom.OrderBy(l => l.Nom, StringComparer.Ordinal).ToList();
        var resultat = new PropositionPlace[parNom.Count];
        var cles = new long[parNom.Count];
        var raisons = new List<string>();
        // The same few sentences recur over thousands of lieux (ages, free places): each is written once per search.
        var phrases = new Dictionary<(int Sorte, int A, int B), string>();
        string Phrase(int sorte, int a, int b, Func<string> ecrire)
        {
            if (!phrases.TryGetValue((sorte, a, b), out var p)) phrases[(sorte, a, b)] = p = ecrire();
            return p;
        }
        var ferme = $"fermé le {c.Date:dd/MM/yyyy}";
        for (var i = 0; i < parNom.Count; i++)
        {
            var l = parNom[i];
            raisons.Clear();
            // Blocking: any reason but a fratrie that does not fit whole or a child outside the lieu's ages or sex.
            var bloquant = false;
            if (!l.OuvertLe(c.Date)) { raisons.Add(ferme); bloquant = true; }
            if (c.Type is not null && l.Type != c.Type) { raisons.Add($"type {Codes.TypesLieu.GetValueOrDefault(l.Type, l.Type)} (demandé : {Codes.TypesLieu.GetValueOrDefault(c.Type, c.Type)})"); bloquant = true; }
            if (l.Type == "HOTEL" && c.Date >= Invariants.InterdictionHotel && !(c.Urgence && c.Enfants.All(e => e.Age >= 16)))
            {
                raisons.Add("hôtel interdit depuis le 01/02/2024, sauf urgence pour un jeune d'au moins 16 ans (CASF L221-2-3)");
                bloquant = true;
            }
            foreach (var b in c.Besoins ?? [])
                if (!l.Specialites.Contains(b) && !(b == "POUPONNIERE" && l.Type == "POUPONNIERE") && !(b == "MERE_ENFANT" && l.Type == "CENTRE_MATERNEL"))
                {
                    raisons.Add($"ne propose pas l'{Besoins.GetValueOrDefault(b, b)}");
                    bloquant = true;
                }
            var accueillables = 0;
            foreach (var e in c.Enfants)
            {
                var motif = l.AgeMin is { } min && e.Age < min ? Phrase(0, e.Age, min, () => $"enfant de {e.Age} ans : âge minimal {min} ans")
                    : l.AgeMax is { } max && e.Age > max ? Phrase(1, e.Age, max, () => $"enfant de {e.Age} ans : âge maximal {max} ans")
                    : l.Sexe is { } sx && sx != e.Sexe ? (sx == "F" ? "accueille uniquement des filles" : "accueille uniquement des garçons")
                    : null;
                if (motif is null) accueillables++;
                else raisons.Add(motif);
            }
            var o = occupation(l.Id);
            var libres = Libres(l, o);
            if (libres == 0)
            {
                raisons.Add(o.Prises > l.Capacite ? $"aucune place libre (sur-occupation : {o.Prises} pour {l.Capacite})" : "aucune place libre");
                bloquant = true;
            }
            else if (c.FratrieEnsemble && n > 1 && libres < n) raisons.Add(Phrase(2, libres, n, () => $"{libres} place(s) libre(s) pour {n} enfants"));
            var convient = !bloquant && accueillables > 0 && libres > 0;
            var toutLaFratrie = convient && accueillables == c.Enfants.Count && libres >= n;
            var memeTerritoire = c.Territoire is not null && l.Territoire == c.Territoire;
            resultat[i] = new(l, o, libres, accueillables, convient, toutLaFratrie, memeTerritoire,
                raisons.Count switch { 0 => [], 1 => [raisons[0]], _ => raisons.Distinct().ToList() });
            // Descending order of this key = the five criteria in turn (free places fit in 31 bits).
            cles[i] = ((c.FratrieEnsemble && toutLaFratrie ? 1L : 0) << 34) | ((convient ? 1L : 0) << 33) | ((memeTerritoire ? 1L : 0) << 32) | (uint)libres;
        }
        // Stable (OrderByDescending keeps the order by name among equal keys).
        return Enumerable.Range(0, resultat.Length).OrderByDescending(i => cles[i]).Select(i => resultat[i]).ToList();
    }

    private static bool TriesParNom(IReadOnlyList<LieuOffre> lieux)
    {
        for (var i = 1; i < lieux.Count; i++)
            if (string.CompareOrdinal(lieux[i - 1].Nom, lieux[i].Nom) > 0) return false;
        return true;
    }
}
