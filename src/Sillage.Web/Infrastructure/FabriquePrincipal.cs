using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Infrastructure;

/// <summary>Adds the display name and the "must change password" flag to the identity's claims.</summary>
public sealed class FabriquePrincipal(UserManager<Utilisateur> utilisateurs, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Utilisateur, IdentityRole>(utilisateurs, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Utilisateur user)
    {
        var id = await base.GenerateClaimsAsync(user);
        id.AddClaim(new Claim(Securite.ClaimNom, string.IsNullOrWhiteSpace(user.NomAffiche) ? user.UserName ?? "" : user.NomAffiche));
        if (user.DoitChangerMotDePasse) id.AddClaim(new Claim(Securite.ClaimDoitChangerMotDePasse, "1"));
        return id;
    }
}
