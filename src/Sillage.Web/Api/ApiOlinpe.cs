using Microsoft.AspNetCore.Mvc;
using Sillage.Domaine.Olinpe;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Olinpe;

namespace Sillage.Web.Api;

/// <summary>The OLINPE transmission: /api/v1/olinpe (ODPE analyst and administrator), same service as the page and the command.</summary>
public static class ApiOlinpe
{
    public sealed record ConstatDto(string Regle, string Gravite, int Enregistrement, string Variable, string Message, int? MesureId);
    public sealed record GroupeDto(string Regle, string Libelle, int Bloquants, int Avertissements, IReadOnlyList<ConstatDto> Exemples);
    public sealed record RapportDto(int Annee, int Enregistrements, IReadOnlyDictionary<string, int> ParTypeEvenement, int Enfants, int Bloquants, int Avertissements, bool Transmissible, IReadOnlyList<GroupeDto> Groupes);

    public static RouteGroupBuilder MapSillageOlinpe(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/olinpe").RequireAuthorization(nameof(Permission.TransmettreOlinpe));
        g.MapGet("/{annee:int}/controle", Controle).WithSummary("Contrôle avant transmission de l'année : rapport par règle (cohérence, complétude, dates, identité, valeurs) avec les comptes.");
        g.MapPost("/{annee:int}/fichier", Fichier).WithSummary("Produit le fichier de l'année (format=xml|csv, forcer=true pour passer outre les erreurs bloquantes ; sinon 422 avec le rapport).");
        g.MapGet("/transmissions", Transmissions).WithSummary("Historique des fichiers produits : année, date, empreinte SHA-256, comptes.");
        g.MapGet("/correspondance", Correspondance).WithSummary("La table de correspondance variable → source → liste de codes en vigueur.");
        return api;
    }

    private static IResult? AnneeInvalide(int annee) => ServiceOlinpe.AnneeValide(annee) ? null
        : Results.BadRequest(new { champ = "annee", message = "Année : une année de 2000 à 2999." });

    public static RapportDto Dto(RapportOlinpe r) => new(r.Annee, r.Enregistrements, r.ParTypeEvenement, r.Pseudonymes, r.Bloquants, r.Avertissements, r.Transmissible,
        r.Groupes.Select(g => new GroupeDto(g.Regle, g.Libelle, g.Bloquants, g.Avertissements,
            g.Exemples.Select(c => new ConstatDto(c.Regle, c.Gravite == Gravite.Bloquant ? "bloquant" : "avertissement", c.Ligne, c.Variable, c.Message, c.Reference?.MesureId)).ToList())).ToList());

    private static async Task<IResult> Controle(int annee, ServiceOlinpe service, CancellationToken ct) =>
        AnneeInvalide(annee) ?? Results.Ok(Dto(await service.ControlerAsync(annee, ct)));

    private static async Task<IResult> Fichier(int annee, [FromQuery] string? format, [FromQuery] bool? forcer, ServiceOlinpe service, HttpContext http, CancellationToken ct)
    {
        if (AnneeInvalide(annee) is { } erreur) return erreur;
        if (format is not (null or "xml" or "csv")) return Results.BadRequest(new { champ = "format", message = $"Format : « {format} » n'est pas xml ou csv." });
        var f = format == "csv" ? FormatOlinpe.Csv : FormatOlinpe.Xml;
        var chemin = Path.Combine(Path.GetTempPath(), $"sillage-olinpe-{Guid.NewGuid():N}");
        var r = await service.ProduireAsync(annee, f, chemin, forcer == true, http.User.Identity?.Name ?? "?", ct: ct);
        if (!r.Produit) return Results.UnprocessableEntity(Dto(r.Rapport));
        http.Response.Headers["X-Empreinte-Sha256"] = r.Transmission!.Empreinte;
        var flux = new FileStream(chemin, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.DeleteOnClose);
        return Results.File(flux, f == FormatOlinpe.Xml ? "application/xml" : "text/csv; charset=utf-8", IndexModel.NomFichier(annee, f));
    }

    private static async Task<IResult> Transmissions(ServiceOlinpe service, CancellationToken ct) =>
        Results.Ok((await service.TransmissionsAsync(ct)).Select(t => new
        {
            t.Id, t.Annee, t.ProduiteLe, t.ProduitePar, t.Format, t.Empreinte, t.Octets, t.Enregistrements, t.Debuts, t.Renouvellements, t.Fins,
            t.Enfants, t.ErreursBloquantes, t.Avertissements, t.Forcee, t.VersionTable,
        }));

    private static IResult Correspondance(ServiceOlinpe service) => Results.Ok(new
    {
        service.Table.Version, service.Table.VersionXsd, service.Table.Avertissement,
        variables = service.Table.Variables, listes = service.Table.Listes.Values,
    });
}
