using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Sillage.Web.Fonctionnalites.Shared;

/// <summary>Every table exports: CSV for French Excel (`;`, UTF-8 with BOM) or XLSX.</summary>
public static class ExportTableau
{
    public sealed record Colonne<T>(string Titre, Func<T, object?> Valeur);

    public static FileContentResult Csv<T>(string nomFichier, IEnumerable<T> lignes, IReadOnlyList<Colonne<T>> colonnes)
    {
        using var ms = new MemoryStream();
        using (var w = new StreamWriter(ms, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(w, new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";" }))
        {
            foreach (var c in colonnes) csv.WriteField(c.Titre);
            csv.NextRecord();
            foreach (var l in lignes)
            {
                foreach (var c in colonnes) csv.WriteField(Texte(c.Valeur(l)));
                csv.NextRecord();
            }
        }
        return new FileContentResult(ms.ToArray(), "text/csv; charset=utf-8") { FileDownloadName = nomFichier + ".csv" };
    }

    public static FileContentResult Xlsx<T>(string nomFichier, IEnumerable<T> lignes, IReadOnlyList<Colonne<T>> colonnes)
    {
        var donnees = lignes.Select(l =>
        {
            IDictionary<string, object?> d = new Dictionary<string, object?>();
            foreach (var c in colonnes) d[c.Titre] = c.Valeur(l) is DateOnly j ? j.ToDateTime(TimeOnly.MinValue) : c.Valeur(l);
            return d;
        }).ToList();
        using var ms = new MemoryStream();
        MiniExcel.SaveAs(ms, donnees);
        return new FileContentResult(ms.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = nomFichier + ".xlsx" };
    }

    public static FileContentResult Fichier<T>(string format, string nomFichier, IEnumerable<T> lignes, IReadOnlyList<Colonne<T>> colonnes) =>
        string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase) ? Xlsx(nomFichier, lignes, colonnes) : Csv(nomFichier, lignes, colonnes);

    private static string Texte(object? v) => v switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "oui" : "non",
        IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo("fr-FR")),
        _ => v.ToString() ?? "",
    };
}
