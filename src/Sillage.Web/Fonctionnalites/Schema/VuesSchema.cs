using Sillage.Domaine.Schema;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Schema;

/// <summary>A plan as read for the pages, the bilan and the exports (one load, no further queries).</summary>
public sealed class VuePlan
{
    public required PlanSchema Plan { get; init; }
    public required List<VueAxe> Axes { get; init; }
    public required List<VueIndicateur> IndicateursImpact { get; init; }
    public required List<string> Sources { get; init; }
    public required List<string> Gouvernance { get; init; }
    public required List<BilanLu> BilanPrecedent { get; init; }
    public IEnumerable<VueFiche> Fiches => Axes.SelectMany(a => a.Fiches);
    public IEnumerable<int> Annees => Enumerable.Range(Plan.AnneeDebut, Plan.AnneeFin - Plan.AnneeDebut + 1);
    public SuiviSchema.Avancement Avancement => SuiviSchema.Calculer(Fiches.SelectMany(f => f.Actions).Select(a => a.Statut));

    /// <summary>Back to the file format, with the edits made in the product.</summary>
    public PlanLu EnFormat() => new(Plan.CodeDepartement, Plan.NomDepartement, Plan.Titre, Plan.AnneeDebut, Plan.AnneeFin, Plan.Adoption,
        Sources, Gouvernance,
        Axes.Select(a => new AxeLu(a.Axe.Numero, a.Axe.Titre, a.Axe.Principe, a.Objectifs, a.Fiches.Select(f => f.EnFormat()).ToList())).ToList(),
        IndicateursImpact.Select(i => new IndicateurLu(i.Indicateur.Libelle, i.Indicateur.Type)).ToList(), BilanPrecedent);
}

public sealed class VueAxe
{
    public required AxeSchema Axe { get; init; }
    public required List<ObjectifLu> Objectifs { get; init; }
    public required List<VueFiche> Fiches { get; init; }
    public SuiviSchema.Avancement Avancement => SuiviSchema.Calculer(Fiches.SelectMany(f => f.Actions).Select(a => a.Statut));
}

public sealed class VueFiche
{
    public required FicheSchema Fiche { get; init; }
    public required string AxeTitre { get; init; }
    public required string AxeNumero { get; init; }
    public string? ObjectifTitre { get; init; }
    public required List<string> Diagnostic { get; init; }
    public required List<string> ObjectifsOperationnels { get; init; }
    public required List<string> Pilotes { get; init; }
    public required List<string> Copilotes { get; init; }
    public required List<string> PartiesPrenantes { get; init; }
    public required List<string> Partenaires { get; init; }
    public required List<LigneCalendrier> Calendrier { get; init; }
    public required List<string> PointsVigilance { get; init; }
    public required List<VueAction> Actions { get; init; }
    public required List<VueIndicateur> Indicateurs { get; init; }
    public required List<string> ComptesPilotes { get; init; }

    public IReadOnlyList<string> Manques => SuiviSchema.Manques(Pilotes.Count, Calendrier.Count > 0 || Fiche.PeriodeDebut is not null || Fiche.PeriodeFin is not null,
        Indicateurs.Select(i => (i.Indicateur.Libelle, i.Indicateur.Type)), Actions.Count);

    public SuiviSchema.Avancement Avancement => SuiviSchema.Calculer(Actions.Select(a => a.Statut));

    public FicheLue EnFormat() => new(Fiche.Numero, Fiche.Titre, Fiche.Objectif, Fiche.PeriodeDebut, Fiche.PeriodeFin, Diagnostic,
        ObjectifsOperationnels, Pilotes, Copilotes, PartiesPrenantes, Partenaires,
        Actions.Select(a => new ActionLue(a.Action.Numero, a.Action.Titre, a.Details)).ToList(), Calendrier,
        Indicateurs.Select(i => new IndicateurLu(i.Indicateur.Libelle, i.Indicateur.Type)).ToList(), PointsVigilance);
}

public sealed class VueAction
{
    public required ActionSchema Action { get; init; }
    public required List<string> Details { get; init; }
    public required List<NoteSuiviSchema> Notes { get; init; }
    public StatutAction Statut => SuiviSchema.Lire(Action.Statut) ?? StatutAction.NonEngagee;
    public PresentationStatut Presentation => SuiviSchema.Presentation(Statut);

    /// <summary>The status at a date: the last dated note written up to then (every change of status writes one).</summary>
    public StatutAction StatutAu(DateOnly date) =>
        Notes.Where(n => n.Date <= date).OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).Select(n => SuiviSchema.Lire(n.Statut)).FirstOrDefault() ?? StatutAction.NonEngagee;
}

public sealed class VueIndicateur
{
    public required IndicateurSchema Indicateur { get; init; }
    /// <summary>Yearly values: entered by hand, or computed by the observatoire when the indicator is bound to a code.</summary>
    public required Dictionary<int, decimal> Valeurs { get; init; }
    public bool Calcule => Indicateur.CodeObservatoire is not null;
}
