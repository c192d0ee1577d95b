using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Infrastructure;

/// <summary>
/// What the current user may see: a permission from the role matrix, and the territories it
/// applies to (all of them for a département-wide role). Every query of children goes through here.
/// </summary>
public sealed class PorteeAcces(IHttpContextAccessor acces, SillageDbContext db)
{
    private IReadOnlyList<int>? _territoires;

    public ClaimsPrincipal Utilisateur => acces.HttpContext?.User ?? new ClaimsPrincipal();

    public IReadOnlyList<string> Roles => Utilisateur.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    public string? UtilisateurId => Utilisateur.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool Peut(Permission p) => MatriceAutorisations.Autorise(Roles, p);

    /// <summary>The territories where <paramref name="p"/> applies; null = the whole département.</summary>
    public async Task<IReadOnlyList<int>?> TerritoiresAsync(Permission p, CancellationToken ct = default)
    {
        if (MatriceAutorisations.PorteeDepartementale(Roles, p)) return null;
        return _territoires ??= await db.UtilisateursTerritoires.AsNoTracking()
            .Where(t => t.UtilisateurId == UtilisateurId).Select(t => t.TerritoireId).ToListAsync(ct);
    }

    /// <summary>The children the user may see for <paramref name="p"/> (none without the permission).
    /// Files merged into another one are hidden: their history now lives in the surviving file. Files in intermediate
    /// archive are hidden from every role (RGPD, restricted access): the DPO reaches them through the conservation page.</summary>
    public async Task<IQueryable<Enfant>> EnfantsAsync(Permission p = Permission.LireDossierEnfant, CancellationToken ct = default)
    {
        if (!Peut(p)) return db.Enfants.Where(_ => false);
        var territoires = await TerritoiresAsync(p, ct);
        var actifs = db.Enfants.Where(e => e.FusionneDansId == null && e.ArchiveIntermediaireLe == null);
        return territoires is null ? actifs : actifs.Where(e => territoires.Contains(e.TerritoireId));
    }

    public async Task<bool> PeutVoirTerritoireAsync(int territoireId, Permission p, CancellationToken ct = default)
    {
        if (!Peut(p)) return false;
        var territoires = await TerritoiresAsync(p, ct);
        return territoires is null || territoires.Contains(territoireId);
    }
}
