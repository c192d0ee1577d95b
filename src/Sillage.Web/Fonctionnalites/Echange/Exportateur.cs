using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Echange;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using static Sillage.Web.Fonctionnalites.Echange.TypeColonne;

namespace Sillage.Web.Fonctionnalites.Echange;

/// <summary>
/// `sillage export DIR`: writes every file of the interchange format (header even when empty),
/// UTF-8 with BOM, `;`, LF, rows sorted by id (ordinal) so that export → import → export is
/// byte-identical. Records created in Sillage without a source id are exported as `sillage-&lt;Id&gt;`.
/// </summary>
public static class Exportateur
{
    public const string PrefixeSansSource = "sillage-";

    public static async Task<IReadOnlyList<(string Fichier, int Lignes)>> ExporterAsync(string dossier, BaseDeDonnees bd, TextWriter progression,
        CancellationToken ct = default, IUtilisateurCourant? acteur = null)
    {
        await using var db = ServicesDonnees.CreerContexte(bd, acteur);
        return await ExporterAsync(db, dossier, progression, ct);
    }

    public static async Task<IReadOnlyList<(string Fichier, int Lignes)>> ExporterAsync(SillageDbContext db, string dossier, TextWriter progression, CancellationToken ct = default)
    {
        Directory.CreateDirectory(dossier);
        var fichiers = new List<(string, List<string[]>)>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var a = new AccesSql(db.Database.GetDbConnection(), db.Database.IsNpgsql() ? Fournisseur.Postgres : Fournisseur.Sqlite);
            async Task<List<object?[]>> Lire(string table, params (string Colonne, TypeColonne Type)[] colonnes) =>
                await a.LireToutAsync($"SELECT {string.Join(", ", colonnes.Select(c => AccesSql.Q(c.Colonne)))} FROM {AccesSql.Q(table)}",
                    colonnes.Select(c => c.Type).ToArray(), ct);
            static string Id(object?[] l) => (string?)l[1] ?? PrefixeSansSource + ((int)l[0]!).ToString(CultureInfo.InvariantCulture);
            static Dictionary<int, string> Ids(List<object?[]> lignes) => lignes.ToDictionary(l => (int)l[0]!, Id);

            var territoires = await Lire("Territoires", ("Id", Entier), ("Code", Texte), ("Libelle", Texte));
            var codes = territoires.ToDictionary(l => (int)l[0]!, l => (string)l[1]!);
            fichiers.Add((FormatEchange.Territoires, territoires.Select(l => new[] { T(l[1]), T(l[2]) }).ToList()));

            var population = await Lire("Populations", ("Annee", Entier), ("TerritoireId", Entier), ("Age", Entier), ("Effectif", Entier));
            fichiers.Add((FormatEchange.Population, population
                .Select(l => (Annee: (int)l[0]!, Territoire: l[1] is int t ? codes[t] : FormatEchange.TousTerritoires, Age: (int)l[2]!, Effectif: (int)l[3]!))
                .OrderBy(p => p.Annee).ThenBy(p => p.Territoire, StringComparer.Ordinal).ThenBy(p => p.Age)
                .Select(p => new[] { T(p.Annee), p.Territoire, T(p.Age), T(p.Effectif) }).ToList()));

            var lieux = await Lire("Lieux", ("Id", Entier), ("SourceId", Texte), ("Type", Texte), ("Nom", Texte), ("TerritoireId", Entier), ("Capacite", Entier),
                ("AgeMin", Entier), ("AgeMax", Entier), ("DateOuverture", Date), ("DateFermeture", Date));
            var idsLieux = Ids(lieux);
            fichiers.Add((FormatEchange.Lieux, lieux.Select(l => new[] { Id(l), T(l[2]), T(l[3]), codes[(int)l[4]!], T(l[5]), T(l[6]), T(l[7]), T(l[8]), T(l[9]) }).ToList()));

            var enfants = await Lire("Enfants", ("Id", Entier), ("SourceId", Texte), ("Nom", Texte), ("Prenoms", Texte), ("Sexe", Texte), ("DateNaissance", Date),
                ("TerritoireId", Entier), ("Famille", Texte), ("Mna", Booleen), ("NomNaissanceMere", Texte));
            var idsEnfants = Ids(enfants);
            fichiers.Add((FormatEchange.Enfants, enfants.Select(l => new[] { Id(l), T(l[2]), T(l[3]), T(l[4]), T(l[5]), codes[(int)l[6]!], T(l[7]), (bool)l[8]! ? "1" : "0", T(l[9]) }).ToList()));

            var informations = await Lire("Informations", ("Id", Entier), ("SourceId", Texte), ("DateReception", Date), ("Origine", Texte), ("Qualification", Texte), ("DateQualification", Date));
            var idsInformations = Ids(informations);
            fichiers.Add((FormatEchange.Informations, informations.Select(l => new[] { Id(l), T(l[2]), T(l[3]), T(l[4]), T(l[5]) }).ToList()));

            var ie = await Lire("InformationsEnfants", ("InformationId", Entier), ("EnfantId", Entier), ("DateFinEvaluation", Date), ("Conclusion", Texte), ("DateDecision", Date));
            fichiers.Add((FormatEchange.InformationsEnfants, ie.Select(l => new[] { idsInformations[(int)l[0]!], idsEnfants[(int)l[1]!], T(l[2]), T(l[3]), T(l[4]) }).ToList()));

            var mesures = await Lire("Mesures", ("Id", Entier), ("SourceId", Texte), ("EnfantId", Entier), ("Type", Texte), ("DateDecision", Date), ("DateDebut", Date),
                ("DateFinPrevue", Date), ("DateFin", Date), ("MotifFin", Texte), ("RenouvelleId", Entier));
            var idsMesures = Ids(mesures);
            fichiers.Add((FormatEchange.Mesures, mesures.Select(l => new[]
            {
                Id(l), idsEnfants[(int)l[2]!], T(l[3]), T(l[4]), T(l[5]), T(l[6]), T(l[7]), T(l[8]), l[9] is int r ? idsMesures[r] : "",
            }).ToList()));

            var sejours = await Lire("Sejours", ("Id", Entier), ("SourceId", Texte), ("EnfantId", Entier), ("MesureId", Entier), ("LieuId", Entier), ("Mode", Texte),
                ("DateDebut", Date), ("DateFin", Date), ("Motif", Texte));
            fichiers.Add((FormatEchange.Sejours, sejours.Select(l => new[]
            {
                Id(l), idsEnfants[(int)l[2]!], idsMesures[(int)l[3]!], l[4] is int li ? idsLieux[li] : "", T(l[5]), T(l[6]), T(l[7]), T(l[8]),
            }).ToList()));

            var ppe = await Lire("Ppes", ("Id", Entier), ("SourceId", Texte), ("EnfantId", Entier), ("DateSignature", Date));
            fichiers.Add((FormatEchange.Ppe, ppe.Select(l => new[] { Id(l), idsEnfants[(int)l[2]!], T(l[3]) }).ToList()));
            var rapports = await Lire("Rapports", ("Id", Entier), ("SourceId", Texte), ("EnfantId", Entier), ("Date", Date));
            fichiers.Add((FormatEchange.Rapports, rapports.Select(l => new[] { Id(l), idsEnfants[(int)l[2]!], T(l[3]) }).ToList()));
            var entretiens = await Lire("Entretiens", ("EnfantId", Entier), ("Date", Date));
            fichiers.Add((FormatEchange.Entretiens, entretiens.Select(l => new[] { idsEnfants[(int)l[0]!], T(l[1]) }).ToList()));
            var cessec = await Lire("ExamensCessec", ("EnfantId", Entier), ("DateExamen", Date));
            fichiers.Add((FormatEchange.Cessec, cessec.Select(l => new[] { idsEnfants[(int)l[0]!], T(l[1]) }).ToList()));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var bilan = new List<(string, int)>();
        foreach (var (fichier, lignes) in fichiers)
        {
            // Population is already in (année, territoire, âge) order; every other file by its first columns, ordinal.
            var triees = fichier == FormatEchange.Population ? lignes : lignes.Order(ComparateurLignes.Instance).ToList();
            await EcrireAsync(Path.Combine(dossier, fichier), FormatEchange.Colonnes(fichier), triees, ct);
            progression.WriteLine($"{fichier} : {triees.Count} ligne(s) exportée(s).");
            bilan.Add((fichier, triees.Count));
        }
        var nom = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dossier)));
        await new JournalAudit(db).EnregistrerAsync(TypeEvenementAudit.Export, "Export", nom,
            new { dossier = nom, fichiers = bilan.Select(b => new { fichier = b.Item1, lignes = b.Item2 }) }, ct: ct);
        return bilan;
    }

    private static string T(object? v) => v switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };

    /// <summary>UTF-8 with BOM (French Excel), `;`, LF line ends, quotes only where needed.</summary>
    public static async Task EcrireAsync(string chemin, string[] colonnes, IEnumerable<string[]> lignes, CancellationToken ct)
    {
        await using var flux = new StreamWriter(chemin, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using var csv = new CsvWriter(flux, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", NewLine = "\n" });
        foreach (var c in colonnes) csv.WriteField(c);
        await csv.NextRecordAsync();
        foreach (var l in lignes)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var v in l) csv.WriteField(v ?? "");
            await csv.NextRecordAsync();
        }
    }

    private sealed class ComparateurLignes : IComparer<string[]>
    {
        public static readonly ComparateurLignes Instance = new();

        public int Compare(string[]? x, string[]? y)
        {
            if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                var c = string.CompareOrdinal(x[i], y[i]);
                if (c != 0) return c;
            }
            return x.Length.CompareTo(y.Length);
        }
    }
}
