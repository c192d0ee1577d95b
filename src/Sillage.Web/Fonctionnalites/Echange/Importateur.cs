using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Enfants;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using static Sillage.Web.Fonctionnalites.Echange.TypeColonne;

namespace Sillage.Web.Fonctionnalites.Echange;

/// <summary>Rows of one file: created, updated, unchanged.</summary>
public sealed record CompteImport(string Fichier, int Lignes, int Crees, int Modifies, int Inchanges);

/// <summary>
/// The outcome of an import. <see cref="Erreurs"/> non-empty = nothing written (exit code 2);
/// <see cref="Anomalies"/> = legal rules broken by records imported with --tolerant (or, without
/// it, already counted among the errors).
/// </summary>
public sealed record ResultatImport(IReadOnlyList<ErreurEchange> Erreurs, IReadOnlyList<AnomalieEchange> Anomalies,
    IReadOnlyList<CompteImport> Comptes, int AnomaliesEnregistrees, TimeSpan Duree)
{
    public bool Reussi => Erreurs.Count == 0;
}

/// <summary>
/// `sillage import DIR`: reads and checks the whole folder (<see cref="LectureEchange"/>), then —
/// only when nothing is refused — writes every row in one transaction with prepared ADO.NET
/// statements keyed by source ids, and records ONE audit event (<see cref="TypeEvenementAudit.Import"/>)
/// with the folder, the files' SHA-256 and the counts.
/// </summary>
public static class Importateur
{
    public static async Task<ResultatImport> ImporterAsync(string dossier, bool tolerant, BaseDeDonnees bd, TextWriter progression,
        CancellationToken ct = default, IUtilisateurCourant? acteur = null)
    {
        await using var db = ServicesDonnees.CreerContexte(bd, acteur);
        return await ImporterAsync(db, dossier, tolerant, progression, ct);
    }

