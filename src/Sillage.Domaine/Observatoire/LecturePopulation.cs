using System.Globalization;

namespace Sillage.Domaine.Observatoire;

/// <summary>One INSEE figure: population on 1 January of <see cref="Annee"/>, of one age, in a territory (`*` = the département).</summary>
public sealed record LignePopulation(int Annee, string Territoire, int Age, int Effectif);

/// <summary>
/// Reads an INSEE population file `annee;territoire;age;effectif` (the population.csv of the interchange format, header
/// required, `;` separator, UTF-8 with or without BOM). All or nothing: every error is reported, in French, with its line and column.
/// </summary>
public static class LecturePopulation
{
    public static readonly IReadOnlyList<string> Colonnes = ["annee", "territoire", "age", "effectif"];

    public static (List<LignePopulation> Lignes, List<string> Erreurs) Lire(TextReader lecteur)
    {
        var lignes = new List<LignePopulation>();
        var erreurs = new List<string>();
        var entete = lecteur.ReadLine()?.TrimStart('\uFEFF').Trim();
        if (entete is null || !entete.Split(';').Select(c => c.Trim().ToLowerInvariant()).SequenceEqual(Colonnes))
        {
            erreurs.Add($"Ligne 1 : l'en-tête doit être « {string.Join(';', Colonnes)} ».");
            return (lignes, erreurs);
        }
        var vues = new HashSet<(int, string, int)>();
        var n = 1;
        string? ligne;
        while ((ligne = lecteur.ReadLine()) is not null)
        {
            n++;
            if (ligne.Trim().Length == 0) continue;
            var c = ligne.Split(';');
            if (c.Length != Colonnes.Count)
            {
                erreurs.Add($"Ligne {n} : {Colonnes.Count} colonnes attendues, {c.Length} trouvées.");
                continue;
            }
            int? Entier(int i, int min, int max)
            {
                if (int.TryParse(c[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
                erreurs.Add($"Ligne {n}, colonne {Colonnes[i]} : « {c[i].Trim()} » n'est pas un entier entre {min} et {max}.");
                return null;
            }
            var annee = Entier(0, 1900, 2999);
            var territoire = c[1].Trim();
            if (territoire.Length == 0) erreurs.Add($"Ligne {n}, colonne territoire : obligatoire (code du territoire, ou * pour le département).");
            var age = Entier(2, 0, 120);
            var effectif = Entier(3, 0, 100_000_000);
            if (annee is null || age is null || effectif is null || territoire.Length == 0) continue;
            if (!vues.Add((annee.Value, territoire, age.Value)))
            {
                erreurs.Add($"Ligne {n} : l'année {annee}, le territoire {territoire} et l'âge {age} figurent déjà plus haut.");
                continue;
            }
            lignes.Add(new(annee.Value, territoire, age.Value, effectif.Value));
        }
        if (lignes.Count == 0 && erreurs.Count == 0) erreurs.Add("Le fichier ne contient aucune ligne de population.");
        return (lignes, erreurs);
    }
}
