using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Sillage.Domaine.Olinpe;

public enum FormatOlinpe { Xml, Csv }

/// <summary>
/// Streaming writer of the file: XML of OLINPE.md (&lt;DECRET&gt;&lt;INTRO&gt;…&lt;/INTRO&gt; then one &lt;DONNEE&gt; per event)
/// or the same records as CSV (`;`, BOM, LF) for the ODPE. No timestamp: DATEXPORT is given by the caller,
/// so that the same base and the same year give the same bytes.
/// </summary>
public sealed class EcrivainOlinpe : IDisposable
{
    private readonly TableCorrespondance _table;
    private readonly FormatOlinpe _format;
    private readonly XmlWriter? _xml;
    private readonly StreamWriter? _csv;

    public EcrivainOlinpe(Stream sortie, TableCorrespondance table, FormatOlinpe format, DateOnly dateExport)
    {
        (_table, _format) = (table, format);
        if (format == FormatOlinpe.Xml)
        {
            _xml = XmlWriter.Create(sortie, new XmlWriterSettings
            {
                Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace, CloseOutput = false,
            });
            _xml.WriteStartDocument();
            _xml.WriteStartElement("DECRET");
            _xml.WriteStartElement("INTRO");
            _xml.WriteElementString("VERSIONXSD", table.VersionXsd);
            _xml.WriteElementString("DATEXPORT", dateExport.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            _xml.WriteEndElement();
        }
        else
        {
            _csv = new StreamWriter(sortie, new UTF8Encoding(true), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            _csv.WriteLine(string.Join(";", table.Variables.Select(v => v.Code)));
        }
    }

    public void Ecrire(LigneOlinpe ligne)
    {
        if (_xml is not null)
        {
            _xml.WriteStartElement("DONNEE");
            for (var i = 0; i < _table.Variables.Count; i++) _xml.WriteElementString(_table.Variables[i].Code, ligne.Valeurs[i] ?? "");
            _xml.WriteEndElement();
        }
        else _csv!.WriteLine(string.Join(";", ligne.Valeurs.Select(v => v ?? "")));
    }

    public void Dispose()
    {
        if (_xml is not null)
        {
            _xml.WriteEndElement();
            _xml.WriteEndDocument();
            _xml.Flush();
            _xml.Dispose();
        }
        _csv?.Flush();
        _csv?.Dispose();
    }

    public static FormatOlinpe FormatDuNom(string chemin) =>
        chemin.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? FormatOlinpe.Csv : FormatOlinpe.Xml;
}

/// <summary>Streaming reader of a file (XML or CSV) into records in the order of the mapping table, for `olinpe valider`.</summary>
public static class LecteurOlinpe
{
    /// <summary>DATEXPORT of an XML file (null for CSV or when absent).</summary>
    public static DateOnly? DateExport(Stream s)
    {
        using var r = XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CloseInput = false });
        try
        {
            return r.ReadToFollowing("DATEXPORT") && DateOnly.TryParseExact(r.ReadElementContentAsString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        }
        catch (XmlException) { return null; }
    }

    /// <summary>The year of the events of a file: from DATEXPORT when it is the 31 December of N (Sillage's default) or
    /// a date of N+1 (a transmission), else the year of the first record's event.</summary>
    public static int? AnneeProbable(Func<Stream> ouvrir, TableCorrespondance table, FormatOlinpe format)
    {
        if (format == FormatOlinpe.Xml)
        {
            using var s0 = ouvrir();
            if (DateExport(s0) is { } d) return d is { Month: 12, Day: 31 } ? d.Year : d.Year - 1;
        }
        using var s = ouvrir();
        var premiere = Lire(s, table, format).FirstOrDefault();
        if (premiere is null) return null;
        var champ = premiere.Valeurs[table.Index("TYPEV")] == "3" ? "DATFIN" : "DATDEB";
        return table.Index(champ) is var i and >= 0 && premiere.Valeurs[i] is { Length: >= 4 } v && int.TryParse(v[..4], out var an) ? an : null;
    }

    public static IEnumerable<LigneOlinpe> Lire(Stream s, TableCorrespondance table, FormatOlinpe format) =>
        format == FormatOlinpe.Xml ? LireXml(s, table) : LireCsv(s, table);

    private static IEnumerable<LigneOlinpe> LireXml(Stream s, TableCorrespondance table)
    {
        using var r = XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, CloseInput = false });
        var n = 0;
        r.MoveToContent();
        while (!r.EOF)
        {
            // XNode.ReadFrom leaves the reader on the node after the element: that may already be the next DONNEE.
            if (r.NodeType != XmlNodeType.Element || r.LocalName != "DONNEE")
            {
                r.Read();
                continue;
            }
            var e = (XElement)XNode.ReadFrom(r);
            var valeurs = new string?[table.Variables.Count];
            foreach (var enfant in e.Elements())
                if (table.Index(enfant.Name.LocalName) is var i and >= 0) valeurs[i] = enfant.Value;
            yield return new LigneOlinpe(++n, valeurs);
        }
    }

    private static IEnumerable<LigneOlinpe> LireCsv(Stream s, TableCorrespondance table)
    {
        using var r = new StreamReader(s, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var entete = r.ReadLine()?.Split(';') ?? [];
        var positions = entete.Select(table.Index).ToArray();
        var n = 0;
        while (r.ReadLine() is { } ligne)
        {
            if (ligne.Length == 0) continue;
            var cellules = ligne.Split(';');
            var valeurs = new string?[table.Variables.Count];
            for (var j = 0; j < cellules.Length && j < positions.Length; j++)
                if (positions[j] >= 0) valeurs[positions[j]] = cellules[j];
            yield return new LigneOlinpe(++n, valeurs);
        }
    }
}
