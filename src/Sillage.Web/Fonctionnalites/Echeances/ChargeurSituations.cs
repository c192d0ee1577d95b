using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Regles;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

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
        var enfantsQ = db.Enfants.AsNoTracking().Where(e => e.FusionneDansId == null && e.ArchiveIntermediaireLe == null);
        if (territoires is not null) enfantsQ = enfantsQ.Where(e => territoires.Contains(e.TerritoireId));
        if (pertinentsAu is not { } d) return await LireAsync(enfantsQ, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await RemplirSelectionAsync(territoires, d, ct);
            // Identifiers only (the model's table name, a constant): no value is written into this SQL.
            var lus = $"SELECT * FROM {Q(Table<Enfant>())} WHERE {Q("Id")} IN (SELECT {Q("Id")} FROM {TableSelection}) AND {Q("ArchiveIntermediaireLe")} IS NULL";
            return await LireAsync(db.Enfants.FromSqlRaw(lus).AsNoTracking(), ct);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync($"DROP TABLE IF EXISTS {TableSelection}", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string TableSelection = "sillage_selection_echeances";
    private static string Q(string nom) => "\"" + nom + "\"";
    private string Table<T>() => db.Model.FindEntityType(typeof(T))!.GetTableName()!;

    /// <summary>
    /// The children who can have an échéance open on <paramref name="d"/> — a measure active that day (parcours, fin de
    /// mesure, CESSEC all need one; an OPP of the Parquet from its decision) or an IP evaluation still open — written once
    /// into a temporary table of the connection, which every read joins instead of repeating the selection.
    /// COALESCE rather than « IS NULL OR »: SQLite scans the measures once instead of an index OR with a lookup per row.
    /// One IN over a UNION, not « IN (…) OR IN (…) »: PostgreSQL joins it (hash semi-join, spilled to disk if need be),
    /// whereas an OR of two IN keeps each as a subplan, hashed only while it fits in work_mem — past that (the « France »
    /// of the bench: 440 000 children) it is re-read for every child, and the selection took more than ten minutes.
    /// The day and the territory ids are typed values written inline: PostgreSQL takes no parameter in CREATE TABLE AS.
    /// </summary>
    private async Task RemplirSelectionAsync(IReadOnlyList<int>? territoires, DateOnly d, CancellationToken ct)
    {
        var jour = "'" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";
        const string jamais = "'9999-12-31'";
        var territoire = territoires is null ? "" : territoires.Count == 0 ? " AND 1 = 0"
            : $" AND e.{Q("TerritoireId")} IN ({string.Join(",", territoires.Select(t => t.ToString(CultureInfo.InvariantCulture)))})";
        var (enf, mes, inf, infEnf) = (Q(Table<Enfant>()), Q(Table<Mesure>()), Q(Table<InformationEntrante>()), Q(Table<InformationEnfant>()));
        await db.Database.ExecuteSqlRawAsync($"DROP TABLE IF EXISTS {TableSelection}", ct);
        var creation = $"""
            CREATE TEMPORARY TABLE {TableSelection} AS
            SELECT e.{Q("Id")} FROM {enf} e WHERE e.{Q("FusionneDansId")} IS NULL{territoire} AND e.{Q("Id")} IN (
              SELECT m.{Q("EnfantId")} FROM {mes} m WHERE COALESCE(m.{Q("DateFin")}, {jamais}) >= {jour}
                AND (COALESCE(m.{Q("DateDebut")}, {jamais}) <= {jour} OR (m.{Q("Autorite")} = 'PARQUET' AND m.{Q("DateDecision")} <= {jour}))
              UNION
              SELECT x.{Q("EnfantId")} FROM {infEnf} x JOIN {inf} i ON i.{Q("Id")} = x.{Q("InformationId")}
                WHERE i.{Q("Qualification")} = 'IP' AND i.{Q("DateReception")} <= {jour}
                AND COALESCE(x.{Q("DateFinEvaluation")}, {jamais}) > {jour} AND COALESCE(x.{Q("DateDecision")}, {jamais}) > {jour})
            """;
        await db.Database.ExecuteSqlRawAsync(creation, ct);
    }

    private async Task<List<(EnfantEcheancier Enfant, SituationEnfant Situation)>> LireAsync(IQueryable<Enfant> enfantsQ, CancellationToken ct)
    {
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
