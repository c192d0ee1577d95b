using System.Security.Cryptography;
using System.Text;

namespace Sillage.Domaine.Audit;

/// <summary>The fields of one audit entry that the hash covers, in a canonical order.</summary>
public sealed record MaillonAudit(
    long Sequence,
    long HorodatageTicksUtc,
    string? UtilisateurId,
    string? Login,
    int Type,
    string? Cible,
    string? CibleId,
    string? Details,
    string HashPrecedent);

/// <summary>
/// Append-only hash chain: each entry's hash covers its content and the previous entry's
/// hash, so changing or deleting an entry breaks every later link.
/// </summary>
public static class ChaineAudit
{
    public const string Origine = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Hacher(MaillonAudit m)
    {
        var sb = new StringBuilder();
        void Champ(string? v) => sb.Append(v?.Length ?? -1).Append(':').Append(v).Append('|');
        Champ(m.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Champ(m.HorodatageTicksUtc.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Champ(m.UtilisateurId);
        Champ(m.Login);
        Champ(m.Type.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Champ(m.Cible);
        Champ(m.CibleId);
        Champ(m.Details);
        Champ(m.HashPrecedent);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Checks a chain read in sequence order; returns the French description of every break.</summary>
    public static IReadOnlyList<string> Verifier(IEnumerable<(MaillonAudit Maillon, string Hash)> entrees)
    {
        var erreurs = new List<string>();
        string precedent = Origine;
        long attendu = 1;
        foreach (var (m, hash) in entrees)
        {
            if (m.Sequence != attendu)
                erreurs.Add($"entrée n° {m.Sequence} : la séquence attendue était {attendu} (entrée supprimée ou insérée).");
            if (m.HashPrecedent != precedent)
                erreurs.Add($"entrée n° {m.Sequence} : le lien vers l'entrée précédente est rompu.");
            if (Hacher(m) != hash)
                erreurs.Add($"entrée n° {m.Sequence} : le contenu ne correspond plus à son empreinte (entrée modifiée).");
            precedent = hash;
            attendu = m.Sequence + 1;
        }
        return erreurs;
    }
}
