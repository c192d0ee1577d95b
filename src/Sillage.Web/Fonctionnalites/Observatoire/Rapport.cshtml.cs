using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees.Audit;
using Sillage.Web.Infrastructure.Impression;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>The ODPE's annual report: key figures, series charts, comparisons and data quality; on screen and as PDF.</summary>
public sealed record RapportAnnuel(
    int Annee, string Departement, IReadOnlyList<(DefinitionIndicateur Definition, ValeurIndicateur? Valeur)> Chiffres,
    IReadOnlyList<(DefinitionIndicateur Definition, List<(int Annee, ValeurIndicateur Valeur)> Points)> Series,
    ComparaisonsDrees.Resultat Comparaisons, ComptesFiabilite Fiabilite)
{
    public static readonly IReadOnlyList<string> CodesCles =
    [
        "IP_RECUES", "IP_TAUX_QUALIFICATION", "EVAL_DELAI_MOYEN_J", "EVAL_PART_DANS_DELAI", "EVAL_EN_RETARD",
        "MES_ADM", "MES_JUD", "PART_JUDICIAIRE", "ENFANTS_SUIVIS", "MESURES_POUR_1000", "ENFANTS_ACCUEILLIS", "ENFANTS_ACCUEILLIS_POUR_100_MINEURS",
        "JEUNES_MAJEURS", "ATTENTE", "ATTENTE_DELAI_MOYEN_J", "PPE_TAUX", "RAPPORTS_EN_RETARD", "FRATRIES_SEPAREES",
    ];

    public static readonly IReadOnlyList<string> CodesSeries = ["IP_RECUES", "ENFANTS_ACCUEILLIS", "ATTENTE"];
}

public class RapportModel(ServiceObservatoire service, ComparaisonsDrees comparaisons, FiabiliteDonnees fiabilite, DocumentImprimable documents, JournalAudit audit) : PageModel
{
    public const string Vue = "/Fonctionnalites/Observatoire/_DocumentRapport.cshtml";
    [BindProperty(SupportsGet = true, Name = "annee")] public int? AnneeParametre { get; set; }
    public List<int> Annees { get; private set; } = [];
    public RapportAnnuel Rapport { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Rapport = await ConstruireAsync(ct);

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        Rapport = await ConstruireAsync(ct);
        await audit.EnregistrerAsync(TypeEvenementAudit.RapportAnnuelObservatoire, "RapportAnnuel", Rapport.Annee.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: ct);
        return await documents.PdfAsync(HttpContext, Vue, Rapport, $"Rapport annuel de l'ODPE {Rapport.Annee}", $"rapport-odpe-{Rapport.Annee}.pdf");
    }

    private async Task<RapportAnnuel> ConstruireAsync(CancellationToken ct)
    {
        Annees = await service.AnneesAsync(ct);
        var annee = AnneeParametre is { } a && Annees.Contains(a) ? a : Annees[^1];
        var valeurs = (await service.AnneeAsync(annee, ct)).Where(v => v.Territoire == Instantane.Departement).ToDictionary(v => v.Code);
        var chiffres = RapportAnnuel.CodesCles.Select(c => (Indicateurs.Trouver(c)!, valeurs.GetValueOrDefault(c))).ToList();
        var series = new List<(DefinitionIndicateur, List<(int, ValeurIndicateur)>)>();
        foreach (var c in RapportAnnuel.CodesSeries)
            series.Add((Indicateurs.Trouver(c)!, (await service.SerieAsync(c, Instantane.Departement, ct)).Where(p => p.Annee <= annee).ToList()));
        var comparaison = await comparaisons.ComparerAsync(annee, ct);
        var s = new DateOnly(annee, 12, 31);
        var jour = DateOnly.FromDateTime(DateTime.Today) is var t && t < s ? t : s;
        return new(annee, comparaison.Departement, chiffres, series, comparaison, await fiabilite.CompterAsync(jour, ct));
    }
}
