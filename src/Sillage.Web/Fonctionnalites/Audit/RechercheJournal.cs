using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Audit;

public sealed record FiltreJournal(DateOnly? Du, DateOnly? Au, string? Login, int? Type, string? Cible, string? CibleId, int Page = 1);

public sealed record LigneJournal(long Numero, DateTime Horodatage, string? Login, int Type, string Libelle, string? Cible, string? CibleId, string? Details);

/// <summary>Reads the audit journal for the DPO (page, export and API share it).</summary>
public sealed class RechercheJournal(SillageDbContext db)
{
    public const int TaillePage = 100;

    public async Task<(List<LigneJournal> Lignes, int Total)> ChercherAsync(FiltreJournal f, bool tout = false, CancellationToken ct = default)
    {
        var q = db.EvenementsAudit.AsNoTracking().AsQueryable();
        if (f.Du is { } du) { var d = du.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); q = q.Where(e => e.Horodatage >= d); }
        if (f.Au is { } au) { var a = au.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); q = q.Where(e => e.Horodatage < a); }
        if (!string.IsNullOrWhiteSpace(f.Login)) { var l = f.Login.Trim().ToLowerInvariant(); q = q.Where(e => e.Login == l); }
        if (f.Type is { } t) q = q.Where(e => e.Type == t);
        if (!string.IsNullOrWhiteSpace(f.Cible)) q = q.Where(e => e.Cible == f.Cible.Trim());
        if (!string.IsNullOrWhiteSpace(f.CibleId)) q = q.Where(e => e.CibleId == f.CibleId.Trim());
        var total = await q.CountAsync(ct);
        q = q.OrderByDescending(e => e.Id);
        if (!tout) q = q.Skip((Math.Max(f.Page, 1) - 1) * TaillePage).Take(TaillePage);
        var lignes = await q.Select(e => new { e.Id, e.Horodatage, e.Login, e.Type, e.Cible, e.CibleId, e.Details }).ToListAsync(ct);
        return (lignes.Select(e => new LigneJournal(e.Id, DateTime.SpecifyKind(e.Horodatage, DateTimeKind.Utc), e.Login, e.Type,
            ((TypeEvenementAudit)e.Type).Libelle(), e.Cible, e.CibleId, e.Details)).ToList(), total);
    }
}
