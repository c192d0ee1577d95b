using System.Globalization;
using System.Reflection;

namespace Sillage.Demo.Drees;

/// <summary>One row of drees_ase_2020_departements.csv: measures on 31/12/2020 for one département (DREES, enquête Aide sociale).</summary>
public sealed record LigneDrees2020(
    int Annee, string CodeRegion, string CodeDepartement, string Departement,
    int ConfiesPupilles, int ConfiesApMineurs, int ConfiesApJeunesMajeurs, int ConfiesDap, int ConfiesTutelle,
    int ConfiesRetraitPartiel, int ConfiesPlacementAseJuge, int TotalConfiesAseA,
    int PlacementDirectTdc, int PlacementDirectEtabService, int PlacementDirectDapParticulierEtab, int TotalPlacementsDirectsB,
    int TotalEnfantsAccueillisAPlusB,
    int HebergFamillesAccueil, int HebergEtablissements, int HebergAdoJmAutonomes, int HebergAutres,
    int Aed, int Aemo, int TotalActionsEducatives,
    bool EstAgregat);

/// <summary>One row of drees_ase_enfants_accueillis_2002_2020_long.csv; <c>null</c> = "-" (not applicable). Some values are DREES imputations (not integers).</summary>
public sealed record LigneDreesSerie(string CodeRegion, string CodeDepartement, string Departement, int Annee, decimal? EnfantsAccueillis31Dec, bool EstAgregat);

/// <summary>
/// The DREES figures shipped with the product (embedded resources, Licence Ouverte / Etalab):
/// measures on 31/12/2020 per département and the 2002–2020 series of enfants accueillis.
/// </summary>
public static class DonneesDrees
{
    private const string Ressource2020 = "Sillage.Demo.Drees.drees_ase_2020_departements.csv";
    private const string RessourceSerie = "Sillage.Demo.Drees.drees_ase_enfants_accueillis_2002_2020_long.csv";

    private static readonly Lazy<IReadOnlyList<LigneDrees2020>> Lignes2020 = new(Lire2020);
    private static readonly Lazy<IReadOnlyList<LigneDreesSerie>> LignesSerie = new(LireSerie);

    /// <summary>All rows of the 2020 file, the aggregate row "69" (69D + 69M) included unless <paramref name="unitesSeulement"/>.</summary>
    public static IReadOnlyList<LigneDrees2020> Departements2020(bool unitesSeulement = true) =>
        unitesSeulement ? Lignes2020.Value.Where(l => !l.EstAgregat).ToList() : Lignes2020.Value;

    /// <summary>The row of a département code (e.g. "61", "2A", "69D", "974"); the aggregate "69" is returned only when asked for explicitly.</summary>
    public static LigneDrees2020? Departement2020(string code)
    {
        code = code.Trim().ToUpperInvariant();
        return Lignes2020.Value.FirstOrDefault(l => string.Equals(l.CodeDepartement, code, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The 2002–2020 series of enfants accueillis on 31/12, aggregates included unless <paramref name="unitesSeulement"/>.</summary>
    public static IReadOnlyList<LigneDreesSerie> Serie(bool unitesSeulement = true) =>
        unitesSeulement ? LignesSerie.Value.Where(l => !l.EstAgregat).ToList() : LignesSerie.Value;

    private static IEnumerable<string[]> LireCsv(string ressource, int colonnes)
    {
        using var flux = Assembly.GetExecutingAssembly().GetManifestResourceStream(ressource)
            ?? throw new InvalidOperationException($"Ressource DREES introuvable : {ressource}");
        using var lecteur = new StreamReader(flux);
        var entete = lecteur.ReadLine() ?? throw new InvalidDataException($"{ressource} : fichier vide");
        if (entete.Split(';').Length != colonnes) throw new InvalidDataException($"{ressource} : {colonnes} colonnes attendues");
        var lignes = new List<string[]>();
        string? ligne;
        var n = 1;
        while ((ligne = lecteur.ReadLine()) is not null)
        {
            n++;
            if (ligne.Length == 0) continue;
            var c = ligne.Split(';');
            if (c.Length != colonnes) throw new InvalidDataException($"{ressource}:{n}: {c.Length} colonnes au lieu de {colonnes}");
            lignes.Add(c);
        }
        return lignes;
    }

    // The README of the data says an empty count (Landes' heberg_ado_jm_autonomes) counts 0.
    private static int Entier(string s) => s.Length == 0 ? 0 : int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static IReadOnlyList<LigneDrees2020> Lire2020() =>
        LireCsv(Ressource2020, 25).Select(c => new LigneDrees2020(
            Entier(c[0]), c[1], c[2], c[3],
            Entier(c[4]), Entier(c[5]), Entier(c[6]), Entier(c[7]), Entier(c[8]), Entier(c[9]), Entier(c[10]), Entier(c[11]),
            Entier(c[12]), Entier(c[13]), Entier(c[14]), Entier(c[15]),
            Entier(c[16]),
            Entier(c[17]), Entier(c[18]), Entier(c[19]), Entier(c[20]),
            Entier(c[21]), Entier(c[22]), Entier(c[23]),
            c[24] == "1")).ToList();

    private static IReadOnlyList<LigneDreesSerie> LireSerie() =>
        LireCsv(RessourceSerie, 6).Select(c => new LigneDreesSerie(
            c[0], c[1], c[2], Entier(c[3]),
            c[4] == "-" ? null : decimal.Parse(c[4], NumberStyles.Number, CultureInfo.InvariantCulture),
            c[5] == "1")).ToList();
}
