using System.Globalization;
using System.Text;

namespace Sillage.Domaine.Enfants;

/// <summary>
/// Names are searched without accents or case and with prénoms in any order:
/// « Éloïse-Marie DUPONT » and « dupont marie eloise » share the key « DUPONT ELOISE MARIE ».
/// </summary>
public static class CleRecherche
{
    public static IReadOnlyList<string> Mots(string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte)) return [];
        var decompose = texte.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decompose.Length);
        foreach (var c in decompose)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : ' ');
        }
        return sb.ToString()
            .Replace("Œ", "OE", StringComparison.Ordinal).Replace("Æ", "AE", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static string Calculer(string? nom, string? prenoms) =>
        string.Join(' ', Mots($"{nom} {prenoms}").Order(StringComparer.Ordinal));
}
