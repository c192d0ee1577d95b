namespace Sillage.Web.Infrastructure;

/// <summary>A user holding a one-time password may only change it (or log out) until they do.</summary>
public sealed class ChangementMotDePasseObligatoire(RequestDelegate suivant)
{
    public const string Page = "/compte/mot-de-passe";

    public Task InvokeAsync(HttpContext ctx)
    {
        if (ctx.User.Identity?.IsAuthenticated == true
            && ctx.User.HasClaim(Securite.ClaimDoitChangerMotDePasse, "1")
            && !ctx.Request.Path.StartsWithSegments(Page)
            && !ctx.Request.Path.StartsWithSegments("/deconnexion"))
        {
            if (Securite.EstApi(ctx.Request.Path))
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return ctx.Response.WriteAsJsonAsync(new { erreur = "Mot de passe à usage unique : changez-le avant d'utiliser l'API." });
            }
            ctx.Response.Redirect(Page);
            return Task.CompletedTask;
        }
        return suivant(ctx);
    }
}
