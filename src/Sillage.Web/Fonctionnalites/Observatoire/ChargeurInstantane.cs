using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Echeances;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>
/// Reads the whole département once into the observatoire's <see cref="Instantane"/> (ids = interchange ids).
/// Each table is read in one streamed ADO.NET query of only the needed columns: EF Core writes the SQL
/// (<c>ToQueryString</c>, so it is right for SQLite and PostgreSQL) and the rows are read by position
/// straight into the snapshot's records, without materialising EF objects (Nord: 1.4 million rows).
/// </summary>
public sealed class ChargeurInstantane(SillageDbContext db)
{
    private static string Id(string? source, int id) => ChargeurSituations.IdEchange(source, id);

    public async Task<Instantane> ChargerAsync(CancellationToken ct = default)
    {
        var lecteur = new Lecteur(db);
        await lecteur.OuvrirAsync(ct);
        try
        {
            var territoires = new Dictionary<int, string>();
            await lecteur.LireAsync(db.Territoires.Select(t => new { t.Id, t.Code }), r => territoires[r.GetInt32(0)] = r.GetString(1), ct);
            string Territoire(int id) => territoires.GetValueOrDefault(id, "");

            var idsEnfants = new Dictionary<int, string>();
            var enfants = new List<Instantane.Enfant>();
            await lecteur.LireAsync(db.Enfants.Where(e => e.FusionneDansId == null).Select(e => new { e.Id, e.SourceId, e.TerritoireId, e.DateNaissance, e.Mna, e.Famille }), r =>
            {
                var id = Id(Lecteur.Texte(r, 1), r.GetInt32(0));
                idsEnfants[r.GetInt32(0)] = id;
                enfants.Add(new(id, Territoire(r.GetInt32(2)), lecteur.Date(r, 3), r.GetBoolean(4), Lecteur.Texte(r, 5)));
            }, ct);
            string? Enfant(int id) => idsEnfants.GetValueOrDefault(id);

            var evaluations = new Dictionary<int, List<Instantane.Evaluation>>();
            await lecteur.LireAsync(db.InformationsEnfants.Select(x => new { x.InformationId, x.EnfantId, x.DateFinEvaluation, x.Conclusion, x.DateDecision }), r =>
            {
                if (Enfant(r.GetInt32(1)) is not { } enfant) return;
                var info = r.GetInt32(0);
                if (!evaluations.TryGetValue(info, out var liste)) evaluations[info] = liste = [];
                liste.Add(new(enfant, lecteur.DateNulle(r, 2), lecteur.Code(r, 3), lecteur.DateNulle(r, 4)));
            }, ct);
            var informations = new List<Instantane.Information>();
            await lecteur.LireAsync(db.Informations.Select(i => new { i.Id, i.SourceId, i.DateReception, i.Qualification }), r =>
                informations.Add(new(Id(Lecteur.Texte(r, 1), r.GetInt32(0)), lecteur.Date(r, 2), lecteur.Code(r, 3)!,
                    evaluations.TryGetValue(r.GetInt32(0), out var liste) ? liste : [])), ct);

            var idsMesures = new Dictionary<int, string>();
            var mesures = new List<Instantane.Mesure>();
            await lecteur.LireAsync(db.Mesures.Select(m => new { m.Id, m.SourceId, m.EnfantId, m.Type, m.DateDecision, m.DateDebut, m.DateFinPrevue, m.DateFin }), r =>
            {
                var id = Id(Lecteur.Texte(r, 1), r.GetInt32(0));
                idsMesures[r.GetInt32(0)] = id;
                if (Enfant(r.GetInt32(2)) is { } enfant)
                    mesures.Add(new(id, enfant, lecteur.Code(r, 3)!, lecteur.Date(r, 4), lecteur.DateNulle(r, 5), lecteur.DateNulle(r, 6), lecteur.DateNulle(r, 7)));
            }, ct);

            var idsLieux = new Dictionary<int, string>();
            var lieux = new List<Instantane.Lieu>();
            await lecteur.LireAsync(db.Lieux.Select(l => new { l.Id, l.SourceId, l.Type, l.TerritoireId, l.Capacite, l.DateOuverture, l.DateFermeture }), r =>
            {
                var id = Id(Lecteur.Texte(r, 1), r.GetInt32(0));
                idsLieux[r.GetInt32(0)] = id;
                lieux.Add(new(id, lecteur.Code(r, 2)!, Territoire(r.GetInt32(3)), r.GetInt32(4), lecteur.DateNulle(r, 5), lecteur.DateNulle(r, 6)));
            }, ct);

            var sejours = new List<Instantane.Sejour>();
            await lecteur.LireAsync(db.Sejours.Select(s => new { s.Id, s.SourceId, s.EnfantId, s.MesureId, s.LieuId, s.Mode, s.DateDebut, s.DateFin }), r =>
            {
                if (Enfant(r.GetInt32(2)) is not { } enfant) return;
                sejours.Add(new(Id(Lecteur.Texte(r, 1), r.GetInt32(0)), enfant, idsMesures.GetValueOrDefault(r.GetInt32(3), ""),
                    r.IsDBNull(4) ? null : idsLieux.GetValueOrDefault(r.GetInt32(4)), lecteur.Code(r, 5)!, lecteur.Date(r, 6), lecteur.DateNulle(r, 7)));
            }, ct);

            var populations = new List<Instantane.Population>();
            await lecteur.LireAsync(db.Populations.Select(p => new { p.Annee, p.TerritoireId, p.Age, p.Effectif }), r =>
                populations.Add(new(r.GetInt32(0), r.IsDBNull(1) ? Instantane.Departement : territoires.GetValueOrDefault(r.GetInt32(1), "?"), r.GetInt32(2), r.GetInt32(3))), ct);

            async Task<List<Instantane.Date>> Dates<T>(IQueryable<T> requete)
            {
                var liste = new List<Instantane.Date>();
                await lecteur.LireAsync(requete, r =>
                {
                    if (Enfant(r.GetInt32(0)) is { } enfant && !r.IsDBNull(1)) liste.Add(new(enfant, lecteur.Date(r, 1)));
                }, ct);
                return liste;
            }

            return new Instantane(
                territoires.Values.Order(StringComparer.Ordinal).ToList(), enfants, informations, mesures, sejours, lieux, populations,
                await Dates(db.Ppes.Select(x => new { x.EnfantId, x.DateSignature })),
                await Dates(db.Rapports.Select(x => new { x.EnfantId, x.Date })),
                await Dates(db.Entretiens.Select(x => new { x.EnfantId, x.Date })),
                await Dates(db.ExamensCessec.Select(x => new { x.EnfantId, x.DateExamen })));
        }
        finally
        {
            await lecteur.FermerAsync();
        }
    }

