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

    // Read once per request (a page asks for several permissions).
    public IReadOnlyList<string> Roles => _roles ??= Utilisateur.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
    private IReadOnlyList<string>? _roles;

    public string? UtilisateurId => Utilisateur.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool Peut(Permission p) => MatriceAutorisations.Autorise(Roles, p);

    /// <summary>The territories where <paramref name="p"/> applies; null = the whole département.</summary>
    public async Task<IReadOnlyList<int>?> TerritoiresAsync(Permission p, CancellationToken ct = default)
    {
        if (MatriceAutorisations.PorteeDepartementale(Roles, p)) return null;
        return _territoires ??= await TerritoiresDe(db, UtilisateurId ?? "").ToListAsync(ct);
    }

    // Read at nearly every request: compiled once (ADR 0019).
    private static readonly Func<SillageDbContext, string, IAsyncEnumerable<int>> TerritoiresDe = EF.CompileAsyncQuery(
        (SillageDbContext db, string utilisateur) => db.UtilisateursTerritoires.AsNoTracking().Where(t => t.UtilisateurId == utilisateur).Select(t => t.TerritoireId));

    /// <summary>The children the user may see for <paramref name="p"/> (none without the permission).
    /// Files merged into another one are hidden: their history now lives in the surviving file. Files in intermediate
    /// archive are hidden from every role (RGPD, restricted access): the DPO reaches them through the conservation page.</summary>
    public async Task<IQueryable<Enfant>> EnfantsAsync(Permission p = Permission.LireDossierEnfant, CancellationToken ct = default)
    {
        if (!Peut(p)) return db.Enfants.Where(_ => false);
        var territoires = await TerritoiresAsync(p, ct);
        var actifs = db.Enfants.Where(Actif);
        return territoires is null ? actifs : actifs.Where(e => territoires.Contains(e.TerritoireId));
    }

    /// <summary>One child the user may see for <paramref name="p"/> (as <see cref="EnfantsAsync"/>), with its territory and
    /// référent; null when it does not exist or lies outside the user's reach.</summary>
    public async Task<Enfant?> EnfantAsync(int id, Permission p = Permission.LireDossierEnfant, CancellationToken ct = default)
    {
        if (!Peut(p)) return null;
        // The user's territories are read in the same query (one round trip instead of two).
        return await EnfantVisible(db, id, MatriceAutorisations.PorteeDepartementale(Roles, p), UtilisateurId ?? "", ct);
    }

    /// <summary>Neither merged into another file nor in intermediate archive.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Enfant, bool>> Actif = e => e.FusionneDansId == null && e.ArchiveIntermediaireLe == null;

    // The file page opens one child at every request: compiled once (ADR 0019).
    private static readonly Func<SillageDbContext, int, bool, string, CancellationToken, Task<Enfant?>> EnfantVisible = EF.CompileAsyncQuery(
        (SillageDbContext db, int id, bool partout, string utilisateur, CancellationToken ct) => db.Enfants.AsNoTracking()
            .Include(e => e.Territoire).Include(e => e.Referent)
            .Where(Actif)
            .FirstOrDefault(e => e.Id == id
                && (partout || db.UtilisateursTerritoires.Any(t => t.UtilisateurId == utilisateur && t.TerritoireId == e.TerritoireId))));

    public async Task<bool> PeutVoirTerritoireAsync(int territoireId, Permission p, CancellationToken ct = default)
    {
        if (!Peut(p)) return false;
        var territoires = await TerritoiresAsync(p, ct);
        return territoires is null || territoires.Contains(territoireId);
    }
}