    public static async Task<ResultatImport> ImporterAsync(SillageDbContext db, string dossier, bool tolerant, TextWriter progression, CancellationToken ct = default)
    {
        var chrono = Stopwatch.StartNew();
        if (!Directory.Exists(dossier))
            return new([new ErreurEchange(Path.GetFileName(Path.TrimEndingDirectorySeparator(dossier)), 0, "-", "dossier introuvable.")], [], [], 0, chrono.Elapsed);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // The write lock is taken first (IMMEDIATE on SQLite), so that what is checked is what is written.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(85000001)", ct);
            else // a larger page cache for this connection: 128 MiB keeps the unique indexes of the largest files in memory
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -131072", ct);
            var acces = new AccesSql(db.Database.GetDbConnection(), db.Database.IsNpgsql() ? Fournisseur.Postgres : Fournisseur.Sqlite)
            {
                Transaction = tx.GetDbTransaction(),
            };
            var t = new TablesImport(acces);
            await t.ChargerAsync(ct);
            progression.WriteLine($"Base : {t.Enfants.Existants.Count} enfant(s), {t.Mesures.Existants.Count} mesure(s), {t.Sejours.Existants.Count} séjour(s) déjà importés ({chrono.Elapsed.TotalSeconds:0.0} s).");

            var lot = LectureEchange.Lire(dossier, t.References(), DateOnly.FromDateTime(DateTime.Now));
            foreach (var f in lot.Fichiers.Where(f => f.Present))
                progression.WriteLine($"{f.Fichier} : {f.Lignes} ligne(s) lue(s).");
            progression.WriteLine($"Vérification terminée : {lot.Erreurs.Count} erreur(s), {lot.Anomalies.Count} règle(s) légale(s) enfreinte(s) ({chrono.Elapsed.TotalSeconds:0.0} s).");

            var erreurs = tolerant
                ? lot.Erreurs.OrderBy(e => FormatEchange.Rang(e.Fichier)).ThenBy(e => e.Ligne).ToList()
                : lot.ToutesErreurs();
            if (erreurs.Count > 0)
            {
                await tx.RollbackAsync(ct);
                return new(erreurs, lot.Anomalies, [], 0, chrono.Elapsed);
            }

            var comptes = await EcrireAsync(t, lot, progression, chrono, ct);
            var anomalies = await t.EnregistrerAnomaliesAsync(lot.Anomalies, ct);
            await t.LibererAsync();

            await new JournalAudit(db).EnregistrerAsync(TypeEvenementAudit.Import, "Import",
                Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dossier))), new
                {
                    dossier = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dossier))),
                    tolerant,
                    fichiers = lot.Fichiers.Where(f => f.Present).Select(f => new { f.Fichier, f.Lignes, sha256 = f.Sha256 }),
                    comptes = comptes.Select(c => new { c.Fichier, c.Crees, c.Modifies, c.Inchanges }),
                    anomalies = anomalies,
                }, ct: ct);
            await tx.CommitAsync(ct);
            GenerationDonnees.Avancer();
            progression.WriteLine($"Import validé en {chrono.Elapsed.TotalSeconds:0.0} s.");
            if (acces.Fournisseur == Fournisseur.Postgres) await t.AnalyserEcritesAsync(progression, chrono);
            return new([], lot.Anomalies, comptes, anomalies, chrono.Elapsed);
        }
        finally
        {
            if (!db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<CompteImport>> EcrireAsync(TablesImport t, LotEchange lot, TextWriter progression, Stopwatch chrono, CancellationToken ct)
    {
        var comptes = new List<CompteImport>();
        async Task Fichier<T>(string fichier, TableSql table, List<T> lignes, Func<T, Task> ecrire)
        {
            var (c, m, i) = (table.Crees, table.Modifies, table.Inchanges);
            if (lignes.Count > 0) await table.SuspendreIndexSiVideAsync(ct);
            foreach (var l in lignes) await ecrire(l);
            await table.VidangerAsync(ct);
            var n = lignes.Count;
            // Rows already written are released at once: memory stays bounded by the largest file, not the whole folder.
            if (!ReferenceEquals(lignes, lot.Mesures)) { lignes.Clear(); lignes.TrimExcess(); }
            var compte = new CompteImport(fichier, n, table.Crees - c, table.Modifies - m, table.Inchanges - i);
            comptes.Add(compte);
            if (lot.Fichiers.Any(f => f.Fichier == fichier && f.Present))
                progression.WriteLine($"{fichier} : {compte.Crees} créé(s), {compte.Modifies} modifié(s), {compte.Inchanges} inchangé(s) ({chrono.Elapsed.TotalSeconds:0.0} s).");
        }
        int Territoire(string code) => t.Territoires.Id(code)!.Value;
        int Enfant(string id) => t.Enfants.Id(id)!.Value;

        await Fichier(FormatEchange.Territoires, t.Territoires, lot.Territoires, x => t.Territoires.EcrireAsync([x.Code, x.Libelle], null, ct));
        await Fichier(FormatEchange.Population, t.Population, lot.Population, x => t.Population.EcrireAsync(
            [x.Annee, x.Territoire == FormatEchange.TousTerritoires ? null : Territoire(x.Territoire), x.Age, x.Effectif], null, ct));
        await Fichier(FormatEchange.Lieux, t.Lieux, lot.Lieux, x => t.Lieux.EcrireAsync(
            [x.Id, x.Type, x.Nom, Territoire(x.Territoire), x.Capacite, x.AgeMin, x.AgeMax, x.Ouverture, x.Fermeture], null, ct));
        await Fichier(FormatEchange.Enfants, t.Enfants, lot.Enfants, x => t.Enfants.EcrireAsync(
            [x.Id, x.Nom, x.Prenoms, x.Sexe, x.Naissance, Territoire(x.Territoire), x.Famille, x.Mna, x.NomNaissanceMere, CleRecherche.Calculer(x.Nom, x.Prenoms)],
            () => [t.NouveauNumeroDossier()], ct));
        await Fichier(FormatEchange.Informations, t.Informations, lot.Informations, x => t.Informations.EcrireAsync(
            [x.Id, x.Reception, x.Origine, x.Qualification, x.DateQualification], null, ct));
        await Fichier(FormatEchange.InformationsEnfants, t.InformationsEnfants, lot.InformationsEnfants, x => t.InformationsEnfants.EcrireAsync(
            [t.Informations.Id(x.InformationId)!.Value, Enfant(x.EnfantId), x.FinEvaluation, x.Conclusion, x.DateDecision], null, ct));
        await Fichier(FormatEchange.Mesures, t.Mesures, lot.Mesures, x => t.Mesures.EcrireAsync(
            [x.Id, Enfant(x.EnfantId), x.Type, x.Decision, x.Debut, x.FinPrevue, x.Fin, x.MotifFin], () => [false, t.RenouvellementAInserer(x)], ct));
        await t.RenouvellementsAsync(lot.Mesures, ct);
        lot.Mesures.Clear();
        lot.Mesures.TrimExcess();
        await Fichier(FormatEchange.Sejours, t.Sejours, lot.Sejours, x => t.Sejours.EcrireAsync(
            [x.Id, Enfant(x.EnfantId), t.Mesures.Id(x.MesureId)!.Value, x.LieuId is null ? null : t.Lieux.Id(x.LieuId)!.Value, x.Mode, x.Debut, x.Fin, x.Motif], null, ct));
        await Fichier(FormatEchange.Ppe, t.Ppe, lot.Ppe, x => t.Ppe.EcrireAsync([x.Id, Enfant(x.EnfantId), x.Signature], null, ct));
        await Fichier(FormatEchange.Rapports, t.Rapports, lot.Rapports, x => t.Rapports.EcrireAsync([x.Id, Enfant(x.EnfantId), x.Date], null, ct));
        await Fichier(FormatEchange.Entretiens, t.Entretiens, lot.Entretiens, x => t.Entretiens.EcrireAsync([Enfant(x.EnfantId), x.Date], null, ct));
        await Fichier(FormatEchange.Cessec, t.Cessec, lot.Cessec, x => t.Cessec.EcrireAsync([Enfant(x.EnfantId), x.Date], null, ct));
        if (await t.RetablirIndexAsync(ct) is > 0 and var index)
            progression.WriteLine($"{index} index recréé(s) ({chrono.Elapsed.TotalSeconds:0.0} s).");
        return comptes;
    }

    /// <summary>The tables the import writes, with the existing rows they are matched against.</summary>
    private sealed class TablesImport(AccesSql a)
    {
        public readonly TableSql Territoires = new(a, "Territoires", [("Code", Texte), ("Libelle", Texte)], [0], true);
        public readonly TableSql Population = new(a, "Populations", [("Annee", Entier), ("TerritoireId", Entier), ("Age", Entier), ("Effectif", Entier)], [0, 1, 2], false, idRequis: false);
        public readonly TableSql Lieux = new(a, "Lieux", [("SourceId", Texte), ("Type", Texte), ("Nom", Texte), ("TerritoireId", Entier), ("Capacite", Entier),
            ("AgeMin", Entier), ("AgeMax", Entier), ("DateOuverture", Date), ("DateFermeture", Date)], [0], true);
        public readonly TableSql Enfants = new(a, "Enfants", [("SourceId", Texte), ("Nom", Texte), ("Prenoms", Texte), ("Sexe", Texte), ("DateNaissance", Date),
            ("TerritoireId", Entier), ("Famille", Texte), ("Mna", Booleen), ("NomNaissanceMere", Texte), ("CleRecherche", Texte)], [0], true, [("NumeroDossier", Texte)]);
        public readonly TableSql Informations = new(a, "Informations", [("SourceId", Texte), ("DateReception", Date), ("Origine", Texte), ("Qualification", Texte),
            ("DateQualification", Date)], [0], true);
        public readonly TableSql InformationsEnfants = new(a, "InformationsEnfants", [("InformationId", Entier), ("EnfantId", Entier), ("DateFinEvaluation", Date),
            ("Conclusion", Texte), ("DateDecision", Date)], [0, 1], true, idRequis: false);
        public readonly TableSql Mesures = new(a, "Mesures", [("SourceId", Texte), ("EnfantId", Entier), ("Type", Texte), ("DateDecision", Date), ("DateDebut", Date),
            ("DateFinPrevue", Date), ("DateFin", Date), ("MotifFin", Texte)], [0], true, [("ExceptionLongueDuree", Booleen), ("RenouvelleId", Entier)]);
        public readonly TableSql Sejours = new(a, "Sejours", [("SourceId", Texte), ("EnfantId", Entier), ("MesureId", Entier), ("LieuId", Entier), ("Mode", Texte),
            ("DateDebut", Date), ("DateFin", Date), ("Motif", Texte)], [0], true, idRequis: false);
        public readonly TableSql Ppe = new(a, "Ppes", [("SourceId", Texte), ("EnfantId", Entier), ("DateSignature", Date)], [0], true, idRequis: false);
        public readonly TableSql Rapports = new(a, "Rapports", [("SourceId", Texte), ("EnfantId", Entier), ("Date", Date)], [0], true, idRequis: false);
        public readonly TableSql Entretiens = new(a, "Entretiens", [("EnfantId", Entier), ("Date", Date)], [0, 1], false, idRequis: false);
        public readonly TableSql Cessec = new(a, "ExamensCessec", [("EnfantId", Entier), ("DateExamen", Date)], [0, 1], false, idRequis: false);

        private IEnumerable<TableSql> Toutes => [Territoires, Population, Lieux, Enfants, Informations, InformationsEnfants, Mesures, Sejours, Ppe, Rapports, Entretiens, Cessec];

        private readonly HashSet<string> _numeros = new(StringComparer.Ordinal);
        private int _prochainNumero;
        /// <summary>Mesure id → RenouvelleId currently stored.</summary>
        private readonly Dictionary<int, int?> _renouvellements = [];
        private readonly HashSet<string> _anomaliesConnues = new(StringComparer.Ordinal);

        private readonly ReferencesExistantes _references = new();

        public async Task ChargerAsync(CancellationToken ct)
        {
            var enfantsParId = new Dictionary<int, string>();
            foreach (var table in Toutes) await table.ChargerAsync(ct, Releve(table, enfantsParId));
            foreach (var code in Territoires.Existants.Keys) _references.Territoires.Add(code);
            foreach (var l in await a.LireToutAsync("SELECT \"NumeroDossier\" FROM \"Enfants\"", [Texte], ct)) _numeros.Add((string)l[0]!);
            _prochainNumero = _numeros.Count + 1;
            foreach (var l in await a.LireToutAsync("SELECT \"Id\", \"RenouvelleId\" FROM \"Mesures\"", [Entier, Entier], ct)) _renouvellements[(int)l[0]!] = (int?)l[1];
            foreach (var l in await a.LireToutAsync("SELECT \"Fichier\", \"Ligne\", \"SourceId\", \"Regle\", \"Message\" FROM \"AnomaliesQualite\"", [Texte, Entier, Texte, Texte, Texte], ct))
                _anomaliesConnues.Add(CleAnomalie((string)l[0]!, (int)l[1]!, (string?)l[2], (string)l[3]!, (string)l[4]!));
        }

        /// <summary>
        /// What the folder may reference without repeating it, noted from the rows of <paramref name="table"/> as they are
        /// read (only their fingerprints are kept). Enfants are read before Mesures (<see cref="Toutes"/>).
        /// </summary>
        private Action<int, object?[]>? Releve(TableSql table, Dictionary<int, string> enfantsParId)
        {
            var r = _references;
            if (table == Enfants) return (id, v) => { r.Enfants[(string)v[0]!] = (DateOnly)v[4]!; enfantsParId[id] = (string)v[0]!; };
            if (table == Lieux) return (_, v) => r.Lieux[(string)v[0]!] = (string)v[1]!;
            if (table == Informations) return (_, v) => r.Informations[(string)v[0]!] = (DateOnly)v[1]!;
            if (table == Mesures)
                return (_, v) =>
                {
                    if (enfantsParId.TryGetValue((int)v[1]!, out var enfant)) r.Mesures[(string)v[0]!] = new(enfant, (DateOnly?)v[4], (DateOnly?)v[6]);
                };
            return null;
        }

        /// <summary>What the folder may reference without repeating it (read by <see cref="ChargerAsync"/>).</summary>
        public ReferencesExistantes References() => _references;

        /// <summary>"E" + 7 digits, the first free number: unique, and never changed by a later import (children are matched by source id).</summary>
        public string NouveauNumeroDossier()
        {
            string n;
            do n = "E" + (_prochainNumero++).ToString("D7", CultureInfo.InvariantCulture);
            while (!_numeros.Add(n));
            return n;
        }

        /// <summary>New measures whose renewed measure came further down the file: their `renouvelle` waits for its id.</summary>
        private readonly HashSet<string> _renouvellementsDifferes = new(StringComparer.Ordinal);

        /// <summary>
        /// The `renouvelle` of a new measure, written with the row when the renewed measure already has its id (the usual
        /// order: a renewal follows what it renews); otherwise null now and set by <see cref="RenouvellementsAsync"/>.
        /// </summary>
        public int? RenouvellementAInserer(MesureLue m)
        {
            if (m.Renouvelle is null) return null;
            if (Mesures.Id(m.Renouvelle) is { } id) return id;
            _renouvellementsDifferes.Add(m.Id);
            return null;
        }

        /// <summary>
        /// `renouvelle` of existing measures, and of new ones that renew a measure further down the file, once every
        /// measure has its id. A new measure's row already holds its renewal otherwise (<see cref="RenouvellementAInserer"/>):
        /// no second write of millions of rows.
        /// </summary>
        public async Task RenouvellementsAsync(List<MesureLue> mesures, CancellationToken ct)
        {
            await using var avecVersion = new LotSql(a, $"UPDATE \"Mesures\" SET \"RenouvelleId\" = {a.P(0)}, \"Version\" = \"Version\" + 1 WHERE \"Id\" = {a.P(1)}", [Entier, Entier]);
            await using var sansVersion = new LotSql(a, $"UPDATE \"Mesures\" SET \"RenouvelleId\" = {a.P(0)} WHERE \"Id\" = {a.P(1)}", [Entier, Entier]);
            foreach (var m in mesures)
            {
                var id = Mesures.Id(m.Id)!.Value;
                var existante = _renouvellements.TryGetValue(id, out var actuel);
                if (!existante && !_renouvellementsDifferes.Contains(m.Id)) continue;
                var voulu = m.Renouvelle is null ? null : Mesures.Id(m.Renouvelle);
                if (actuel == voulu) continue;
                // A row created by this import keeps Version 0; an existing row changes version.
                await (existante ? avecVersion : sansVersion).AjouterAsync([voulu, id], ct);
                _renouvellements[id] = voulu;
            }
            await avecVersion.VidangerAsync(ct);
            await sansVersion.VidangerAsync(ct);
        }

        /// <summary>
        /// PostgreSQL, once the import is committed: statistics of the tables it created or changed rows in. Filled in one
        /// transaction, they have none until autovacuum passes (a minute or more), and the planner meanwhile reads them as
        /// nearly empty. A failure here only delays the statistics.
        /// </summary>
        public async Task AnalyserEcritesAsync(TextWriter progression, Stopwatch chrono)
        {
            var ecrites = Toutes.Where(x => x.Crees + x.Modifies > 0).Select(x => AccesSql.Q(x.Nom)).ToList();
            if (ecrites.Count == 0) return;
            a.Transaction = null; // committed: outside the import's transaction
            var debut = chrono.Elapsed;
            try
            {
                await using var analyse = a.Commande("ANALYZE " + string.Join(", ", ecrites), []); // the import's own table names
                analyse.CommandTimeout = 0;
                await a.ExecuterAsync(analyse, CancellationToken.None);
                progression.WriteLine($"Statistiques de PostgreSQL mises à jour ({(chrono.Elapsed - debut).TotalSeconds:0.0} s).");
            }
            catch (Npgsql.NpgsqlException e)
            {
                progression.WriteLine($"Statistiques de PostgreSQL non mises à jour ({e.SqlState}) : l'autovacuum s'en chargera.");
            }
        }

        private static string CleAnomalie(string fichier, int ligne, string? sourceId, string regle, string message) =>
            $"{fichier}\u001f{(sourceId is null ? ligne.ToString(CultureInfo.InvariantCulture) : "")}\u001f{sourceId}\u001f{regle}\u001f{message}";

        /// <summary>Records the legal rules broken by imported rows, once (a re-import adds nothing).</summary>
        public async Task<int> EnregistrerAnomaliesAsync(IReadOnlyList<AnomalieEchange> anomalies, CancellationToken ct)
        {
            if (anomalies.Count == 0) return 0;
            await using var lot = new LotSql(a,
                $"INSERT INTO \"AnomaliesQualite\" (\"Fichier\", \"Ligne\", \"SourceId\", \"EnfantId\", \"Regle\", \"Message\", \"ImporteLe\") VALUES ({string.Join(", ", Enumerable.Range(0, 7).Select(a.P))})",
                [Texte, Entier, Texte, Entier, Texte, Texte, Horodatage]);
            var maintenant = DateTime.UtcNow;
            maintenant = new DateTime(maintenant.Ticks - maintenant.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
            var n = 0;
            foreach (var x in anomalies)
            {
                var message = x.Message.Length > 1000 ? x.Message[..1000] : x.Message;
                if (!_anomaliesConnues.Add(CleAnomalie(x.Fichier, x.Ligne, x.SourceId, x.Regle, message))) continue;
                await lot.AjouterAsync([x.Fichier, x.Ligne, x.SourceId, x.EnfantId is null ? null : Enfants.Id(x.EnfantId), x.Regle, message, maintenant], ct);
                n++;
            }
            await lot.VidangerAsync(ct);
            return n;
        }

        public async Task<int> RetablirIndexAsync(CancellationToken ct)
        {
            var n = 0;
            foreach (var table in Toutes) n += await table.RetablirIndexAsync(ct);
            return n;
        }

        public async Task LibererAsync()
        {
            foreach (var table in Toutes) await table.LibererAsync();
        }
    }
}
