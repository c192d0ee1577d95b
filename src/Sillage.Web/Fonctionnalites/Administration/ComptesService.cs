using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Hote;

namespace Sillage.Web.Fonctionnalites.Administration;

/// <summary>Accounts: created with a one-time password, roles by mission, territories. Used by the pages and the command line.</summary>
public sealed class ComptesService(SillageDbContext db, UserManager<Utilisateur> utilisateurs)
{
    public async Task<(Utilisateur? Utilisateur, string MotDePasse, List<string> Erreurs)> CreerAsync(
        string login, string? nom, IReadOnlyCollection<string> roles, IReadOnlyCollection<string> codesTerritoires)
    {
        login = (login ?? "").Trim().ToLowerInvariant();
        var erreurs = new List<string>();
        if (string.IsNullOrEmpty(login)) erreurs.Add("Identifiant : valeur obligatoire.");
        var (codesRoles, territoires) = await ResoudreAsync(roles, codesTerritoires, erreurs);
        if (erreurs.Count > 0) return (null, "", erreurs);

        var motDePasse = PreparationBase.GenererMotDePasse();
        var u = new Utilisateur
        {
            UserName = login,
            NomAffiche = string.IsNullOrWhiteSpace(nom) ? login : nom.Trim(),
            DoitChangerMotDePasse = true,
            CreeLe = DateTime.UtcNow,
            Territoires = territoires.Select(t => new UtilisateurTerritoire { TerritoireId = t.Id }).ToList(),
        };
        await using var tx = await db.Database.BeginTransactionAsync();
        var r = await utilisateurs.CreateAsync(u, motDePasse);
        if (r.Succeeded && codesRoles.Count > 0) r = await utilisateurs.AddToRolesAsync(u, codesRoles);
        if (!r.Succeeded) return (null, "", r.Errors.Select(e => e.Description).ToList());
        await tx.CommitAsync();
        return (u, motDePasse, []);
    }

    public async Task<List<string>> ModifierAsync(Utilisateur u, string? nom, IReadOnlyCollection<string> roles, IReadOnlyCollection<string> codesTerritoires, bool actif)
    {
        var erreurs = new List<string>();
        var (codesRoles, territoires) = await ResoudreAsync(roles, codesTerritoires, erreurs);
        if (erreurs.Count > 0) return erreurs;
        await using var tx = await db.Database.BeginTransactionAsync();
        u.NomAffiche = string.IsNullOrWhiteSpace(nom) ? u.UserName ?? "" : nom.Trim();
        u.Actif = actif;
        u.LockoutEnd = actif ? (u.LockoutEnd == DateTimeOffset.MaxValue ? null : u.LockoutEnd) : DateTimeOffset.MaxValue;
        var actuels = await db.UtilisateursTerritoires.Where(t => t.UtilisateurId == u.Id).ToListAsync();
        db.UtilisateursTerritoires.RemoveRange(actuels.Where(a => territoires.All(t => t.Id != a.TerritoireId)));
        foreach (var t in territoires.Where(t => actuels.All(a => a.TerritoireId != t.Id)))
            db.UtilisateursTerritoires.Add(new UtilisateurTerritoire { UtilisateurId = u.Id, TerritoireId = t.Id });
        var rolesActuels = await utilisateurs.GetRolesAsync(u);
        var r = await utilisateurs.RemoveFromRolesAsync(u, rolesActuels.Except(codesRoles));
        if (r.Succeeded) r = await utilisateurs.AddToRolesAsync(u, codesRoles.Except(rolesActuels));
        // A new security stamp makes the change apply to open sessions within a minute.
        if (r.Succeeded) r = await utilisateurs.UpdateSecurityStampAsync(u);
        if (!r.Succeeded) return r.Errors.Select(e => e.Description).ToList();
        await tx.CommitAsync();
        return [];
    }

    public async Task<string> ReinitialiserMotDePasseAsync(Utilisateur u)
    {
        var motDePasse = PreparationBase.GenererMotDePasse();
        var jeton = await utilisateurs.GeneratePasswordResetTokenAsync(u);
        var r = await utilisateurs.ResetPasswordAsync(u, jeton, motDePasse);
        if (!r.Succeeded) throw new InvalidOperationException(string.Join(" ", r.Errors.Select(e => e.Description)));
        u.DoitChangerMotDePasse = true;
        await utilisateurs.SetLockoutEndDateAsync(u, u.Actif ? null : DateTimeOffset.MaxValue);
        await utilisateurs.ResetAccessFailedCountAsync(u);
        await utilisateurs.UpdateAsync(u);
        return motDePasse;
    }

    private async Task<(List<string> Roles, List<Territoire> Territoires)> ResoudreAsync(
        IReadOnlyCollection<string> roles, IReadOnlyCollection<string> codesTerritoires, List<string> erreurs)
    {
        var codesRoles = new List<string>();
        foreach (var r in roles.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            var role = Role.Trouver(r);
            if (role is null) erreurs.Add($"Rôle « {r} » inconnu : rôles possibles {string.Join(", ", Role.Tous.Select(x => x.Code))}.");
            else if (!codesRoles.Contains(role.Code)) codesRoles.Add(role.Code);
        }
        var codes = codesTerritoires.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
        var territoires = await db.Territoires.Where(t => codes.Contains(t.Code)).ToListAsync();
        foreach (var c in codes.Where(c => territoires.All(t => t.Code != c)))
            erreurs.Add($"Territoire « {c} » inconnu : créez-le d'abord (Administration › Territoires ou ./sillage territoire creer).");
        return (codesRoles, territoires);
    }
}
