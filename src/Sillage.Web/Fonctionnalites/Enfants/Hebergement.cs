using System.Globalization;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Temps;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Enfants;

/// <summary>French wording shared by the file page, the timeline and the API.</summary>
public static class Textes
{
    /// <summary>dd/MM/yyyy. Written digit by digit: a file page formats a few hundred dates, and the general formatter
    /// (custom pattern parsed at each call) was a fiftieth of the server's time under load.</summary>
    public static string Date(DateOnly d)
    {
        if (d.Year > 9999 || d.Year < 1000) return d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return string.Create(10, d, static (s, x) =>
        {
            s[0] = (char)('0' + x.Day / 10); s[1] = (char)('0' + x.Day % 10); s[2] = '/';
            s[3] = (char)('0' + x.Month / 10); s[4] = (char)('0' + x.Month % 10); s[5] = '/';
            s[6] = (char)('0' + x.Year / 1000); s[7] = (char)('0' + x.Year / 100 % 10); s[8] = (char)('0' + x.Year / 10 % 10); s[9] = (char)('0' + x.Year % 10);
        });
    }

    public static string Date(DateOnly? d) => d is { } x ? Date(x) : "—";

    public static string Jours(int n) => n is 0 or 1 or -1 ? $"{n} jour" : $"{n} jours";

    /// <summary>A file size in octets, Ko or Mo.</summary>
    public static string Taille(long octets) => octets switch
    {
        < 1024 => $"{octets} octets",
        < 1024 * 1024 => string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{octets / 1024.0:0.#} Ko"),
        _ => string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{octets / 1024.0 / 1024.0:0.#} Mo"),
    };

    public static string Libelle(IReadOnlyDictionary<string, string> codes, string? code) =>
        code is null ? "—" : codes.TryGetValue(code, out var l) ? l : code;

    /// <summary>Where a child lives on <paramref name="jour"/>, from the séjour active that day (FORMAT-ECHANGE.md, modes).</summary>
    public static string OuVit(Sejour? s) => s switch
    {
        null => "pas d'accueil en cours",
        { Mode: "LIEU", Lieu: { } l } => $"{l.Nom} ({Libelle(Codes.TypesLieu, l.Type)})",
        { Mode: "DOMICILE" } => "au domicile",
        { Mode: "TDC" } => "chez un tiers digne de confiance",
        _ => "autre hébergement",
    };

    public static bool Actif(Sejour s, DateOnly jour) => Calendrier.ActifLe(s.DateDebut, s.DateFin, jour);
}