    /// <summary>Streams a projection's rows by position; dates and repeated codes are decoded without EF.</summary>
    private sealed class Lecteur(SillageDbContext db)
    {
        private readonly DbConnection _connexion = db.Database.GetDbConnection();
        private readonly bool _sqlite = !db.Database.IsNpgsql();
        private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
        private bool _ouverteIci;

        public async Task OuvrirAsync(CancellationToken ct)
        {
            if (_connexion.State == ConnectionState.Open) return;
            await _connexion.OpenAsync(ct);
            _ouverteIci = true;
        }

        public async Task FermerAsync()
        {
            if (_ouverteIci) await _connexion.CloseAsync();
        }

        public async Task LireAsync<T>(IQueryable<T> requete, Action<DbDataReader> ligne, CancellationToken ct)
        {
            await using var commande = _connexion.CreateCommand();
            commande.CommandText = requete.ToQueryString();
            commande.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var r = await commande.ExecuteReaderAsync(ct);
            // Microsoft.Data.Sqlite's ReadAsync only wraps Read: calling Read saves a task per row.
            while (_sqlite ? r.Read() : await r.ReadAsync(ct)) ligne(r);
        }

        public static string? Texte(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

        /// <summary>A code column (type, mode, qualification…): one string instance per distinct value.</summary>
        public string? Code(DbDataReader r, int i)
        {
            if (r.IsDBNull(i)) return null;
            var s = r.GetString(i);
            if (_codes.TryGetValue(s, out var partage)) return partage;
            _codes[s] = s;
            return s;
        }

        public DateOnly? DateNulle(DbDataReader r, int i) => r.IsDBNull(i) ? null : Date(r, i);

        /// <summary>SQLite stores dates as text yyyy-MM-dd (read without the culture-aware parser); PostgreSQL as date.</summary>
        public DateOnly Date(DbDataReader r, int i)
        {
            if (!_sqlite) return r.GetFieldValue<DateOnly>(i);
            var s = r.GetString(i);
            if (s.Length == 10 && s[4] == '-' && s[7] == '-'
                && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                && int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var j))
                return new DateOnly(a, m, j);
            return DateOnly.Parse(s, CultureInfo.InvariantCulture);
        }
    }
}
