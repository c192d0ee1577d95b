using System.Globalization;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Temps;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Enfants;

/// <summary>French wording shared by the file page, the timeline and the API.</summary>
public static class Textes
{
    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

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
