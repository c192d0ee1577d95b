using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>
/// The snapshot and the computed years, shared by every request (singleton): reading the Nord takes seconds,
/// so it is read again only when the data changed, that is when a write was audited since (every write is:
/// creation, modification, deletion, merge, import) or a table's last id moved.
/// </summary>
public sealed class CacheObservatoire
{
    private readonly SemaphoreSlim _verrou = new(1, 1);
    private Etat? _etat;

    internal sealed record Etat(string Cle, Instantane Instantane)
    {
        public readonly ConcurrentDictionary<int, List<ValeurIndicateur>> Annees = new();
    }

    internal async Task<Etat> LireAsync(SillageDbContext db, ChargeurInstantane chargeur, CancellationToken ct)
    {
        var cle = await CleAsync(db, ct);
        if (_etat is { } e && e.Cle == cle) return e;
        await _verrou.WaitAsync(ct);
        try
        {
            if (_etat is { } e2 && e2.Cle == cle) return e2;
            _etat = null; // let the old snapshot go before reading the new one
            return _etat = new Etat(cle, await chargeur.ChargerAsync(ct));
        }
        finally
        {
            _verrou.Release();
        }
    }

    private static readonly int[] Ecritures =
        [(int)TypeEvenementAudit.Creation, (int)TypeEvenementAudit.Modification, (int)TypeEvenementAudit.Suppression,
         (int)TypeEvenementAudit.FusionDossiers, (int)TypeEvenementAudit.Import, (int)TypeEvenementAudit.ImportPopulation];

    private static async Task<string> CleAsync(SillageDbContext db, CancellationToken ct)
    {
        var audit = await db.EvenementsAudit.Where(e => Ecritures.Contains(e.Type)).OrderByDescending(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync(ct);
        var enfants = await db.Enfants.MaxAsync(e => (int?)e.Id, ct);
        var mesures = await db.Mesures.MaxAsync(e => (int?)e.Id, ct);
        var sejours = await db.Sejours.MaxAsync(e => (int?)e.Id, ct);
        var infos = await db.Informations.MaxAsync(e => (int?)e.Id, ct);
        var populations = await db.Populations.CountAsync(ct);
        return $"{audit}/{enfants}/{mesures}/{sejours}/{infos}/{populations}";
    }
}

/// <summary>The observatoire's figures for the pages and the API: the same engine as `./sillage indicateurs`.</summary>
public sealed class ServiceObservatoire(ChargeurInstantane chargeur, SillageDbContext db, Administration.ServiceReglages reglages, CacheObservatoire cache)
{
    private CacheObservatoire.Etat? _etat;

    private async Task<CacheObservatoire.Etat> EtatAsync(CancellationToken ct) => _etat ??= await cache.LireAsync(db, chargeur, ct);

    public async Task<Instantane> InstantaneAsync(CancellationToken ct = default) => (await EtatAsync(ct)).Instantane;

    public async Task<List<ValeurIndicateur>> AnneeAsync(int annee, CancellationToken ct = default)
    {
        var etat = await EtatAsync(ct);
        if (etat.Annees.TryGetValue(annee, out var v)) return v;
        v = MoteurIndicateurs.Calculer(etat.Instantane, annee, await reglages.LireAsync(ct));
        etat.Annees[annee] = v;
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
        var annees = await AnneesAsync(ct);
        var etat = await EtatAsync(ct);
        if (annees.Where(a => !etat.Annees.ContainsKey(a)).ToList() is { Count: > 1 } manquantes)
            foreach (var (a, v) in MoteurIndicateurs.CalculerAnnees(etat.Instantane, manquantes, await reglages.LireAsync(ct)))
                etat.Annees[a] = v;
        foreach (var a in annees)
        {
            var v = (await AnneeAsync(a, ct)).FirstOrDefault(x => x.Code == code && x.Territoire == territoire);
            if (v is not null) resultat.Add((a, v));
        }
        return resultat;
    }
}
