namespace Sillage.Domaine.Enfants;

/// <summary>The rules an identity must follow before a child's file is created or changed.</summary>
public static class IdentiteEnfant
{
    public static IReadOnlyList<ErreurValidation> Valider(string? nom, string? prenoms, string? sexe, DateOnly? dateNaissance, DateOnly aujourdhui)
    {
        var erreurs = new List<ErreurValidation>();
        if (string.IsNullOrWhiteSpace(nom)) erreurs.Add(new("Nom", "Nom : valeur obligatoire."));
        else if (nom.Trim().Length > 200) erreurs.Add(new("Nom", "Nom : 200 caractères au plus."));
        if (string.IsNullOrWhiteSpace(prenoms)) erreurs.Add(new("Prenoms", "Prénoms : valeur obligatoire."));
        else if (prenoms.Trim().Length > 200) erreurs.Add(new("Prenoms", "Prénoms : 200 caractères au plus."));
        if (sexe is not ("M" or "F")) erreurs.Add(new("Sexe", "Sexe : M ou F."));
        if (dateNaissance is null) erreurs.Add(new("DateNaissance", "Date de naissance : valeur obligatoire (JJ/MM/AAAA)."));
        else if (dateNaissance > aujourdhui) erreurs.Add(new("DateNaissance", "Date de naissance : elle ne peut pas être dans le futur."));
        else if (dateNaissance < aujourdhui.AddYears(-30)) erreurs.Add(new("DateNaissance", "Date de naissance : plus de 30 ans avant aujourd'hui, vérifiez l'année."));
        return erreurs;
    }

    /// <summary>
    /// Two files probably describe the same child: same birth date, and the same family name or
    /// search keys at most two letters apart (typos, a missing accent, a second prénom).
    /// </summary>
    public static bool Ressemble(string cleA, DateOnly naissanceA, string nomA, string cleB, DateOnly naissanceB, string nomB)
    {
        if (naissanceA != naissanceB) return false;
        var nomsA = CleRecherche.Mots(nomA);
        var nomsB = CleRecherche.Mots(nomB);
        if (nomsA.Intersect(nomsB).Any()) return true;
        return Distance(cleA, cleB) <= 2;
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var prec = new int[b.Length + 1];
        var cour = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prec[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cour[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cour[j] = Math.Min(Math.Min(cour[j - 1] + 1, prec[j] + 1), prec[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prec, cour) = (cour, prec);
        }
        return prec[b.Length];
    }
}
