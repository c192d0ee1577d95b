namespace Sillage.Domaine.Schema;

/// <summary>Where an action of the plan stands.</summary>
public enum StatutAction { NonEngagee, EnCours, Realisee, Reportee, Abandonnee }

/// <summary>One status as shown: its code (also the pastille's CSS class, `pastille-CODE`), French label and a symbol
/// (the colour is never the only cue).</summary>
public sealed record PresentationStatut(StatutAction Statut, string Code, string Libelle, string Symbole);

public static class SuiviSchema
{
    public static readonly IReadOnlyList<PresentationStatut> Statuts =
    [
        new(StatutAction.NonEngagee, "non_engagee", "non engagée", "○"),
        new(StatutAction.EnCours, "en_cours", "en cours", "◐"),
        new(StatutAction.Realisee, "realisee", "réalisée", "●"),
        new(StatutAction.Reportee, "reportee", "reportée", "↷"),
        new(StatutAction.Abandonnee, "abandonnee", "abandonnée", "✕"),
    ];

    public static PresentationStatut Presentation(StatutAction s) => Statuts[(int)s];

    public static StatutAction? Lire(string? code) => Statuts.FirstOrDefault(s => s.Code == code)?.Statut;

    /// <summary>Progress of a set of actions: counts per status and the share realised among the
    /// actions still intended (abandoned ones leave the denominator).</summary>
    public sealed record Avancement(int Total, IReadOnlyDictionary<StatutAction, int> ParStatut, decimal? TauxRealisation, decimal? TauxEngagement)
    {
        public int Nombre(StatutAction s) => ParStatut.GetValueOrDefault(s);
    }

    public static Avancement Calculer(IEnumerable<StatutAction> statuts)
    {
        var liste = statuts.ToList();
        var par = Enum.GetValues<StatutAction>().ToDictionary(s => s, s => liste.Count(x => x == s));
        var retenues = liste.Count - par[StatutAction.Abandonnee];
        decimal? Taux(int n) => retenues == 0 ? null : Math.Round(n * 100m / retenues, 1, MidpointRounding.AwayFromZero);
        return new(liste.Count, par, Taux(par[StatutAction.Realisee]), Taux(par[StatutAction.Realisee] + par[StatutAction.EnCours]));
    }

    /// <summary>What the document lacks for a fiche: the gaps shown as "manquant" on the fiche and in the bilan.</summary>
    public static IReadOnlyList<string> Manques(int pilotes, bool aUnCalendrier, IEnumerable<(string Libelle, string? Type)> indicateurs, int actions)
    {
        var m = new List<string>();
        if (pilotes == 0) m.Add("Aucun pilote désigné");
        if (!aUnCalendrier) m.Add("Pas de calendrier");
        if (actions == 0) m.Add("Aucune action décrite");
        var liste = indicateurs.ToList();
        if (liste.Count == 0) m.Add("Aucun indicateur");
        foreach (var i in liste.Where(i => i.Type is null)) m.Add($"Indicateur sans type : {i.Libelle}");
        return m;
    }

    /// <summary>The columns of a calendar over the plan's years: "2018-S1", "2018-S2"… or "2018"…</summary>
    public static IReadOnlyList<string> Colonnes(int debut, int fin, bool semestres) =>
        Enumerable.Range(debut, Math.Max(0, fin - debut + 1))
            .SelectMany(a => semestres ? new[] { $"{a}-S1", $"{a}-S2" } : new[] { $"{a}" }).ToList();

    /// <summary>Does a period of the document ("2019", "2019-S2") cover a calendar column?</summary>
    public static bool Couvre(string periode, string colonne) =>
        periode == colonne || colonne.StartsWith(periode + "-", StringComparison.Ordinal) || periode.StartsWith(colonne + "-", StringComparison.Ordinal);

    /// <summary>Is a column inside a from–to range of periods (either bound may be missing)?</summary>
    public static bool DansIntervalle(string? debut, string? fin, string colonne)
    {
        if (debut is null && fin is null) return false;
        var d = debut ?? fin!;
        var f = fin ?? debut!;
        var c1 = colonne.Length == 4 ? colonne + "-S1" : colonne;
        var c2 = colonne.Length == 4 ? colonne + "-S2" : colonne;
        var dd = d.Length == 4 ? d + "-S1" : d;
        var ff = f.Length == 4 ? f + "-S2" : f;
        return string.CompareOrdinal(c2, dd) >= 0 && string.CompareOrdinal(c1, ff) <= 0;
    }
}
