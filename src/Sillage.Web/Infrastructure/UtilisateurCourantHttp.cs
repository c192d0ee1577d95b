using System.Security.Claims;
using Sillage.Donnees.Audit;

namespace Sillage.Web.Infrastructure;

public sealed class UtilisateurCourantHttp(IHttpContextAccessor acces) : IUtilisateurCourant
{
    public string? Id => acces.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? Login => acces.HttpContext is null
        ? IUtilisateurCourant.Systeme.Login
        : acces.HttpContext.User.Identity?.IsAuthenticated == true ? acces.HttpContext.User.Identity.Name : null;
}
