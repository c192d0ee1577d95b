using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Echeances;
using Sillage.Web.Infrastructure;
using Ligne = Sillage.Web.Infrastructure.LectureSql.Ligne;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>
/// Reads the whole département once into the observatoire's <see cref="Instantane"/> (ids = interchange ids).
/// Each table is one streamed query of only the needed columns (the same SQL for SQLite and PostgreSQL: EF Core's quoted
/// table and column names), read by position without EF Core (no model, no query compilation, no entity). The tables are
/// read by two workers on two connections (one per core), each row kept with its database keys; the keys are turned into
/// interchange ids once every table is read. The rows come through <see cref="LectureSql"/> (on SQLite the native statement):
/// Nord, 1.4 million rows, ADR 0015.
/// </summary>
public sealed class ChargeurInstantane(SillageDbContext db)
{
    /// <summary>Where to read: the provider, its connection string, and the context when there is one (its transaction).</summary>
    private sealed record Source(bool Sqlite, string Chaine, SillageDbContext? Db);

    public Task<Instantane> ChargerAsync(CancellationToken ct = default) =>
        ChargerAsync(new Source(!db.Database.IsNpgsql(), db.Database.GetConnectionString() ?? "", db), ct);

    /// <summary>Reads a database without EF Core at all (the commands and the benchmarks: no model, no context to start).</summary>
    public static Task<Instantane> ChargerAsync(BaseDeDonnees bd, CancellationToken ct = default) =>
        ChargerAsync(new Source(bd.Fournisseur == Fournisseur.Sqlite, bd.ChaineConnexion, null), ct);

    private static string Id(string? source, int id) => ChargeurSituations.IdEchange(source, id);

    private readonly record struct EvaluationBrute(int InformationId, int EnfantId, DateOnly? Fin, string? Conclusion, DateOnly? Decision);
    private readonly record struct InformationBrute(int Id, string IdEchange, DateOnly Reception, string Qualification);
    private readonly record struct MesureBrute(int Id, string IdEchange, int EnfantId, string Type, DateOnly Decision, DateOnly? Debut, DateOnly? FinPrevue, DateOnly? Fin);
    private readonly record struct LieuBrut(int Id, string IdEchange, string Type, int TerritoireId, int Capacite, DateOnly? Ouverture, DateOnly? Fermeture);
    private readonly record struct SejourBrut(string IdEchange, int EnfantId, int MesureId, int? LieuId, string Mode, DateOnly Debut, DateOnly? Fin);
    private readonly record struct EnfantBrut(int Id, string IdEchange, int TerritoireId, DateOnly Naissance, bool Mna, string? Famille);
    private readonly record struct PopulationBrute(int Annee, int? TerritoireId, int Age, int Effectif);
    private readonly record struct DateBrute(int EnfantId, DateOnly Jour);

