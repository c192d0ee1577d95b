using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sillage.Domaine.Regles;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Echeances;

/// <summary>A child as the échéancier lists it: the interchange id plus what a page needs to link and filter.</summary>
public sealed record EnfantEcheancier(int Id, string IdEchange, string NumeroDossier, string Nom, string Prenoms, int TerritoireId, string? ReferentId);

/// <summary>
/// Loads the in-memory snapshot the pure <see cref="Echeancier"/> works on: the children who can have an échéance open on the
/// day, written once into a temporary table of the context's connection, then one streamed query per table joined to it,
/// read by position without EF Core (<see cref="LectureSql"/>: no query to compile, no entity, on SQLite no string per date)
/// and grouped in memory — no query per child (ADR 0022).
/// </summary>
public sealed class ChargeurSituations(SillageDbContext db)
{
    /// <summary>The interchange id of a record: its source id, or a stable id for records created in Sillage.</summary>
    public static string IdEchange(string? sourceId, int id) => sourceId ?? $"sillage-{id}";

    /// <param name="territoires">The territories in scope (null: the whole département).</param>
    /// <param name="jour">Only the children who can have an échéance open that day are read: a measure active that day
    /// (parcours, fin de mesure, CESSEC all need one) or an IP evaluation still open. The échéances are the same; a
    /// département's ten years of closed files are not read.</param>
    public async Task<List<(EnfantEcheancier Enfant, SituationEnfant Situation)>> ChargerAsync(IReadOnlyList<int>? territoires, DateOnly jour, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await RemplirSelectionAsync(territoires, jour, ct);
            return await LireAsync(ct);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync($"DROP TABLE IF EXISTS {TableSelection}", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string TableSelection = "sillage_selection_echeances";
    private static string Q(string nom) => "\"" + nom + "\"";
    private string Table<T>() => Q(db.Model.FindEntityType(typeof(T))!.GetTableName()!);

    /// <summary>
    /// The children who can have an échéance open on <paramref name="d"/> — a measure active that day (parcours, fin de
    /// mesure, CESSEC all need one; an OPP of the Parquet from its decision) or an IP evaluation still open — neither merged
    /// into another file nor in intermediate archive, written once into a temporary table of the connection, which every
    /// read joins instead of repeating the selection.
    /// COALESCE rather than « IS NULL OR »: SQLite scans the measures once instead of an index OR with a lookup per row.
    /// One IN over a UNION, not « IN (…) OR IN (…) »: PostgreSQL joins it (hash semi-join, spilled to disk if need be),
    /// whereas an OR of two IN keeps each as a subplan, hashed only while it fits in work_mem — past that (the « France »
    /// of the bench: 440 000 children) it is re-read for every child, and the selection took more than ten minutes.
    /// The day and the territory ids are typed values written inline: PostgreSQL takes no parameter in CREATE TABLE AS.
    /// </summary>
    private async Task RemplirSelectionAsync(IReadOnlyList<int>? territoires, DateOnly d, CancellationToken ct)
    {
        var jour = "'" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";
        const string jamais = "'9999-12-31'";
        var territoire = territoires is null ? "" : territoires.Count == 0 ? " AND 1 = 0"
            : $" AND e.{Q("TerritoireId")} IN ({string.Join(",", territoires.Select(t => t.ToString(CultureInfo.InvariantCulture)))})";
        await db.Database.ExecuteSqlRawAsync($"DROP TABLE IF EXISTS {TableSelection}", ct);
        var creation = $"""
            CREATE TEMPORARY TABLE {TableSelection} AS
            SELECT e.{Q("Id")} FROM {Table<Enfant>()} e
            WHERE e.{Q("FusionneDansId")} IS NULL AND e.{Q("ArchiveIntermediaireLe")} IS NULL{territoire} AND e.{Q("Id")} IN (
              SELECT m.{Q("EnfantId")} FROM {Table<Mesure>()} m WHERE COALESCE(m.{Q("DateFin")}, {jamais}) >= {jour}
                AND (COALESCE(m.{Q("DateDebut")}, {jamais}) <= {jour} OR (m.{Q("Autorite")} = 'PARQUET' AND m.{Q("DateDecision")} <= {jour}))
              UNION
              SELECT x.{Q("EnfantId")} FROM {Table<InformationEnfant>()} x JOIN {Table<InformationEntrante>()} i ON i.{Q("Id")} = x.{Q("InformationId")}
                WHERE i.{Q("Qualification")} = 'IP' AND i.{Q("DateReception")} <= {jour}
                AND COALESCE(x.{Q("DateFinEvaluation")}, {jamais}) > {jour} AND COALESCE(x.{Q("DateDecision")}, {jamais}) > {jour})
            """;
        await db.Database.ExecuteSqlRawAsync(creation, ct);
    }

    /// <summary>The selected children and, per child, the records the échéancier reads (identifiers only in the SQL:
    /// the model's table names and constant column names; no value).</summary>
    private async Task<List<(EnfantEcheancier Enfant, SituationEnfant Situation)>> LireAsync(CancellationToken ct)
    {
        var connexion = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var selection = $"JOIN {TableSelection} s ON s.{Q("Id")} = ";
        Task Lire(string sql, Action<LectureSql.Ligne> ligne) => LectureSql.LireAsync(connexion, transaction, sql, ligne, ct);

        var enfants = new List<(EnfantEcheancier Enfant, DateOnly Naissance)>();
        await Lire($"""
            SELECT e.{Q("Id")}, e.{Q("SourceId")}, e.{Q("NumeroDossier")}, e.{Q("Nom")}, e.{Q("Prenoms")}, e.{Q("TerritoireId")}, e.{Q("ReferentId")}, e.{Q("DateNaissance")}
            FROM {Table<Enfant>()} e {selection}e.{Q("Id")} ORDER BY e.{Q("Id")}
            """,
            l => enfants.Add((new EnfantEcheancier(l.Entier(0), IdEchange(l.TexteNul(1), l.Entier(0)), l.Texte(2), l.Texte(3), l.Texte(4), l.Entier(5), l.TexteNul(6)), l.Date(7))));

        var mesures = new Dictionary<int, List<SituationEnfant.MesureDatee>>(enfants.Count);
        await Lire($"""
            SELECT m.{Q("EnfantId")}, m.{Q("Id")}, m.{Q("SourceId")}, m.{Q("Type")}, m.{Q("DateDecision")}, m.{Q("DateDebut")}, m.{Q("DateFinPrevue")}, m.{Q("DateFin")}, m.{Q("Autorite")}
            FROM {Table<Mesure>()} m {selection}m.{Q("EnfantId")}
            """,
            l => Ajouter(mesures, l.Entier(0), new SituationEnfant.MesureDatee(IdEchange(l.TexteNul(2), l.Entier(1)), l.Code(3), l.Date(4), l.DateNulle(5), l.DateNulle(6), l.DateNulle(7), l.CodeNul(8))));
        var evaluations = new Dictionary<int, List<SituationEnfant.EvaluationIp>>(enfants.Count);
        await Lire($"""
            SELECT x.{Q("EnfantId")}, i.{Q("Id")}, i.{Q("SourceId")}, i.{Q("Qualification")}, i.{Q("DateReception")}, x.{Q("DateFinEvaluation")}, x.{Q("DateDecision")}
            FROM {Table<InformationEnfant>()} x JOIN {Table<InformationEntrante>()} i ON i.{Q("Id")} = x.{Q("InformationId")} {selection}x.{Q("EnfantId")}
            """,
            l => Ajouter(evaluations, l.Entier(0), new SituationEnfant.EvaluationIp(IdEchange(l.TexteNul(2), l.Entier(1)), l.Code(3), l.Date(4), l.DateNulle(5), l.DateNulle(6))));
        async Task<Dictionary<int, List<DateOnly>>> Dates(string table, string colonne)
        {
            var dates = new Dictionary<int, List<DateOnly>>();
            await Lire($"SELECT t.{Q("EnfantId")}, t.{Q(colonne)} FROM {table} t {selection}t.{Q("EnfantId")} WHERE t.{Q(colonne)} IS NOT NULL",
                l => Ajouter(dates, l.Entier(0), l.Date(1)));
            return dates;
        }
        var ppe = await Dates(Table<ProjetPourEnfant>(), "DateSignature");
        var rapports = await Dates(Table<RapportSituation>(), "Date");
        var entretiens = await Dates(Table<Entretien17Ans>(), "Date");
        var cessec = await Dates(Table<ExamenCessec>(), "DateExamen");

        return enfants.ConvertAll(e => (e.Enfant, new SituationEnfant(e.Enfant.IdEchange, e.Naissance, De(mesures, e.Enfant.Id), De(evaluations, e.Enfant.Id),
            De(ppe, e.Enfant.Id), De(rapports, e.Enfant.Id), De(entretiens, e.Enfant.Id), De(cessec, e.Enfant.Id))));
    }

    private static void Ajouter<T>(Dictionary<int, List<T>> parEnfant, int enfant, T valeur)
    {
        ref var liste = ref CollectionsMarshal.GetValueRefOrAddDefault(parEnfant, enfant, out _);
        (liste ??= new List<T>(2)).Add(valeur);
    }

    private static IReadOnlyList<T> De<T>(Dictionary<int, List<T>> parEnfant, int enfant) => parEnfant.TryGetValue(enfant, out var liste) ? liste : [];
}
