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

    public static List<PropositionPlace> Rechercher(IEnumerable<LieuOffre> lieux, Func<int, Occupation> occupation, CriteresPlace c)
    {
        var n = Math.Max(1, c.Enfants.Count);
        var resultat = new List<PropositionPlace>();
        foreach (var l in lieux)
        {
            var raisons = new List<string>();
            if (!l.OuvertLe(c.Date)) raisons.Add($"fermé le {c.Date:dd/MM/yyyy}");
            if (c.Type is not null && l.Type != c.Type) raisons.Add($"type {Codes.TypesLieu.GetValueOrDefault(l.Type, l.Type)} (demandé : {Codes.TypesLieu.GetValueOrDefault(c.Type, c.Type)})");
            if (l.Type == "HOTEL" && c.Date >= Invariants.InterdictionHotel && !(c.Urgence && c.Enfants.All(e => e.Age >= 16)))
                raisons.Add("hôtel interdit depuis le 01/02/2024, sauf urgence pour un jeune d'au moins 16 ans (CASF L221-2-3)");
            foreach (var b in c.Besoins ?? [])
                if (!l.Specialites.Contains(b) && !(b == "POUPONNIERE" && l.Type == "POUPONNIERE") && !(b == "MERE_ENFANT" && l.Type == "CENTRE_MATERNEL"))
                    raisons.Add($"ne propose pas l'{Besoins.GetValueOrDefault(b, b)}");
            var accueillables = 0;
            foreach (var e in c.Enfants)
            {
                var motif = l.AgeMin is { } min && e.Age < min ? $"enfant de {e.Age} ans : âge minimal {min} ans"
                    : l.AgeMax is { } max && e.Age > max ? $"enfant de {e.Age} ans : âge maximal {max} ans"
                    : l.Sexe is { } sx && sx != e.Sexe ? $"accueille uniquement des {(sx == "F" ? "filles" : "garçons")}"
                    : null;
                if (motif is null) accueillables++;
                else raisons.Add(motif);
            }
            var o = occupation(l.Id);
            var libres = Libres(l, o);
            if (libres == 0) raisons.Add(o.Prises > l.Capacite ? $"aucune place libre (sur-occupation : {o.Prises} pour {l.Capacite})" : "aucune place libre");
            else if (c.FratrieEnsemble && n > 1 && libres < n) raisons.Add($"{libres} place(s) libre(s) pour {n} enfants");
            var bloquant = raisons.Any(r => !r.Contains("place(s) libre(s) pour", StringComparison.Ordinal) && !r.StartsWith("enfant de", StringComparison.Ordinal) && !r.StartsWith("accueille uniquement", StringComparison.Ordinal));
            var convient = !bloquant && accueillables > 0 && libres > 0;
            resultat.Add(new(l, o, libres, accueillables, convient, convient && accueillables == c.Enfants.Count && libres >= n,
                c.Territoire is not null && l.Territoire == c.Territoire, raisons.Distinct().ToList()));
        }
        return resultat
            .OrderByDescending(p => c.FratrieEnsemble && p.ToutLaFratrie)
            .ThenByDescending(p => p.Convient)
            .ThenByDescending(p => p.MemeTerritoire)
            .ThenByDescending(p => p.Libres)
            .ThenBy(p => p.Lieu.Nom, StringComparer.Ordinal)
            .ToList();
    }
}
