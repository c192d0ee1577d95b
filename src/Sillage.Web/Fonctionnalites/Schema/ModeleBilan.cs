using Sillage.Domaine.Schema;

namespace Sillage.Web.Fonctionnalites.Schema;

/// <summary>The bilan of a plan: for one year (statuses at 31/12 of that year) or for the whole plan (statuses today).</summary>
public sealed class ModeleBilan(VuePlan vue, int? annee)
{
    public VuePlan Vue { get; } = vue;
    public int? Annee { get; } = annee;
    public string Titre => Annee is { } a ? $"Bilan {a} — {Vue.Plan.Titre}" : $"Bilan de fin de schéma — {Vue.Plan.Titre}";
    public IReadOnlyList<int> Annees => Annee is { } a ? [a] : Vue.Annees.ToList();

    public StatutAction Statut(VueAction a) => Annee is { } n ? a.StatutAu(new DateOnly(n, 12, 31)) : a.Statut;

    public SuiviSchema.Avancement Avancement(IEnumerable<VueFiche> fiches) => SuiviSchema.Calculer(fiches.SelectMany(f => f.Actions).Select(Statut));

    /// <summary>One row per action and per indicator, for the XLSX export.</summary>
    public IEnumerable<LigneBilan> Lignes() =>
        Vue.Axes.SelectMany(a => a.Fiches.SelectMany(f =>
            f.Actions.Select(x => new LigneBilan(a.Axe.Numero, f.Fiche.Numero, f.Fiche.Titre, "action", x.Action.Numero + " " + x.Action.Titre, SuiviSchema.Presentation(Statut(x)).Libelle, null, null, new Dictionary<int, decimal>()))
            .Concat(f.Indicateurs.Select(i => new LigneBilan(a.Axe.Numero, f.Fiche.Numero, f.Fiche.Titre, "indicateur", i.Indicateur.Libelle, null, TypesIndicateur.Libelle(i.Indicateur.Type), i.Indicateur.Cible, i.Valeurs)))))
        .Concat(Vue.IndicateursImpact.Select(i => new LigneBilan("", "", "", "indicateur d'impact", i.Indicateur.Libelle, null, TypesIndicateur.Libelle(i.Indicateur.Type), i.Indicateur.Cible, i.Valeurs)));
}

public sealed record LigneBilan(string Axe, string Fiche, string TitreFiche, string Nature, string Libelle, string? Statut, string? Type, string? Cible, IReadOnlyDictionary<int, decimal> Valeurs);
