using Sillage.Donnees;

namespace Sillage.Web.Hote;

/// <summary>GET /sante: the only endpoint open without login, for supervision. Says nothing about the data.</summary>
public static class SanteEndpoint
{
    public static async Task<IResult> Verifier(SillageDbContext db, CancellationToken ct)
    {
        var ok = await db.Database.CanConnectAsync(ct);
        return ok
            ? Results.Ok(new { statut = "ok" })
            : Results.Json(new { statut = "base de données injoignable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
