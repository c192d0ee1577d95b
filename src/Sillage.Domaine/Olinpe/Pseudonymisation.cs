using System.Security.Cryptography;
using System.Text;
using Sillage.Domaine.Enfants;

namespace Sillage.Domaine.Olinpe;

/// <summary>The pseudonym inputs of D226-3-4: the child's first name, month and year of birth, the mother's birth surname.</summary>
public sealed record EntreePseudonyme(string? Prenoms, int MoisNaissance, int AnneeNaissance, string? NomNaissanceMere);

/// <summary>Pluggable pseudonymisation: the official module of the DREES/ONPE replaces the default without touching the engine.</summary>
public interface IPseudonymiseur
{
    /// <summary>Name shown in the history and the admin page.</summary>
    string Nom { get; }

    /// <summary>40 hexadecimal characters; same inputs → same id; irreversible.</summary>
    string Calculer(EntreePseudonyme entree);
}

/// <summary>
/// The documented default (an ASSUMPTION, docs/OLINPE.md): SHA-1 of
/// « PRENOM|MM|AAAA|NOMMERE », where PRENOM is the first given name and every text is normalised
/// (upper case, accents removed, every non-letter removed). No salt: the official salt is unknown.
/// </summary>
public sealed class PseudonymiseurSha1 : IPseudonymiseur
{
    public string Nom => "SHA-1 des entrées normalisées (hypothèse Sillage, docs/OLINPE.md)";

    public static string Normaliser(string? texte) =>
        string.Concat(CleRecherche.Mots(texte).SelectMany(m => m.Where(char.IsLetter)));

    /// <summary>The first given name: « Éloïse-Marie Anne » → « ELOISEMARIE ».</summary>
    public static string PremierPrenom(string? prenoms) =>
        Normaliser((prenoms ?? "").Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());

    public static string ChaineNormalisee(EntreePseudonyme e) =>
        $"{PremierPrenom(e.Prenoms)}|{e.MoisNaissance:00}|{e.AnneeNaissance:0000}|{Normaliser(e.NomNaissanceMere)}";

    public string Calculer(EntreePseudonyme entree) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(ChaineNormalisee(entree))));
}

/// <summary>A pseudonym already transmitted for a child, and the first year whose file carried it.</summary>
public sealed record PseudonymeConnu(string Pseudonyme, int AnneePremiere);

public static class ChainagePseudonymes
{
    /// <summary>
    /// NUMANONYMANT for the file of <paramref name="annee"/>: the most recent pseudonym of the child transmitted
    /// in a file of a year up to <paramref name="annee"/> that differs from the current one (a corrected first
    /// name gives a new id; the previous one lets the ONPE chain the events), or null.
    /// </summary>
    public static string? Precedent(string actuel, IEnumerable<PseudonymeConnu> historique, int annee) =>
        historique.Where(h => h.AnneePremiere <= annee && !string.Equals(h.Pseudonyme, actuel, StringComparison.Ordinal))
            .OrderByDescending(h => h.AnneePremiere).ThenBy(h => h.Pseudonyme, StringComparer.Ordinal)
            .Select(h => h.Pseudonyme).FirstOrDefault();
}
