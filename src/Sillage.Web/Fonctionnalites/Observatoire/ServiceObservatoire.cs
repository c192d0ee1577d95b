using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>The observatoire's figures for the pages and the API: the same engine as `./sillage indicateurs`.</summary>
public sealed class ServiceObservatoire(ChargeurInstantane chargeur, SillageDbContext db, Administration.ServiceReglages reglages)
{
    private Instantane? _instantane;

    public async Task<Instantane> InstantaneAsync(CancellationToken ct = default) => _instantane ??= await chargeur.ChargerAsync(ct);

    private readonly Dictionary<int, List<ValeurIndicateur>> _annees = [];

    public async Task<List<ValeurIndicateur>> AnneeAsync(int annee, CancellationToken ct = default)
    {
        if (!_annees.TryGetValue(annee, out var v))
            _annees[annee] = v = MoteurIndicateurs.Calculer(await InstantaneAsync(ct), annee, await reglages.LireAsync(ct));
        return v;
    }

    /// <summary>The years with data: from the first decision or information to the last complete year.</summary>
    public async Task<List<int>> AnneesAsync(CancellationToken ct = default)
    {
        var premiereMesure = await db.Mesures.MinAsync(m => (DateOnly?)m.DateDecision, ct);
        var premiereInfo = await db.Informations.MinAsync(i => (DateOnly?)i.DateReception, ct);
        var derniere = DateTime.Today.Year - 1;
        var premiere = new[] { premiereMesure, premiereInfo }.Where(d => d is not null).Select(d => d!.Value.Year).DefaultIfEmpty(derniere).Min();
        return Enumerable.Range(premiere, Math.Max(1, derniere - premiere + 1)).ToList();
    }

    /// <summary>One indicator over the years, for one territory (`*` = département); absent years are skipped.</summary>
    public async Task<List<(int Annee, ValeurIndicateur Valeur)>> SerieAsync(string code, string territoire, CancellationToken ct = default)
    {
        var resultat = new List<(int, ValeurIndicateur)>();
        foreach (var a in await AnneesAsync(ct))
        {
            var v = (await AnneeAsync(a, ct)).FirstOrDefault(x => x.Code == code && x.Territoire == territoire);
            if (v is not null) resultat.Add((a, v));
        }
        return resultat;
    }
}
