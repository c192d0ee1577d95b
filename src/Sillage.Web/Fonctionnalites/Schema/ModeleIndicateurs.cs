namespace Sillage.Web.Fonctionnalites.Schema;

/// <summary>The indicator table shared by the plan, the fiche and the bilan: one row per indicator, one column per year.</summary>
public sealed record ModeleIndicateurs(IReadOnlyList<VueIndicateur> Indicateurs, IReadOnlyList<int> Annees);
