using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Regles;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Echeances;

/// <summary>A child as the échéancier lists it: the interchange id plus what a page needs to link and filter.</summary>
public sealed record EnfantEcheancier(int Id, string IdEchange, string NumeroDossier, string Nom, string Prenoms, int TerritoireId, string? ReferentId);

/// <summary>
/// Loads the in-memory snapshot the pure <see cref="Echeancier"/> works on: one query per table,
/// grouped in memory (no query per child), optionally restricted to some territories.
/// </summary>
public sealed class ChargeurSituations(SillageDbContext db)
{
    /// <summary>The interchange id of a record: its source id, or a stable id for records created in Sillage.</summary>
    public static string IdEchange(string? sourceId, int id) => sourceId ?? $"sillage-{id}";

    /// <param name="pertinentsAu">When given, only the children who can have an échéance open that day are read:
    /// a measure active that day (parcours, fin de mesure, CESSEC all need one) or an IP evaluation still open.
    /// The échéances are the same; a département's ten years of closed files are not read.</param>
    public async Task<List<(EnfantEcheancier Enfant, SituationEnfant Situation)>> ChargerAsync(IReadOnlyList<int>? territoires, DateOnly? pertinentsAu = null, CancellationToken ct = default)
    {
        var enfantsQ = db.Enfants.AsNoTracking().Where(e => e.FusionneDansId == null);
        if (territoires is not null) enfantsQ = enfantsQ.Where(e => territoires.Contains(e.TerritoireId));
        if (pertinentsAu is { } d)
        {
            // An OPP of the Parquet runs its 8-day clock from the decision, even before it is executed.
            // COALESCE rather than « IS NULL OR »: SQLite then scans the table once instead of an index OR with a
            // lookup per row (Nord: 2 s → 0,1 s for this selection, which every query below repeats).
            var jamais = DateOnly.MaxValue;
            var avecMesure = db.Mesures.Where(m => (m.DateFin ?? jamais) >= d
                && ((m.DateDebut ?? jamais) <= d || (m.Autorite == "PARQUET" && m.DateDecision <= d))).Select(m => m.EnfantId);
            var avecEvaluation = db.InformationsEnfants.Where(x => x.Information!.Qualification == "IP" && x.Information.DateReception <= d
                && (x.DateFinEvaluation ?? jamais) > d && (x.DateDecision ?? jamais) > d).Select(x => x.EnfantId);
            enfantsQ = enfantsQ.Where(e => avecMesure.Contains(e.Id) || avecEvaluation.Contains(e.Id));
        }
        var enfants = await enfantsQ
            .Select(e => new { e.Id, e.SourceId, e.NumeroDossier, e.Nom, e.Prenoms, e.TerritoireId, e.ReferentId, e.DateNaissance })
            .ToListAsync(ct);
        var ids = enfants.Select(e => e.Id).ToHashSet();
        // The same selection as a subquery (on SQLite an IN over a 25 000-element array parameter is four times slower).
        var selection = enfantsQ.Select(e => e.Id);

        var mesures = (await db.Mesures.AsNoTracking().Where(m => selection.Contains(m.EnfantId))
                .Select(m => new { m.EnfantId, m.Id, m.SourceId, m.Type, m.DateDecision, m.DateDebut, m.DateFinPrevue, m.DateFin, m.Autorite })
                .ToListAsync(ct))
            .Where(m => ids.Contains(m.EnfantId))
            .ToLookup(m => m.EnfantId, m => new SituationEnfant.MesureDatee(IdEchange(m.SourceId, m.Id), m.Type, m.DateDecision, m.DateDebut, m.DateFinPrevue, m.DateFin, m.Autorite));
        var evaluations = (await db.InformationsEnfants.AsNoTracking().Where(x => selection.Contains(x.EnfantId))
                .Select(x => new { x.EnfantId, InfoId = x.Information!.Id, InfoSource = x.Information.SourceId, x.Information.Qualification, x.Information.DateReception, x.DateFinEvaluation, x.DateDecision })
                .ToListAsync(ct))
            .Where(x => ids.Contains(x.EnfantId))
            .ToLookup(x => x.EnfantId, x => new SituationEnfant.EvaluationIp(IdEchange(x.InfoSource, x.InfoId), x.Qualification, x.DateReception, x.DateFinEvaluation, x.DateDecision));
        var ppe = (await db.Ppes.AsNoTracking().Where(p => p.DateSignature != null && selection.Contains(p.EnfantId)).Select(p => new { p.EnfantId, p.DateSignature }).ToListAsync(ct))
            .ToLookup(p => p.EnfantId, p => p.DateSignature!.Value);
        var rapports = (await db.Rapports.AsNoTracking().Where(r => selection.Contains(r.EnfantId)).Select(r => new { r.EnfantId, r.Date }).ToListAsync(ct)).ToLookup(r => r.EnfantId, r => r.Date);
        var entretiens = (await db.Entretiens.AsNoTracking().Where(r => selection.Contains(r.EnfantId)).Select(r => new { r.EnfantId, r.Date }).ToListAsync(ct)).ToLookup(r => r.EnfantId, r => r.Date);
        var cessec = (await db.ExamensCessec.AsNoTracking().Where(r => selection.Contains(r.EnfantId)).Select(r => new { r.EnfantId, r.DateExamen }).ToListAsync(ct)).ToLookup(r => r.EnfantId, r => r.DateExamen);

        return enfants.Select(e =>
        {
            var idEchange = IdEchange(e.SourceId, e.Id);
            return (new EnfantEcheancier(e.Id, idEchange, e.NumeroDossier, e.Nom, e.Prenoms, e.TerritoireId, e.ReferentId),
                new SituationEnfant(idEchange, e.DateNaissance, mesures[e.Id].ToList(), evaluations[e.Id].ToList(), ppe[e.Id].ToList(),
                    rapports[e.Id].ToList(), entretiens[e.Id].ToList(), cessec[e.Id].ToList()));
        }).ToList();
    }
}
