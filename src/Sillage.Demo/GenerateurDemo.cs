using Sillage.Demo.Drees;
using Sillage.Domaine.Referentiel;

namespace Sillage.Demo;

/// <summary>
/// Builds a synthetic département (ten years of history, 2015-01-01 … 2024-12-31) whose measures
/// active on 31/12/2020 reproduce the département's DREES row. Pure and deterministic: the same
/// code and graine give byte-identical files.
/// </summary>
public static class GenerateurDemo
{
    /// <summary>First day of the generated history.</summary>
    public static readonly DateOnly DebutHistoire = new(2015, 1, 1);

    /// <summary>Last day of the generated history (the "today" of the demo data).</summary>
    public static readonly DateOnly FinHistoire = new(2024, 12, 31);

    /// <summary>The DREES stock date the generated measures are calibrated on.</summary>
    public static readonly DateOnly DateDrees = new(2020, 12, 31);

    /// <summary>
    /// Generates the département <paramref name="codeDepartement"/> (INSEE code: "61", "2A", "69D", "974"…)
    /// with the seed <paramref name="graine"/>. Throws <see cref="ArgumentException"/> for an unknown code
    /// or the aggregate row "69" (use 69D or 69M).
    /// </summary>
    public static JeuDemo Generer(string codeDepartement, int graine)
    {
        ArgumentNullException.ThrowIfNull(codeDepartement);
        var code = codeDepartement.Trim().ToUpperInvariant();
        var ligne = DonneesDrees.Departement2020(code);
        if (ligne is null || (!CodesDepartement.EstValide(code) && code is not ("69D" or "69M" or "20")))
            throw new ArgumentException($"Département inconnu des données DREES 2020 : « {codeDepartement} ».", nameof(codeDepartement));
        if (ligne.EstAgregat)
            throw new ArgumentException($"« {code} » est un agrégat DREES (69D + 69M) : choisir 69D ou 69M.", nameof(codeDepartement));
        return new Construction(ligne, graine).Construire();
    }
}
