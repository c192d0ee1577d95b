using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Echeances;

namespace Sillage.Bench;

/// <summary>The EF Core loader before ADR 0010, kept to measure the streamed one against it under the same load (`chargement` scenario).</summary>
public sealed class ChargeurInstantaneEf(SillageDbContext db)
{
    private static string Id(string? source, int id) => ChargeurSituations.IdEchange(source, id);

    public async Task<Instantane> ChargerAsync(CancellationToken ct = default)
    {
        var territoires = await db.Territoires.AsNoTracking().Select(t => new { t.Id, t.Code }).ToDictionaryAsync(t => t.Id, t => t.Code, ct);
        var enfants = await db.Enfants.AsNoTracking().Where(e => e.FusionneDansId == null)
            .Select(e => new { e.Id, e.SourceId, e.TerritoireId, e.DateNaissance, e.Mna, e.Famille }).ToListAsync(ct);
        var idsEnfants = enfants.ToDictionary(e => e.Id, e => Id(e.SourceId, e.Id));
        string? Enfant(int id) => idsEnfants.GetValueOrDefault(id);

        var infos = await db.Informations.AsNoTracking().Select(i => new { i.Id, i.SourceId, i.DateReception, i.Qualification }).ToListAsync(ct);
        var evals = (await db.InformationsEnfants.AsNoTracking()
                .Select(x => new { x.InformationId, x.EnfantId, x.DateFinEvaluation, x.Conclusion, x.DateDecision }).ToListAsync(ct))
            .Where(x => Enfant(x.EnfantId) is not null)
            .ToLookup(x => x.InformationId, x => new Instantane.Evaluation(Enfant(x.EnfantId)!, x.DateFinEvaluation, x.Conclusion, x.DateDecision));
        var mesures = await db.Mesures.AsNoTracking()
            .Select(m => new { m.Id, m.SourceId, m.EnfantId, m.Type, m.DateDecision, m.DateDebut, m.DateFinPrevue, m.DateFin }).ToListAsync(ct);
        var idsMesures = mesures.ToDictionary(m => m.Id, m => Id(m.SourceId, m.Id));
        var lieux = await db.Lieux.AsNoTracking()
            .Select(l => new { l.Id, l.SourceId, l.Type, l.TerritoireId, l.Capacite, l.DateOuverture, l.DateFermeture }).ToListAsync(ct);
        var idsLieux = lieux.ToDictionary(l => l.Id, l => Id(l.SourceId, l.Id));
        var sejours = await db.Sejours.AsNoTracking()
            .Select(s => new { s.Id, s.SourceId, s.EnfantId, s.MesureId, s.LieuId, s.Mode, s.DateDebut, s.DateFin }).ToListAsync(ct);
        var populations = await db.Populations.AsNoTracking().Select(p => new { p.Annee, p.TerritoireId, p.Age, p.Effectif }).ToListAsync(ct);

        async Task<List<Instantane.Date>> Dates<T>(IQueryable<T> q, Func<T, int> enfant, Func<T, DateOnly?> jour) where T : class =>
            (await q.AsNoTracking().ToListAsync(ct)).Where(x => Enfant(enfant(x)) is not null && jour(x) is not null)
                .Select(x => new Instantane.Date(Enfant(enfant(x))!, jour(x)!.Value)).ToList();

        return new Instantane(
            territoires.Values.Order(StringComparer.Ordinal).ToList(),
            enfants.Select(e => new Instantane.Enfant(idsEnfants[e.Id], territoires.GetValueOrDefault(e.TerritoireId, ""), e.DateNaissance, e.Mna, e.Famille)).ToList(),
            infos.Select(i => new Instantane.Information(Id(i.SourceId, i.Id), i.DateReception, i.Qualification, evals[i.Id].ToList())).ToList(),
            mesures.Where(m => Enfant(m.EnfantId) is not null)
                .Select(m => new Instantane.Mesure(idsMesures[m.Id], Enfant(m.EnfantId)!, m.Type, m.DateDecision, m.DateDebut, m.DateFinPrevue, m.DateFin)).ToList(),
            sejours.Where(s => Enfant(s.EnfantId) is not null)
                .Select(s => new Instantane.Sejour(Id(s.SourceId, s.Id), Enfant(s.EnfantId)!, idsMesures.GetValueOrDefault(s.MesureId, ""),
                    s.LieuId is { } l ? idsLieux.GetValueOrDefault(l) : null, s.Mode, s.DateDebut, s.DateFin)).ToList(),
            lieux.Select(l => new Instantane.Lieu(idsLieux[l.Id], l.Type, territoires.GetValueOrDefault(l.TerritoireId, ""), l.Capacite, l.DateOuverture, l.DateFermeture)).ToList(),
            populations.Select(p => new Instantane.Population(p.Annee, p.TerritoireId is { } t ? territoires.GetValueOrDefault(t, "?") : Instantane.Departement, p.Age, p.Effectif)).ToList(),
            await Dates(db.Ppes, x => x.EnfantId, x => x.DateSignature),
            await Dates(db.Rapports, x => x.EnfantId, x => (DateOnly?)x.Date),
            await Dates(db.Entretiens, x => x.EnfantId, x => (DateOnly?)x.Date),
            await Dates(db.ExamensCessec, x => x.EnfantId, x => (DateOnly?)x.DateExamen));
    }
}
