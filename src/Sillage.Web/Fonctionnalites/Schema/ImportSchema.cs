using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sillage.Domaine;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Schema;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Schema;

public sealed record ResultatImportSchema(int? PlanId, IReadOnlyList<ErreurValidation> Erreurs)
{
    public bool Reussi => PlanId is not null;
}

/// <summary>Imports a schéma file (FORMAT.md): read and checked whole first, then written in one transaction.
/// Used by the upload page, the API and `./sillage schema importer`.</summary>
public sealed class ImportSchema(SillageDbContext db)
{
    internal static string Json<T>(T valeur) => JsonSerializer.Serialize(valeur, JsonListes.Options);

    public async Task<ResultatImportSchema> ImporterAsync(string json, string nomFichier, string? login, CancellationToken ct = default)
    {
        var (plan, erreurs) = LecteurSchema.Lire(json);
        var journal = new JournalAudit(db);
        if (plan is null)
        {
            await journal.EnregistrerAsync(TypeEvenementAudit.SchemaImportRefuse, nameof(PlanSchema), null,
                new { fichier = nomFichier, erreurs = erreurs.Count, premiere = erreurs[0].Champ }, ct: ct);
            return new(null, erreurs);
        }
        var empreinte = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var p = new PlanSchema
        {
            CodeDepartement = plan.CodeDepartement, NomDepartement = plan.NomDepartement, Titre = plan.Titre,
            AnneeDebut = plan.Debut, AnneeFin = plan.Fin, Adoption = plan.Adoption,
            SourcesJson = Json(plan.Sources), GouvernanceJson = Json(plan.Gouvernance), BilanPrecedentJson = Json(plan.BilanPrecedent),
            NomFichier = Path.GetFileName(nomFichier), EmpreinteFichier = empreinte, ImporteLe = DateTime.UtcNow, ImportePar = login,
        };
        db.PlansSchema.Add(p);
        await db.SaveChangesAsync(ct);
        var axes = plan.Axes.Select((a, i) => new AxeSchema
        {
            PlanId = p.Id, Ordre = i, Numero = a.Numero, Titre = a.Titre, Principe = a.Principe, ObjectifsJson = Json(a.Objectifs),
        }).ToList();
        db.AxesSchema.AddRange(axes);
        await db.SaveChangesAsync(ct);
        var fiches = new List<(FicheSchema Entite, FicheLue Lue)>();
        var ordre = 0;
        for (var i = 0; i < axes.Count; i++)
            foreach (var f in plan.Axes[i].Fiches)
                fiches.Add((new FicheSchema
                {
                    AxeId = axes[i].Id, PlanId = p.Id, Ordre = ordre++, Numero = f.Numero, Titre = f.Titre, Objectif = f.Objectif,
                    PeriodeDebut = f.PeriodeDebut, PeriodeFin = f.PeriodeFin, DiagnosticJson = Json(f.Diagnostic),
                    ObjectifsOperationnelsJson = Json(f.ObjectifsOperationnels), PilotesJson = Json(f.Pilotes), CopilotesJson = Json(f.Copilotes),
                    PartiesPrenantesJson = Json(f.PartiesPrenantesInternes), PartenairesJson = Json(f.Partenaires),
                    CalendrierJson = Json(f.Calendrier), PointsVigilanceJson = Json(f.PointsVigilance),
                }, f));
        db.FichesSchema.AddRange(fiches.Select(f => f.Entite));
        await db.SaveChangesAsync(ct);
        foreach (var (e, f) in fiches)
        {
            db.ActionsSchema.AddRange(f.Actions.Select((a, i) => new ActionSchema { FicheId = e.Id, Ordre = i, Numero = a.Numero, Titre = a.Titre, DetailsJson = Json(a.Details) }));
            db.IndicateursSchema.AddRange(f.Indicateurs.Select((x, i) => new IndicateurSchema { PlanId = p.Id, FicheId = e.Id, Ordre = i, Libelle = x.Libelle, Type = x.Type }));
        }
        db.IndicateursSchema.AddRange(plan.IndicateursImpact.Select((x, i) => new IndicateurSchema { PlanId = p.Id, Ordre = i, Libelle = x.Libelle, Type = x.Type }));
        await db.SaveChangesAsync(ct);
        await journal.EnregistrerAsync(TypeEvenementAudit.SchemaImporte, nameof(PlanSchema), p.Id.ToString(),
            new { fichier = p.NomFichier, empreinte, axes = axes.Count, fiches = fiches.Count }, ct: ct);
        await tx.CommitAsync(ct);
        return new(p.Id, []);
    }
}

/// <summary>The JSON columns: verbatim strings, read whole.</summary>
public static class JsonListes
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static List<string> Textes(string json) => JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];

    public static List<T> Lire<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}
