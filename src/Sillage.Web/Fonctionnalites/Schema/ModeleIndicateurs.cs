namespace Sillage.Web.Fonctionnalites.Schema;

/// <summary>The indicator table shared by the plan, the fiche and the bilan (with its forms when <see cref="Modifiable"/>).</summary>
public sealed record ModeleIndicateurs(IReadOnlyList<VueIndicateur> Indicateurs, IReadOnlyList<int> Annees, bool Modifiable, int PlanId, string? Retour = null);
