using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sillage.Domaine.Olinpe;

/// <summary>An official (or provisional) code list: code → French label.</summary>
public sealed record ListeCodes(string Code, string Statut, string Source, IReadOnlyDictionary<string, string> Valeurs)
{
    public bool EstProvisoire => Statut != "connu";
}

/// <summary>The variable applies only when another variable of the same record takes one of these codes.</summary>
public sealed record Condition(string Variable, IReadOnlyList<string> Valeurs);

/// <summary>
/// One row of the mapping table: the OLINPE variable, the Sillage source field or rule that feeds it,
/// how a source value becomes a code (<see cref="Correspondances"/>), its code list or format, and what
/// a missing value costs. Data, not code: a corrected official list changes correspondance.json only.
/// </summary>
public sealed record VariableOlinpe(
    string Code,
    string Libelle,
    string Source,
    string? Liste,
    string? Format,
    string Manquant,
    string? SiManquant,
    Condition? ApplicableSi,
    IReadOnlyDictionary<string, string>? Correspondances)
{
    public bool Obligatoire => SiManquant is not null;
    public bool ManquantBloquant => SiManquant == "bloquant";
}

/// <summary>The versioned mapping table variable → source → code list (docs/OLINPE.md).</summary>
public sealed class TableCorrespondance
{
    public const string VariableEnvironnement = "SILLAGE_OLINPE_CORRESPONDANCE";
    private const string Ressource = "Sillage.Olinpe.correspondance.json";

    public string Version { get; }
    public string VersionXsd { get; }
    public string Avertissement { get; }
    public IReadOnlyList<VariableOlinpe> Variables { get; }
    public IReadOnlyDictionary<string, ListeCodes> Listes { get; }
    private readonly Dictionary<string, int> _index;

    private TableCorrespondance(string version, string xsd, string avertissement, List<VariableOlinpe> variables, Dictionary<string, ListeCodes> listes)
    {
        (Version, VersionXsd, Avertissement, Variables, Listes) = (version, xsd, avertissement, variables, listes);
        _index = variables.Select((v, i) => (v.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>Position of a variable in a record, or -1.</summary>
    public int Index(string code) => _index.GetValueOrDefault(code, -1);

    public VariableOlinpe Variable(string code) => Variables[_index[code]];

    /// <summary>The table shipped with the product, unless <see cref="VariableEnvironnement"/> names a replacement file.</summary>
    public static TableCorrespondance Defaut()
    {
        var remplacement = Environment.GetEnvironmentVariable(VariableEnvironnement);
        if (!string.IsNullOrWhiteSpace(remplacement))
        {
            using var f = File.OpenRead(remplacement);
            return Charger(f);
        }
        return Embarquee.Value;
    }

    private static readonly Lazy<TableCorrespondance> Embarquee = new(() =>
    {
        using var s = typeof(TableCorrespondance).Assembly.GetManifestResourceStream(Ressource)
            ?? throw new InvalidOperationException($"Ressource {Ressource} absente.");
        return Charger(s);
    });

    private sealed record Fichier(string Version, string VersionXsd, string? Avertissement, List<ListeJson> Listes, List<VariableJson> Variables);
    private sealed record ListeJson(string Code, string Statut, string Source, Dictionary<string, string> Valeurs);
    private sealed record ConditionJson(string Variable, List<string> Valeurs);
    private sealed record VariableJson(string Code, string Libelle, string Source, string? Liste, string? Format, string Manquant, string? SiManquant,
        ConditionJson? ApplicableSi, Dictionary<string, string>? Correspondances);

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>Reads and checks a table: every source is one the engine knows, every code list exists,
    /// every mapped code is in its list. Throws <see cref="InvalidDataException"/> with a French message otherwise.</summary>
    public static TableCorrespondance Charger(Stream json)
    {
        Fichier f;
        try { f = JsonSerializer.Deserialize<Fichier>(json, Options) ?? throw Invalide("correspondance", "fichier vide."); }
        catch (JsonException e) { throw Invalide("correspondance", $"JSON invalide : {e.Message}"); }
        var listes = f.Listes.ToDictionary(l => l.Code, l => new ListeCodes(l.Code, l.Statut, l.Source, l.Valeurs), StringComparer.Ordinal);
        var variables = new List<VariableOlinpe>();
        foreach (var v in f.Variables)
        {
            if (!SourcesOlinpe.Connues.Contains(v.Source))
                throw Invalide(v.Code, $"source « {v.Source} » inconnue du moteur (sources possibles : {string.Join(", ", SourcesOlinpe.Connues)}).");
            if (v.Liste is not null && !listes.ContainsKey(v.Liste))
                throw Invalide(v.Code, $"liste de codes « {v.Liste} » absente de la table.");
            if (v.SiManquant is not null and not ("bloquant" or "avertissement"))
                throw Invalide(v.Code, $"siManquant doit valoir « bloquant » ou « avertissement » (lu : « {v.SiManquant} »).");
            if (v.Liste is { } l && v.Correspondances is { } c && c.Values.FirstOrDefault(x => !listes[l].Valeurs.ContainsKey(x)) is { } horsListe)
                throw Invalide(v.Code, $"le code « {horsListe} » n'est pas dans la liste {l}.");
            variables.Add(new VariableOlinpe(v.Code, v.Libelle, v.Source, v.Liste, v.Format, v.Manquant, v.SiManquant,
                v.ApplicableSi is null ? null : new Condition(v.ApplicableSi.Variable, v.ApplicableSi.Valeurs), v.Correspondances));
        }
        if (variables.Select(v => v.Code).Distinct(StringComparer.Ordinal).Count() != variables.Count)
            throw Invalide("correspondance", "une variable apparaît deux fois.");
        foreach (var requise in new[] { "NUMDEP", "NUMANONYM", "NUMANONYMANT", "TYPEV", "DECISION", "SEXE", "ANAIS", "MNAIS" })
            if (!variables.Any(v => v.Code == requise))
                throw Invalide(requise, "variable d'en-tête obligatoire absente de la table.");
        foreach (var v in variables.Where(v => v.ApplicableSi is not null))
            if (!variables.Any(x => x.Code == v.ApplicableSi!.Variable))
                throw Invalide(v.Code, $"la condition porte sur la variable inconnue {v.ApplicableSi!.Variable}.");
        return new TableCorrespondance(f.Version, f.VersionXsd, f.Avertissement ?? "", variables, listes);
    }

    private static InvalidDataException Invalide(string champ, string message) => new($"Table de correspondance OLINPE, {champ} : {message}");
}
