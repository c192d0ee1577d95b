using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sillage.Domaine.Schema;

/// <summary>
/// Reads and checks a schéma file (FORMAT.md). Every error names its JSON path (`$.axes[0].fiches[2].titre`)
/// and the rule, in French; a file with one error is refused whole. Unknown keys are refused too:
/// a string the product would not keep must not be silently dropped.
/// </summary>
public static partial class LecteurSchema
{
    [GeneratedRegex(@"^\d{4}(-S[12])?$")]
    private static partial Regex FormePeriode();

    public static bool PeriodeValide(string? p) => p is not null && FormePeriode().IsMatch(p);

    public static (PlanLu? Plan, IReadOnlyList<ErreurValidation> Erreurs) Lire(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            return (null, [new("$", $"$ : fichier JSON illisible (ligne {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}).")]);
        }
        using (doc)
        {
            var l = new Lecture();
            var plan = l.Plan(doc.RootElement);
            return l.Erreurs.Count == 0 ? (plan, []) : (null, l.Erreurs);
        }
    }

    private sealed class Lecture
    {
        public readonly List<ErreurValidation> Erreurs = [];

        private void Erreur(string chemin, string message) => Erreurs.Add(new(chemin, $"{chemin} : {message}"));

        private bool Objet(JsonElement e, string chemin, params string[] cles)
        {
            if (e.ValueKind != JsonValueKind.Object) { Erreur(chemin, "un objet { … } est attendu."); return false; }
            foreach (var p in e.EnumerateObject())
                if (!cles.Contains(p.Name)) Erreur($"{chemin}.{p.Name}", $"champ inconnu du format (champs permis : {string.Join(", ", cles)}).");
            return true;
        }

        private static JsonElement? Champ(JsonElement o, string nom) =>
            o.ValueKind == JsonValueKind.Object && o.TryGetProperty(nom, out var v) ? v : null;

        public string Texte(JsonElement o, string nom, string chemin)
        {
            var c = $"{chemin}.{nom}";
            var v = Champ(o, nom);
            if (v is null || v.Value.ValueKind == JsonValueKind.Null) { Erreur(c, "texte obligatoire."); return ""; }
            if (v.Value.ValueKind != JsonValueKind.String) { Erreur(c, "un texte entre guillemets est attendu."); return ""; }
            var s = v.Value.GetString()!;
            if (string.IsNullOrWhiteSpace(s)) Erreur(c, "texte obligatoire (vide).");
            return s;
        }

        public string? TexteOuNull(JsonElement o, string nom, string chemin)
        {
            var v = Champ(o, nom);
            if (v is null || v.Value.ValueKind == JsonValueKind.Null) return null;
            if (v.Value.ValueKind != JsonValueKind.String) { Erreur($"{chemin}.{nom}", "un texte ou null est attendu."); return null; }
            return v.Value.GetString();
        }

        private int Entier(JsonElement o, string nom, string chemin)
        {
            var v = Champ(o, nom);
            if (v is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var i)) return i;
            Erreur($"{chemin}.{nom}", "une année (nombre entier) est attendue.");
            return 0;
        }

        private List<T> Liste<T>(JsonElement o, string nom, string chemin, Func<JsonElement, string, T> element)
        {
            var c = $"{chemin}.{nom}";
            var v = Champ(o, nom);
            if (v is null || v.Value.ValueKind == JsonValueKind.Null) return [];
            if (v.Value.ValueKind != JsonValueKind.Array) { Erreur(c, "une liste [ … ] est attendue."); return []; }
            return v.Value.EnumerateArray().Select((e, i) => element(e, $"{c}[{i}]")).ToList();
        }

        private List<string> Textes(JsonElement o, string nom, string chemin) => Liste(o, nom, chemin, (e, c) =>
        {
            if (e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString())) return e.GetString()!;
            Erreur(c, "un texte non vide est attendu.");
            return "";
        });

        public PlanLu? Plan(JsonElement r)
        {
            if (!Objet(r, "$", "departement", "titre", "periode", "adoption", "sources", "gouvernance", "axes", "indicateurs_impact", "bilan_precedent")) return null;
            string code = "", nom = "";
            if (Champ(r, "departement") is { } d && Objet(d, "$.departement", "code", "nom"))
            {
                code = Texte(d, "code", "$.departement");
                nom = Texte(d, "nom", "$.departement");
                if (code.Length > 3) Erreur("$.departement.code", $"« {code} » n'est pas un code de département (2 ou 3 caractères).");
            }
            else if (Champ(r, "departement") is null) Erreur("$.departement", "objet obligatoire ({\"code\": …, \"nom\": …}).");
            var titre = Texte(r, "titre", "$");
            int debut = 0, fin = 0;
            if (Champ(r, "periode") is { } p && Objet(p, "$.periode", "debut", "fin"))
            {
                debut = Entier(p, "debut", "$.periode");
                fin = Entier(p, "fin", "$.periode");
                if (debut is not 0 && fin is not 0 && fin < debut) Erreur("$.periode.fin", $"l'année de fin ({fin}) précède l'année de début ({debut}).");
            }
            else if (Champ(r, "periode") is null) Erreur("$.periode", "objet obligatoire ({\"debut\": année, \"fin\": année}).");
            var adoption = TexteOuNull(r, "adoption", "$");
            if (adoption is not null && !DateOnly.TryParseExact(adoption, "yyyy-MM-dd", out _))
                Erreur("$.adoption", $"« {adoption} » n'est pas une date AAAA-MM-JJ.");
            if (Champ(r, "axes") is not { ValueKind: JsonValueKind.Array }) Erreur("$.axes", "liste obligatoire des axes.");
            var axes = Liste(r, "axes", "$", Axe);
            var numeros = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < axes.Count; i++)
                for (var j = 0; j < axes[i].Fiches.Count; j++)
                    if (axes[i].Fiches[j].Numero is { Length: > 0 } n && !numeros.Add(n))
                        Erreur($"$.axes[{i}].fiches[{j}].numero", $"la fiche « {n} » figure deux fois dans le plan.");
            return new PlanLu(code, nom, titre, debut, fin, adoption, Textes(r, "sources", "$"), Textes(r, "gouvernance", "$"), axes,
                Liste(r, "indicateurs_impact", "$", Indicateur), Liste(r, "bilan_precedent", "$", Bilan));
        }

        private AxeLu Axe(JsonElement a, string c)
        {
            Objet(a, c, "numero", "titre", "principe", "objectifs", "fiches");
            var objectifs = Liste(a, "objectifs", c, (o, co) =>
            {
                Objet(o, co, "numero", "titre");
                return new ObjectifLu(Texte(o, "numero", co), Texte(o, "titre", co));
            });
            var fiches = Liste(a, "fiches", c, Fiche);
            for (var i = 0; i < fiches.Count; i++)
                if (fiches[i].Objectif is { } ob && objectifs.All(o => o.Numero != ob))
                    Erreur($"{c}.fiches[{i}].objectif", $"l'objectif « {ob} » n'existe pas dans cet axe ({(objectifs.Count == 0 ? "aucun objectif" : string.Join(", ", objectifs.Select(o => o.Numero)))}).");
            return new AxeLu(Texte(a, "numero", c), Texte(a, "titre", c), TexteOuNull(a, "principe", c), objectifs, fiches);
        }

        private FicheLue Fiche(JsonElement f, string c)
        {
            Objet(f, c, "numero", "titre", "objectif", "periode", "diagnostic", "objectifs_operationnels", "pilotes", "copilotes",
                "parties_prenantes_internes", "partenaires", "actions", "calendrier", "indicateurs", "points_vigilance");
            string? debut = null, fin = null;
            if (Champ(f, "periode") is { ValueKind: not JsonValueKind.Null } p && Objet(p, $"{c}.periode", "debut", "fin"))
            {
                debut = Periode(p, "debut", $"{c}.periode");
                fin = Periode(p, "fin", $"{c}.periode");
                if (debut is not null && fin is not null && string.CompareOrdinal(fin, debut) < 0)
                    Erreur($"{c}.periode.fin", $"la fin « {fin} » précède le début « {debut} ».");
            }
            var actions = Liste(f, "actions", c, (a, ca) =>
            {
                Objet(a, ca, "numero", "titre", "details");
                return new ActionLue(Texte(a, "numero", ca), Texte(a, "titre", ca), Textes(a, "details", ca));
            });
            for (var i = 0; i < actions.Count; i++)
                if (actions.Take(i).Any(x => x.Numero == actions[i].Numero))
                    Erreur($"{c}.actions[{i}].numero", $"l'action « {actions[i].Numero} » figure deux fois dans la fiche.");
            var calendrier = Liste(f, "calendrier", c, (l, cl) =>
            {
                Objet(l, cl, "libelle", "periodes");
                var periodes = Liste(l, "periodes", cl, (e, ce) =>
                {
                    var s = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
                    if (!PeriodeValide(s)) Erreur(ce, "une période « AAAA » ou « AAAA-S1 »/« AAAA-S2 » est attendue.");
                    return s ?? "";
                });
                return new LigneCalendrier(Texte(l, "libelle", cl), periodes);
            });
            return new FicheLue(Texte(f, "numero", c), Texte(f, "titre", c), TexteOuNull(f, "objectif", c), debut, fin,
                Textes(f, "diagnostic", c), Textes(f, "objectifs_operationnels", c), Textes(f, "pilotes", c), Textes(f, "copilotes", c),
                Textes(f, "parties_prenantes_internes", c), Textes(f, "partenaires", c), actions, calendrier,
                Liste(f, "indicateurs", c, Indicateur), Textes(f, "points_vigilance", c));
        }

        private string? Periode(JsonElement o, string nom, string chemin)
        {
            var s = TexteOuNull(o, nom, chemin);
            if (s is not null && !PeriodeValide(s)) Erreur($"{chemin}.{nom}", $"« {s} » n'est pas une période « AAAA » ou « AAAA-S1 »/« AAAA-S2 ».");
            return s;
        }

        private IndicateurLu Indicateur(JsonElement i, string c)
        {
            Objet(i, c, "libelle", "type");
            var type = TexteOuNull(i, "type", c);
            if (type is not null && !TypesIndicateur.Libelles.ContainsKey(type))
                Erreur($"{c}.type", $"« {type} » n'est pas un type d'indicateur ({string.Join(", ", TypesIndicateur.Libelles.Keys)}, ou null).");
            return new IndicateurLu(Texte(i, "libelle", c), type);
        }

        private BilanLu Bilan(JsonElement b, string c)
        {
            Objet(b, c, "axe", "fiche", "realisations", "perspectives", "niveau_atteinte");
            return new BilanLu(Texte(b, "axe", c), Texte(b, "fiche", c), Textes(b, "realisations", c), Textes(b, "perspectives", c), TexteOuNull(b, "niveau_atteinte", c));
        }
    }
}
