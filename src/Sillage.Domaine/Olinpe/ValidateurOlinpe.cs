using System.Globalization;

namespace Sillage.Domaine.Olinpe;

public enum Gravite { Bloquant, Avertissement }

/// <summary>One problem found on one record.</summary>
public sealed record Constat(string Regle, Gravite Gravite, int Ligne, string Variable, string Message, ReferenceOlinpe? Reference);

/// <summary>What a rule needs besides the record: the table, the year of the file.</summary>
public sealed record ContexteValidation(TableCorrespondance Table, int Annee);

/// <summary>One rule per class of problem (OLINPE.md): each checks a record and reports what is wrong.</summary>
public interface IRegleOlinpe
{
    string Code { get; }
    string Libelle { get; }
    void Verifier(LigneOlinpe ligne, ContexteValidation contexte, Action<Constat> signaler);
}

/// <summary>A variable filled although its condition is not met (NATPDECADM only when DECISION=1,
/// NATDECASSED only when DECISION=2, DATFIN and MOTFININT only when TYPEV=3…).</summary>
public sealed class RegleCoherence : IRegleOlinpe
{
    public string Code => "COHERENCE";
    public string Libelle => "Cohérence entre variables";

    public void Verifier(LigneOlinpe l, ContexteValidation c, Action<Constat> signaler)
    {
        foreach (var v in c.Table.Variables)
        {
            if (v.ApplicableSi is not { } cond) continue;
            var valeur = Valeur(l, c, v.Code);
            var condition = Valeur(l, c, cond.Variable) ?? "";
            if (valeur is not null && valeur != v.Manquant && !cond.Valeurs.Contains(condition))
                signaler(new Constat(Code, Gravite.Bloquant, l.Numero, v.Code,
                    $"{v.Code} est renseignée ({valeur}) alors qu'elle n'est permise que si {cond.Variable} = {string.Join(" ou ", cond.Valeurs)} (ici {cond.Variable} = {condition}).", l.Reference));
        }
    }

    internal static string? Valeur(LigneOlinpe l, ContexteValidation c, string variable) =>
        c.Table.Index(variable) is var i and >= 0 && i < l.Valeurs.Length ? l.Valeurs[i] : null;
}

/// <summary>Every required variable present and known where it applies.</summary>
public sealed class RegleCompletude : IRegleOlinpe
{
    public string Code => "COMPLETUDE";
    public string Libelle => "Complétude des variables obligatoires";

    public void Verifier(LigneOlinpe l, ContexteValidation c, Action<Constat> signaler)
    {
        foreach (var v in c.Table.Variables)
        {
            var valeur = RegleCoherence.Valeur(l, c, v.Code);
            if (valeur is null)
            {
                signaler(new Constat(Code, Gravite.Bloquant, l.Numero, v.Code, $"la variable {v.Code} ({v.Libelle}) est absente de l'enregistrement.", l.Reference));
                continue;
            }
            if (!v.Obligatoire || valeur != v.Manquant) continue;
            if (v.ApplicableSi is { } cond && !cond.Valeurs.Contains(RegleCoherence.Valeur(l, c, cond.Variable) ?? "")) continue;
            signaler(new Constat(Code, v.ManquantBloquant ? Gravite.Bloquant : Gravite.Avertissement, l.Numero, v.Code,
                $"{v.Code} ({v.Libelle}) est inconnue (valeur manquante {(v.Manquant == "" ? "vide" : v.Manquant)}).", l.Reference));
        }
    }
}

/// <summary>Dates well formed, the event inside the year of the file, the end not before the start, nothing before birth.</summary>
public sealed class RegleDates : IRegleOlinpe
{
    public string Code => "DATES";
    public string Libelle => "Dates";

