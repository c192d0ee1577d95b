using Microsoft.AspNetCore.Mvc;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Echange;

namespace Sillage.Web.Api;

/// <summary>Data quality of imported records: GET /api/v1/qualite (administration).</summary>
public static class ApiEchange
{
    public sealed record AnomalieDto(int Id, string Fichier, int Ligne, string? SourceId, int? EnfantId, string Regle, string Message, DateTime ImporteLe, DateTime? ResolueLe);

    public static RouteGroupBuilder MapSillageEchange(this RouteGroupBuilder api)
    {
        api.MapGet("/qualite", Qualite).RequireAuthorization(nameof(Permission.Administrer))
            .WithSummary("Anomalies de qualité des données importées en mode tolérant (filtres : regle, etat = ouvertes | resolues | toutes, numero de page).");
        return api;
    }

    private static async Task<IResult> Qualite(RegistreQualite registre, [FromQuery] string? regle, [FromQuery] string? etat, [FromQuery] int? numero)
    {
        var f = new FiltreQualite(regle, etat, numero ?? 1);
        var (lignes, total) = await registre.ChercherAsync(f);
        return Results.Ok(new
        {
            total,
            page = f.Page,
            lignes = lignes.Select(a => new AnomalieDto(a.Id, a.Fichier, a.Ligne, a.SourceId, a.EnfantId, a.Regle, a.Message, a.ImporteLe, a.ResolueLe)),
        });
    }
}
