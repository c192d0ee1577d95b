namespace Sillage.Domaine.Referentiel;

/// <summary>INSEE codes of the départements: 01–95 without 20, 2A, 2B, 971–976.</summary>
public static class CodesDepartement
{
    public static bool EstValide(string? code)
    {
        code = code?.Trim().ToUpperInvariant();
        if (code is "2A" or "2B") return true;
        if (code is null || !int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return false;
        return code.Length switch
        {
            2 => n is >= 1 and <= 95 && n != 20,
            3 => n is >= 971 and <= 976,
            _ => false,
        };
    }
}
