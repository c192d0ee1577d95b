using System.Globalization;
using Sillage.Domaine.Mesures;

namespace Sillage.Domaine.Olinpe;

/// <summary>Where a record of the file points back to in the base (never written in the file): for the pre-flight links.</summary>
public sealed record ReferenceOlinpe(int EnfantId, int MesureId);

/// <summary>One record of the file: the values in the order of the mapping table, and its origin when known.</summary>
public sealed record LigneOlinpe(int Numero, string?[] Valeurs, ReferenceOlinpe? Reference = null);

/// <summary>What one event needs besides the measure: no name, no birth day, no address.</summary>
public sealed record ContexteEvenement(
    string CodeInsee,
    string Pseudonyme,
    string? PseudonymePrecedent,
    string? Sexe,
    int? AnneeNaissance,
    int? MoisNaissance,
    /// <summary>The lieu type (ASSISTANT_FAMILIAL, MECS…) or MODE_DOMICILE / MODE_TDC / MODE_AUTRE of the séjour active on the event date.</summary>
    string? Hebergement);

/// <summary>The closed set of sources the mapping table may name: each turns an event into a source value.</summary>
public static class SourcesOlinpe
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static readonly IReadOnlyDictionary<string, (string Description, Func<EvenementMesure, ContexteEvenement, string?> Lire)> Toutes =
        new Dictionary<string, (string, Func<EvenementMesure, ContexteEvenement, string?>)>(StringComparer.Ordinal)
        {
            ["departement.insee"] = ("Code INSEE du département (Administration › Département)", (_, c) => string.IsNullOrWhiteSpace(c.CodeInsee) || c.CodeInsee == "00" ? null : c.CodeInsee),
            ["pseudonyme"] = ("Pseudonyme calculé à partir du premier prénom, du mois et de l'année de naissance et du nom de naissance de la mère", (_, c) => c.Pseudonyme),
            ["pseudonyme.precedent"] = ("Pseudonyme transmis auparavant pour le même enfant, s'il a changé (registre des pseudonymes)", (_, c) => c.PseudonymePrecedent),
            ["evenement.type"] = ("Événement dérivé de la mesure : DEBUT, RENOUVELLEMENT (mesure qui en renouvelle une autre) ou FIN", (e, _) => e.Type switch
            {
                TypeEvenement.Debut => "DEBUT", TypeEvenement.Renouvellement => "RENOUVELLEMENT", _ => "FIN",
            }),
            ["mesure.cadre"] = ("Cadre de la mesure dans le catalogue : ADMINISTRATIF ou JUDICIAIRE", (e, _) => Catalogue.Trouver(e.Mesure.Type)?.Cadre.ToString().ToUpperInvariant()),
            ["mesure.type"] = ("Code du type de mesure (catalogue des mesures)", (e, _) => e.Mesure.Type),
            ["mesure.date_debut"] = ("Date de début d'exécution de la mesure", (e, _) => e.Mesure.DateDebut is { } d ? D(d) : null),
            ["evenement.date_fin"] = ("Date de fin de la mesure (événement de fin seulement)", (e, _) => e.Type == TypeEvenement.Fin && e.Mesure.DateFin is { } d ? D(d) : null),
            ["evenement.motif_fin"] = ("Motif de fin de la mesure (événement de fin seulement)", (e, _) => e.Type == TypeEvenement.Fin ? e.Mesure.MotifFin : null),
            ["enfant.sexe"] = ("Sexe de l'enfant (M ou F)", (_, c) => c.Sexe),
            ["enfant.annee_naissance"] = ("Année de naissance (jamais le jour)", (_, c) => c.AnneeNaissance?.ToString("0000", CultureInfo.InvariantCulture)),
            ["enfant.mois_naissance"] = ("Mois de naissance (jamais le jour)", (_, c) => c.MoisNaissance?.ToString("00", CultureInfo.InvariantCulture)),
            ["sejour.hebergement"] = ("Type du lieu d'accueil du séjour de la mesure actif à la date de l'événement, sinon son mode", (_, c) => c.Hebergement),
        };

    public static readonly IReadOnlyList<string> Connues = Toutes.Keys.ToArray();
}

/// <summary>Turns derived events into file records through the mapping table (and nothing else).</summary>
public sealed class MoteurOlinpe(TableCorrespondance table)
{
    private readonly Func<EvenementMesure, ContexteEvenement, string?>[] _sources =
        table.Variables.Select(v => SourcesOlinpe.Toutes[v.Source].Lire).ToArray();

    public TableCorrespondance Table => table;

    public LigneOlinpe Ligne(int numero, EvenementMesure e, ContexteEvenement c)
    {
        var valeurs = new string?[table.Variables.Count];
        for (var i = 0; i < valeurs.Length; i++)
            valeurs[i] = Coder(table.Variables[i], _sources[i](e, c));
        // A variable whose condition is not met is written with its missing value (OLINPE.md coherence rules).
        for (var i = 0; i < valeurs.Length; i++)
            if (table.Variables[i].ApplicableSi is { } cond && !cond.Valeurs.Contains(valeurs[table.Index(cond.Variable)] ?? ""))
                valeurs[i] = table.Variables[i].Manquant;
        return new LigneOlinpe(numero, valeurs, new ReferenceOlinpe(e.Mesure.EnfantId, e.Mesure.MesureId));
    }

    /// <summary>Source value → code: through the correspondances when the variable has some, as is otherwise;
    /// no value → the missing code. An unmapped source value is kept as is, so that the code-list rule of the
    /// validator names it instead of hiding it behind a missing code.</summary>
    public static string Coder(VariableOlinpe v, string? source)
    {
        if (string.IsNullOrEmpty(source)) return v.Manquant;
        if (v.Correspondances is null) return source;
        return v.Correspondances.TryGetValue(source, out var code) ? code : source;
    }
}
