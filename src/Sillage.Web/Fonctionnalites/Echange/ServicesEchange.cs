using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Echange;

public static class ServicesEchange
{
    public static IServiceCollection AddSillageEchange(this IServiceCollection services)
    {
        services.AddScoped<RegistreQualite>();
        return services;
    }
}

/// <summary>Filter of the data-quality list: rule code, state (ouvertes, resolues, toutes), page.</summary>
public sealed record FiltreQualite(string? Regle, string? Etat, int Page = 1)
{
    public const int TaillePage = 100;
}

/// <summary>The anomalies recorded by tolerant imports: listed, filtered, marked as resolved.</summary>
public sealed class RegistreQualite(SillageDbContext db)
{
    private IQueryable<AnomalieQualite> Requete(FiltreQualite f)
    {
        var q = db.AnomaliesQualite.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Regle)) q = q.Where(a => a.Regle == f.Regle);
        q = f.Etat switch
        {
            "resolues" => q.Where(a => a.ResolueLe != null),
            "toutes" => q,
            _ => q.Where(a => a.ResolueLe == null),
        };
        return q;
    }

    public async Task<(List<AnomalieQualite> Lignes, int Total)> ChercherAsync(FiltreQualite f, bool tout = false, CancellationToken ct = default)
    {
        var q = Requete(f);
        var total = await q.CountAsync(ct);
        var tri = q.OrderBy(a => a.Fichier).ThenBy(a => a.Ligne).ThenBy(a => a.Id);
        var lignes = tout
            ? await tri.ToListAsync(ct)
            : await tri.Skip((Math.Max(1, f.Page) - 1) * FiltreQualite.TaillePage).Take(FiltreQualite.TaillePage).ToListAsync(ct);
        return (lignes, total);
    }

    public Task<List<string>> ReglesAsync(CancellationToken ct = default) =>
        db.AnomaliesQualite.AsNoTracking().Select(a => a.Regle).Distinct().OrderBy(r => r).ToListAsync(ct);

    /// <summary>Marks an anomaly as resolved (an audited modification). False when it does not exist.</summary>
    public async Task<bool> ResoudreAsync(int id, CancellationToken ct = default)
    {
        var a = await db.AnomaliesQualite.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return false;
        if (a.ResolueLe is null)
        {
            a.ResolueLe = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
        }
        return true;
    }
}