    public void Verifier(LigneOlinpe l, ContexteValidation c, Action<Constat> signaler)
    {
        void S(string variable, string message) => signaler(new Constat(Code, Gravite.Bloquant, l.Numero, variable, message, l.Reference));
        DateOnly? Lire(string variable)
        {
            var brut = RegleCoherence.Valeur(l, c, variable);
            if (brut is null || brut == c.Table.Variable(variable).Manquant) return null;
            if (DateOnly.TryParseExact(brut, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            S(variable, $"{variable} = « {brut} » n'est pas une date AAAA-MM-JJ.");
            return null;
        }
        if (c.Table.Index("DATDEB") < 0 || c.Table.Index("DATFIN") < 0) return;
        var debut = Lire("DATDEB");
        var fin = Lire("DATFIN");
        var typev = RegleCoherence.Valeur(l, c, "TYPEV");
        var (variable, date) = typev == "3" ? ("DATFIN", fin) : ("DATDEB", debut);
        if (date is { } d && d.Year != c.Annee)
            S(variable, $"l'événement (TYPEV = {typev}) est daté du {d:dd/MM/yyyy} ({variable}), hors de l'année {c.Annee} du fichier.");
        if (debut is { } a && fin is { } b && b < a)
            S("DATFIN", $"la fin ({b:dd/MM/yyyy}) précède le début ({a:dd/MM/yyyy}).");
        if (debut is { } dd && int.TryParse(RegleCoherence.Valeur(l, c, "ANAIS"), out var an) && int.TryParse(RegleCoherence.Valeur(l, c, "MNAIS"), out var mois)
            && mois is >= 1 and <= 12 && an is > 1900 and < 9999 && (dd.Year, dd.Month).CompareTo((an, mois)) < 0)
            S("DATDEB", $"la mesure commence le {dd:dd/MM/yyyy}, avant le mois de naissance ({mois:00}/{an}).");
    }
}

/// <summary>One pseudonym always has the same sex, birth year and birth month across the file.</summary>
public sealed class RegleIdentitePseudonyme : IRegleOlinpe
{
    private readonly Dictionary<string, (string? Sexe, string? Annee, string? Mois, int Ligne)> _vus = new(StringComparer.Ordinal);

    public string Code => "IDENTITE";
    public string Libelle => "Un seul sexe et un seul mois de naissance par pseudonyme";

    public void Verifier(LigneOlinpe l, ContexteValidation c, Action<Constat> signaler)
    {
        var p = RegleCoherence.Valeur(l, c, "NUMANONYM");
        if (string.IsNullOrEmpty(p)) return;
        var ici = (RegleCoherence.Valeur(l, c, "SEXE"), RegleCoherence.Valeur(l, c, "ANAIS"), RegleCoherence.Valeur(l, c, "MNAIS"));
        if (!_vus.TryGetValue(p, out var avant))
        {
            _vus[p] = (ici.Item1, ici.Item2, ici.Item3, l.Numero);
            return;
        }
        if ((avant.Sexe, avant.Annee, avant.Mois) != ici)
            signaler(new Constat(Code, Gravite.Bloquant, l.Numero, "NUMANONYM",
                $"le pseudonyme {p[..Math.Min(8, p.Length)]}… a SEXE={ici.Item1}, ANAIS={ici.Item2}, MNAIS={ici.Item3} alors que l'enregistrement {avant.Ligne} donne SEXE={avant.Sexe}, ANAIS={avant.Annee}, MNAIS={avant.Mois}.", l.Reference));
    }
}

/// <summary>Coded values in their code list; identifiers, years and months in their format.</summary>
public sealed class RegleValeurs : IRegleOlinpe
{
    public string Code => "VALEURS";
    public string Libelle => "Valeurs dans leur liste de codes et leur format";

    public void Verifier(LigneOlinpe l, ContexteValidation c, Action<Constat> signaler)
    {
        foreach (var v in c.Table.Variables)
        {
            var valeur = RegleCoherence.Valeur(l, c, v.Code);
            if (valeur is null || valeur == v.Manquant) continue;
            var erreur = v.Liste is { } liste
                ? c.Table.Listes[liste].Valeurs.ContainsKey(valeur) ? null : $"{v.Code} = « {valeur} » n'est pas dans la liste de codes {liste} ({string.Join(", ", c.Table.Listes[liste].Valeurs.Keys)})."
                : Format(v, valeur);
            if (erreur is not null) signaler(new Constat(Code, Gravite.Bloquant, l.Numero, v.Code, erreur, l.Reference));
        }
    }

    private static string? Format(VariableOlinpe v, string valeur) => v.Format switch
    {
        "hex40" when valeur.Length != 40 || !valeur.All(Uri.IsHexDigit) => $"{v.Code} doit compter 40 caractères hexadécimaux (lu : {valeur.Length} caractère(s)).",
        "annee" when !(int.TryParse(valeur, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && valeur.Length == 4 && a is >= 1900 and <= 2100) => $"{v.Code} = « {valeur} » n'est pas une année sur quatre chiffres.",
        "mois" when !(int.TryParse(valeur, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && valeur.Length == 2 && m is >= 1 and <= 12) => $"{v.Code} = « {valeur} » n'est pas un mois 01 à 12.",
        "insee" when !System.Text.RegularExpressions.Regex.IsMatch(valeur, "^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$") => $"{v.Code} = « {valeur} » n'est pas un code INSEE de département.",
        _ => null,
    };
}

/// <summary>A group of the pre-flight report: one rule, its count, the first records concerned.</summary>
public sealed record GroupeConstats(string Regle, string Libelle, int Bloquants, int Avertissements, IReadOnlyList<Constat> Exemples,
    IReadOnlyDictionary<string, int> ParVariable);

/// <summary>The pre-flight report in French, grouped by rule with counts.</summary>
public sealed record RapportOlinpe(int Annee, int Enregistrements, IReadOnlyDictionary<string, int> ParTypeEvenement, int Pseudonymes, IReadOnlyList<GroupeConstats> Groupes)
{
    public int Bloquants => Groupes.Sum(g => g.Bloquants);
    public int Avertissements => Groupes.Sum(g => g.Avertissements);
    public bool Transmissible => Bloquants == 0;

    public IEnumerable<string> Texte()
    {
        yield return $"Contrôle OLINPE de l'année {Annee} : {Enregistrements} enregistrement(s) ({string.Join(", ", ParTypeEvenement.Select(kv => $"{kv.Key} : {kv.Value}"))}), {Pseudonymes} enfant(s).";
        foreach (var g in Groupes)
        {
            yield return $"[{g.Regle}] {g.Libelle} : {g.Bloquants} erreur(s) bloquante(s), {g.Avertissements} avertissement(s) ({string.Join(", ", g.ParVariable.Select(kv => $"{kv.Key} : {kv.Value}"))}).";
            foreach (var e in g.Exemples)
                yield return $"  enregistrement {e.Ligne}{(e.Reference is { } r ? $" (mesure n° {r.MesureId})" : "")} : {(e.Gravite == Gravite.Bloquant ? "erreur" : "avertissement")} : {e.Message}";
            var autres = g.Bloquants + g.Avertissements - g.Exemples.Count;
            if (autres > 0) yield return $"  … et {autres} autre(s).";
        }
        yield return Transmissible
            ? $"Aucune erreur bloquante : le fichier peut être transmis ({Avertissements} avertissement(s))."
            : $"{Bloquants} erreur(s) bloquante(s) : le fichier ne doit pas être transmis en l'état.";
    }
}

/// <summary>Runs every rule on a stream of records (one pass, constant memory but the pseudonym index).</summary>
public sealed class ValidateurOlinpe(TableCorrespondance table, int annee, int exemplesParRegle = 20)
{
    private readonly IRegleOlinpe[] _regles = [new RegleCoherence(), new RegleCompletude(), new RegleDates(), new RegleIdentitePseudonyme(), new RegleValeurs()];
    private readonly Dictionary<string, (int B, int A, List<Constat> Exemples)> _groupes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _parType = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> _parVariable = [];
    private readonly HashSet<string> _pseudonymes = new(StringComparer.Ordinal);
    private readonly ContexteValidation _contexte = new(table, annee);
    private int _n;

    public IReadOnlyList<IRegleOlinpe> Regles => _regles;

    public void Ajouter(LigneOlinpe ligne)
    {
        _n++;
        var typev = RegleCoherence.Valeur(ligne, _contexte, "TYPEV") ?? "?";
        _parType[typev] = _parType.GetValueOrDefault(typev) + 1;
        if (RegleCoherence.Valeur(ligne, _contexte, "NUMANONYM") is { Length: > 0 } p) _pseudonymes.Add(p);
        foreach (var r in _regles) r.Verifier(ligne, _contexte, Signaler);
    }

    private void Signaler(Constat c)
    {
        var g = _groupes.TryGetValue(c.Regle, out var x) ? x : (B: 0, A: 0, Exemples: new List<Constat>());
        // Examples spread over the variables: at most a quarter of the examples for one variable.
        if (g.Exemples.Count < exemplesParRegle && g.Exemples.Count(e => e.Variable == c.Variable) < Math.Max(1, exemplesParRegle / 4)) g.Exemples.Add(c);
        var cle = (c.Regle, c.Variable);
        _parVariable[cle] = _parVariable.GetValueOrDefault(cle) + 1;
        _groupes[c.Regle] = c.Gravite == Gravite.Bloquant ? (g.B + 1, g.A, g.Exemples) : (g.B, g.A + 1, g.Exemples);
    }

    public RapportOlinpe Rapport()
    {
        var libelles = new Dictionary<string, string> { ["1"] = "débuts", ["2"] = "renouvellements", ["3"] = "fins" };
        return new RapportOlinpe(annee, _n,
            _parType.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => libelles.GetValueOrDefault(kv.Key, $"TYPEV {kv.Key}"), kv => kv.Value),
            _pseudonymes.Count,
            _regles.Where(r => _groupes.ContainsKey(r.Code))
                .Select(r => new GroupeConstats(r.Code, r.Libelle, _groupes[r.Code].B, _groupes[r.Code].A, _groupes[r.Code].Exemples,
                    _parVariable.Where(kv => kv.Key.Item1 == r.Code).OrderBy(kv => table.Index(kv.Key.Item2)).ToDictionary(kv => kv.Key.Item2, kv => kv.Value))).ToList());
    }

    /// <summary>Validates a whole sequence (tests, files).</summary>
    public static RapportOlinpe Valider(TableCorrespondance table, int annee, IEnumerable<LigneOlinpe> lignes)
    {
        var v = new ValidateurOlinpe(table, annee);
        foreach (var l in lignes) v.Ajouter(l);
        return v.Rapport();
    }
}