    private static async Task<Instantane> ChargerAsync(Source source, CancellationToken ct)
    {
        var territoiresB = new List<(int Id, string Code)>();
        var enfantsB = new List<EnfantBrut>();
        var evaluationsB = new List<EvaluationBrute>();
        var informationsB = new List<InformationBrute>();
        var mesuresB = new List<MesureBrute>();
        var lieuxB = new List<LieuBrut>();
        var sejoursB = new List<SejourBrut>();
        var populationsB = new List<PopulationBrute>();
        List<DateBrute> ppeB = [], rapportsB = [], entretiensB = [], cessecB = [];

        // Largest first, so that the two workers end together.
        var lectures = new Lecture[]
        {
            new("Mesures", """SELECT "Id", "SourceId", "EnfantId", "Type", "DateDecision", "DateDebut", "DateFinPrevue", "DateFin" FROM "Mesures" """,
                l => mesuresB.Add(new(l.Entier(0), Id(l.TexteNul(1), l.Entier(0)), l.Entier(2), l.Code(3), l.Date(4), l.DateNulle(5), l.DateNulle(6), l.DateNulle(7))), n => mesuresB.EnsureCapacity(n)),
            new("Sejours", """SELECT "SourceId", "Id", "EnfantId", "MesureId", "LieuId", "Mode", "DateDebut", "DateFin" FROM "Sejours" """,
                l => sejoursB.Add(new(Id(l.TexteNul(0), l.Entier(1)), l.Entier(2), l.Entier(3), l.EntierNul(4), l.Code(5), l.Date(6), l.DateNulle(7))), n => sejoursB.EnsureCapacity(n)),
            new("Enfants", """SELECT "Id", "SourceId", "TerritoireId", "DateNaissance", "Mna", "Famille" FROM "Enfants" WHERE "FusionneDansId" IS NULL""",
                l => enfantsB.Add(new(l.Entier(0), Id(l.TexteNul(1), l.Entier(0)), l.Entier(2), l.Date(3), l.Booleen(4), l.TexteNul(5))), n => enfantsB.EnsureCapacity(n)),
            new("InformationsEnfants", """SELECT "InformationId", "EnfantId", "DateFinEvaluation", "Conclusion", "DateDecision" FROM "InformationsEnfants" """,
                l => evaluationsB.Add(new(l.Entier(0), l.Entier(1), l.DateNulle(2), l.CodeNul(3), l.DateNulle(4))), n => evaluationsB.EnsureCapacity(n)),
            new("Rapports", """SELECT "EnfantId", "Date" FROM "Rapports" """, l => DateDe(l, rapportsB), n => rapportsB.EnsureCapacity(n)),
            new("Informations", """SELECT "Id", "SourceId", "DateReception", "Qualification" FROM "Informations" """,
                l => informationsB.Add(new(l.Entier(0), Id(l.TexteNul(1), l.Entier(0)), l.Date(2), l.Code(3))), n => informationsB.EnsureCapacity(n)),
            new("Ppes", """SELECT "EnfantId", "DateSignature" FROM "Ppes" """, l => DateDe(l, ppeB)),
            new("ExamensCessec", """SELECT "EnfantId", "DateExamen" FROM "ExamensCessec" """, l => DateDe(l, cessecB)),
            new("Entretiens", """SELECT "EnfantId", "Date" FROM "Entretiens" """, l => DateDe(l, entretiensB)),
            new("Lieux", """SELECT "Id", "SourceId", "Type", "TerritoireId", "Capacite", "DateOuverture", "DateFermeture" FROM "Lieux" """,
                l => lieuxB.Add(new(l.Entier(0), Id(l.TexteNul(1), l.Entier(0)), l.Code(2), l.Entier(3), l.Entier(4), l.DateNulle(5), l.DateNulle(6)))),
            new("Populations", """SELECT "Annee", "TerritoireId", "Age", "Effectif" FROM "Populations" """,
                l => populationsB.Add(new(l.Entier(0), l.EntierNul(1), l.Entier(2), l.Entier(3)))),
            new("Territoires", """SELECT "Id", "Code" FROM "Territoires" """, l => territoiresB.Add((l.Entier(0), l.Texte(1)))),
        };
        await LireAsync(source, lectures, ct);

        // Database keys → interchange ids, then the records, as two rounds of independent work (one per core).
        var territoires = territoiresB.ToDictionary(t => t.Id, t => t.Code);
        string Territoire(int id) => territoires.GetValueOrDefault(id, "");
        Cles idsEnfants = null!, idsMesures = null!, idsLieux = null!;
        List<Instantane.Enfant> enfants = null!;
        List<Instantane.Lieu> lieux = null!;
        Parallel.Invoke(
            () =>
            {
                idsEnfants = new Cles(enfantsB.Count, enfantsB.Count == 0 ? 0 : enfantsB.Max(e => e.Id));
                enfants = new List<Instantane.Enfant>(enfantsB.Count);
                foreach (var e in enfantsB)
                {
                    idsEnfants[e.Id] = e.IdEchange;
                    enfants.Add(new(e.IdEchange, Territoire(e.TerritoireId), e.Naissance, e.Mna, e.Famille));
                }
            },
            () =>
            {
                idsMesures = new Cles(mesuresB.Count, mesuresB.Count == 0 ? 0 : mesuresB.Max(m => m.Id));
                foreach (var m in mesuresB) idsMesures[m.Id] = m.IdEchange;
            },
            () =>
            {
                idsLieux = new Cles(lieuxB.Count, lieuxB.Count == 0 ? 0 : lieuxB.Max(l => l.Id));
                foreach (var l in lieuxB) idsLieux[l.Id] = l.IdEchange;
                lieux = lieuxB.Select(l => new Instantane.Lieu(l.IdEchange, l.Type, Territoire(l.TerritoireId), l.Capacite, l.Ouverture, l.Fermeture)).ToList();
            });

        List<Instantane.Information> informations = null!;
        var mesures = new List<Instantane.Mesure>(mesuresB.Count);
        var sejours = new List<Instantane.Sejour>(sejoursB.Count);
        List<Instantane.Population> populations = null!;
        List<Instantane.Date> ppe = null!, rapports = null!, entretiens = null!, cessec = null!;
        List<Instantane.Date> Dates(List<DateBrute> brutes)
        {
            var liste = new List<Instantane.Date>(brutes.Count);
            foreach (var x in brutes)
                if (idsEnfants[x.EnfantId] is { } enfant) liste.Add(new(enfant, x.Jour));
            return liste;
        }
        Parallel.Invoke(
            () =>
            {
                var evaluations = new Dictionary<int, List<Instantane.Evaluation>>(informationsB.Count);
                foreach (var x in evaluationsB)
                {
                    if (idsEnfants[x.EnfantId] is not { } enfant) continue;
                    if (!evaluations.TryGetValue(x.InformationId, out var liste)) evaluations[x.InformationId] = liste = new(1);
                    liste.Add(new(enfant, x.Fin, x.Conclusion, x.Decision));
                }
                informations = informationsB.ConvertAll(i => new Instantane.Information(i.IdEchange, i.Reception, i.Qualification,
                    evaluations.TryGetValue(i.Id, out var liste) ? liste : []));
            },
            () =>
            {
                foreach (var m in mesuresB)
                    if (idsEnfants[m.EnfantId] is { } enfant) mesures.Add(new(m.IdEchange, enfant, m.Type, m.Decision, m.Debut, m.FinPrevue, m.Fin));
            },
            () =>
            {
                foreach (var x in sejoursB)
                    if (idsEnfants[x.EnfantId] is { } enfant)
                        sejours.Add(new(x.IdEchange, enfant, idsMesures[x.MesureId] ?? "", x.LieuId is { } l ? idsLieux[l] : null, x.Mode, x.Debut, x.Fin));
            },
            () =>
            {
                populations = populationsB.ConvertAll(p => new Instantane.Population(p.Annee,
                    p.TerritoireId is { } t ? territoires.GetValueOrDefault(t, "?") : Instantane.Departement, p.Age, p.Effectif));
                ppe = Dates(ppeB);
                cessec = Dates(cessecB);
                entretiens = Dates(entretiensB);
            },
            () => rapports = Dates(rapportsB));
        return new Instantane(
            territoires.Values.Order(StringComparer.Ordinal).ToList(), enfants, informations, mesures, sejours, lieux, populations,
            ppe, rapports, entretiens, cessec);
    }

