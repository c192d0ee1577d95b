using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Infrastructure;

/// <summary>
/// Personal API tokens: <c>Authorization: Bearer sil_…</c>, valid under /api only, for an active,
/// unlocked account; the same roles and territories as the owner's login.
/// </summary>
public sealed class AuthentificationJeton(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    SillageDbContext db, UserManager<Utilisateur> utilisateurs, IUserClaimsPrincipalFactory<Utilisateur> fabrique)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Prefixe = "sil_";

    public static string Empreinte(string jeton) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(jeton)));

    public static string Generer() => Prefixe + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Securite.EstApi(Request.Path)) return AuthenticateResult.NoResult();
        var entete = Request.Headers.Authorization.ToString();
        if (!entete.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var valeur = entete["Bearer ".Length..].Trim();
        if (!valeur.StartsWith(Prefixe, StringComparison.Ordinal)) return AuthenticateResult.Fail("Jeton invalide.");
        var empreinte = Empreinte(valeur);
        var maintenant = DateTime.UtcNow;
        var jeton = await db.JetonsApi.AsNoTracking()
            .FirstOrDefaultAsync(j => j.Empreinte == empreinte && j.Portee == JetonApi.PorteeApi && j.RevoqueLe == null && j.ExpireLe > maintenant);
        if (jeton is null) return AuthenticateResult.Fail("Jeton inconnu, expiré ou révoqué.");
        var utilisateur = await utilisateurs.FindByIdAsync(jeton.UtilisateurId);
        if (utilisateur is null || !utilisateur.Actif || await utilisateurs.IsLockedOutAsync(utilisateur))
            return AuthenticateResult.Fail("Compte désactivé ou verrouillé.");
        var principal = await fabrique.CreateAsync(utilisateur);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
