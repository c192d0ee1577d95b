namespace Sillage.Domaine.Temps;

/// <summary>
/// Calendar arithmetic of the law (CPC 641): "+ k months" lands on the same day number k
/// months later, or on the last day of that month when it has no such day.
/// </summary>
public static class Calendrier
{
    public static DateOnly AjouterMois(DateOnly d, int mois) => d.AddMonths(mois); // DateOnly.AddMonths clamps to the month's last day

    public static DateOnly AjouterAnnees(DateOnly d, int annees) => d.AddYears(annees); // 29/02 + 1 year = 28/02

    /// <summary>Duration in days = end − start (2023-01-01 → 2023-01-31 = 30 days).</summary>
    public static int DureeJours(DateOnly debut, DateOnly fin) => fin.DayNumber - debut.DayNumber;

    /// <summary>Active on D: start ≤ D and (no end or D ≤ end). Dates are inclusive.</summary>
    public static bool ActifLe(DateOnly? debut, DateOnly? fin, DateOnly jour) =>
        debut is { } d && d <= jour && (fin is null || jour <= fin);
}

/// <summary>An inclusive period; an open end is <c>null</c>.</summary>
public readonly record struct Periode(DateOnly Debut, DateOnly? Fin)
{
    public bool Contient(DateOnly jour) => Debut <= jour && (Fin is null || jour <= Fin);

    public bool Chevauche(Periode autre) =>
        Debut <= (autre.Fin ?? DateOnly.MaxValue) && autre.Debut <= (Fin ?? DateOnly.MaxValue);

    public bool Inclut(Periode autre) =>
        Debut <= autre.Debut && (Fin is null || (autre.Fin is { } f && f <= Fin));

    /// <summary>
    /// Merges periods that overlap or touch (the next starts at most one day after the previous
    /// ends): the périodes d'accueil and the parcours of INDICATEURS.md.
    /// </summary>
    public static List<Periode> Fusionner(IEnumerable<Periode> periodes)
    {
        // Stable sort by start (an insertion sort: a child has a few measures, often one; no comparer, no copy per call).
        var triees = periodes.ToList();
        for (var i = 1; i < triees.Count; i++)
        {
            var x = triees[i];
            var j = i - 1;
            for (; j >= 0 && triees[j].Debut > x.Debut; j--) triees[j + 1] = triees[j];
            triees[j + 1] = x;
        }
        var resultat = new List<Periode>(1);
        foreach (var p in triees)
        {
            if (resultat.Count > 0)
            {
                var der = resultat[^1];
                if (der.Fin is null) continue;
                if (p.Debut.DayNumber <= der.Fin.Value.DayNumber + 1)
                {
                    resultat[^1] = der with { Fin = p.Fin is null ? null : (p.Fin > der.Fin ? p.Fin : der.Fin) };
                    continue;
                }
            }
            resultat.Add(p);
        }
        return resultat;
    }
}