    /// <summary>Database key → interchange id: an array indexed by key (autoincrement keys are dense), a dictionary
    /// for sparse keys (a base where most rows were deleted); null for a key not read.</summary>
    private sealed class Cles(int nombre, int max)
    {
        private readonly string?[] _dense = max < 0 || max > 4L * nombre + 1024 ? [] : new string?[max + 1];
        private readonly Dictionary<int, string> _eparses = [];

        public string? this[int id]
        {
            get => (uint)id < (uint)_dense.Length ? _dense[id] : _eparses.GetValueOrDefault(id);
            set
            {
                if ((uint)id < (uint)_dense.Length) _dense[id] = value;
                else _eparses[id] = value!;
            }
        }
    }

    /// <summary>A table's read; <paramref name="Reserver"/> receives its largest id (≥ its row count) to size the list once
    /// (the big lists then grow without copies: fewer large-object allocations, hence fewer full collections — 6 instead of 10 on the Nord).</summary>
    private sealed record Lecture(string Table, string Sql, Action<Ligne> Ligne, Action<int>? Reserver = null);

    private static void DateDe(Ligne l, List<DateBrute> liste)
    {
        if (!l.Nul(1)) liste.Add(new(l.Entier(0), l.Date(1)));
    }

    /// <summary>
    /// Runs the reads: two workers on their own connections, each taking the next table, when the context is not inside a
    /// transaction (whose uncommitted rows only its connection sees) and the database is a file or a server; else one after the
    /// other on the context's connection.
    /// </summary>
    private static async Task LireAsync(Source source, Lecture[] lectures, CancellationToken ct)
    {
        var (sqlite, chaine, db) = source;
        var partage = db?.Database.CurrentTransaction is not null
            || sqlite && (chaine.Contains(":memory:", StringComparison.OrdinalIgnoreCase) || chaine.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase));
        if (partage)
        {
            var connexion = db!.Database.GetDbConnection();
            var ouverteIci = connexion.State != ConnectionState.Open;
            if (ouverteIci) await connexion.OpenAsync(ct);
            try
            {
                foreach (var lecture in lectures)
                    await LireAsync(connexion, db.Database.CurrentTransaction?.GetDbTransaction(), lecture, ct);
            }
            finally
            {
                if (ouverteIci) await connexion.CloseAsync();
            }
            return;
        }

        var suivante = -1;
        async Task Travailleur()
        {
            await using DbConnection connexion = sqlite ? new SqliteConnection(chaine) : new NpgsqlConnection(chaine);
            await connexion.OpenAsync(ct);
            for (var i = Interlocked.Increment(ref suivante); i < lectures.Length; i = Interlocked.Increment(ref suivante))
                await LireAsync(connexion, null, lectures[i], ct);
        }
        await Task.WhenAll(Task.Run(Travailleur, ct), Task.Run(Travailleur, ct));
    }

    private static async Task LireAsync(DbConnection connexion, DbTransaction? transaction, Lecture lecture, CancellationToken ct)
    {
        if (lecture.Reserver is { } reserver)
            await LectureSql.LireAsync(connexion, transaction, $"SELECT max(\"Id\") FROM \"{lecture.Table}\"", l => reserver(l.Nul(0) ? 0 : Math.Min(l.Entier(0), 50_000_000)), ct);
        await LectureSql.LireAsync(connexion, transaction, lecture.Sql, lecture.Ligne, ct);
    }
}
