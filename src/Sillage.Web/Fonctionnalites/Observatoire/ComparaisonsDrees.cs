using Microsoft.EntityFrameworkCore;
using Sillage.Demo.Drees;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>
/// The département against France and the départements of similar size, from the DREES figures shipped with the product
/// (enquête Aide sociale, measures on 31/12/2020; embedded in Sillage.Demo, never read from disk at run time).
/// Similar size: the <see cref="Voisins"/> départements whose enfants accueillis (A + B) on 31/12/2020 are closest to ours.
/// </summary>
public sealed class ComparaisonsDrees(SillageDbContext db, ServiceObservatoire service)
{
    public const int Voisins = 5;
    public const int AnneeDrees = 2020;

    /// <summary>One compared figure: a count of the DREES file, or a share (%) computed from two of them.</summary>
    public sealed record Ligne(string Libelle, string? Code, Func<LigneDrees2020, decimal?> Drees, Func<IReadOnlyDictionary<string, decimal>, decimal?> Sillage, bool EstPart);

    public sealed record Resultat(int Annee, string Departement, IReadOnlyDictionary<string, decimal> Valeurs, LigneDrees2020 France, IReadOnlyList<LigneDrees2020> Semblables, LigneDrees2020? NotreLigneDrees);

    private static decimal? Part(decimal n, decimal d) => d == 0 ? null : MoteurIndicateurs.Arrondir(n * 100 / d);

    public static readonly IReadOnlyList<Ligne> Lignes =
    [
        new("Enfants confiés à l'ASE (A)", "CONFIES_A", l => l.TotalConfiesAseA, v => v.GetValueOrDefault("CONFIES_A"), false),
        new("Placements directs par le juge (B)", "PLACEMENTS_DIRECTS_B", l => l.TotalPlacementsDirectsB, v => v.GetValueOrDefault("PLACEMENTS_DIRECTS_B"), false),
        new("Enfants accueillis (A + B)", "ACCUEILLIS", l => l.TotalEnfantsAccueillisAPlusB, v => v.GetValueOrDefault("ACCUEILLIS"), false),
        new("Actions éducatives (AED, AEMO)", "ACTIONS_EDUCATIVES", l => l.TotalActionsEducatives, v => v.GetValueOrDefault("ACTIONS_EDUCATIVES"), false),
        new("Part des placements directs dans l'accueil (%)", null, l => Part(l.TotalPlacementsDirectsB, l.TotalEnfantsAccueillisAPlusB),
            v => Part(v.GetValueOrDefault("PLACEMENTS_DIRECTS_B"), v.GetValueOrDefault("ACCUEILLIS")), true),
        new("Part des confiés en famille d'accueil (%)", null, l => Part(l.HebergFamillesAccueil, l.TotalConfiesAseA),
            v => Part(v.GetValueOrDefault("HEBERG_FAMILLES_ACCUEIL"), v.GetValueOrDefault("CONFIES_A")), true),
        new("Part des confiés en établissement (%)", null, l => Part(l.HebergEtablissements, l.TotalConfiesAseA),
            v => Part(v.GetValueOrDefault("HEBERG_ETABLISSEMENTS"), v.GetValueOrDefault("CONFIES_A")), true),
        new("Actions éducatives pour 100 enfants accueillis", null, l => Part(l.TotalActionsEducatives, l.TotalEnfantsAccueillisAPlusB),
            v => Part(v.GetValueOrDefault("ACTIONS_EDUCATIVES"), v.GetValueOrDefault("ACCUEILLIS")), true),
    ];

    public async Task<Resultat> ComparerAsync(int annee, CancellationToken ct = default)
    {
        var departement = await db.Departements.AsNoTracking().OrderBy(d => d.Id).FirstOrDefaultAsync(ct);
        var valeurs = (await service.AnneeAsync(annee, ct)).Where(v => v.Territoire == Instantane.Departement).ToDictionary(v => v.Code, v => v.Valeur);
        var unites = DonneesDrees.Departements2020();
        var notre = departement is null ? null : unites.FirstOrDefault(l => string.Equals(l.CodeDepartement, departement.CodeInsee, StringComparison.OrdinalIgnoreCase));
        var taille = notre?.TotalEnfantsAccueillisAPlusB ?? (int)valeurs.GetValueOrDefault("ACCUEILLIS");
        var semblables = unites.Where(l => l != notre).OrderBy(l => Math.Abs(l.TotalEnfantsAccueillisAPlusB - taille)).ThenBy(l => l.CodeDepartement, StringComparer.Ordinal).Take(Voisins).ToList();
        return new(annee, departement?.Nom ?? "Département", valeurs, France(unites), semblables, notre);
    }

    /// <summary>France (metropolitan + overseas départements of the file): the sum of the départements' rows.</summary>
    private static LigneDrees2020 France(IReadOnlyList<LigneDrees2020> u) => new(AnneeDrees, "", "FR", "France",
        u.Sum(l => l.ConfiesPupilles), u.Sum(l => l.ConfiesApMineurs), u.Sum(l => l.ConfiesApJeunesMajeurs), u.Sum(l => l.ConfiesDap), u.Sum(l => l.ConfiesTutelle),
        u.Sum(l => l.ConfiesRetraitPartiel), u.Sum(l => l.ConfiesPlacementAseJuge), u.Sum(l => l.TotalConfiesAseA),
        u.Sum(l => l.PlacementDirectTdc), u.Sum(l => l.PlacementDirectEtabService), u.Sum(l => l.PlacementDirectDapParticulierEtab), u.Sum(l => l.TotalPlacementsDirectsB),
        u.Sum(l => l.TotalEnfantsAccueillisAPlusB),
        u.Sum(l => l.HebergFamillesAccueil), u.Sum(l => l.HebergEtablissements), u.Sum(l => l.HebergAdoJmAutonomes), u.Sum(l => l.HebergAutres),
        u.Sum(l => l.Aed), u.Sum(l => l.Aemo), u.Sum(l => l.TotalActionsEducatives), true);
}
