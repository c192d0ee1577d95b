using System.Collections.Concurrent;
using Sillage.Demo;

namespace Sillage.Demo.Tests;

/// <summary>Generated départements shared by the tests of this project (each is generated once).</summary>
internal static class Jeux
{
    public const int Graine = 2020;
    private static readonly ConcurrentDictionary<string, Lazy<JeuDemo>> Cache = new();

    public static JeuDemo Get(string code) =>
        Cache.GetOrAdd(code, c => new Lazy<JeuDemo>(() => GenerateurDemo.Generer(c, Graine))).Value;
}

/// <summary>
/// Counts written for the tests from FORMAT-ECHANGE.md alone (not from the product's catalogue): the DREES
/// columns a set of records gives on day <paramref name="jour"/>.
/// </summary>
internal static class Comptage
{
    private static readonly Dictionary<string, string> Colonne = new()
    {
        ["PUPILLE"] = "pupilles", ["AP_MINEUR"] = "ap_mineurs", ["AP_JM"] = "ap_jeunes_majeurs", ["DAP_ASE"] = "dap",
        ["TUTELLE_ASE"] = "tutelle", ["RETRAIT_PARTIEL"] = "retrait_partiel", ["PLACEMENT_ASE"] = "placement_ase_juge",
        ["PEAD"] = "placement_ase_juge", ["TDC"] = "tdc", ["PLACEMENT_DIRECT_ETAB"] = "etab_service", ["DAP_TIERS"] = "dap_particulier_etab",
        ["AED"] = "aed", ["AEMO"] = "aemo", ["AEMO_R"] = "aemo",
    };

    private static readonly HashSet<string> ConfiesA = ["PUPILLE", "AP_MINEUR", "AP_JM", "DAP_ASE", "TUTELLE_ASE", "RETRAIT_PARTIEL", "PLACEMENT_ASE", "PEAD"];
    private static readonly HashSet<string> DirectsB = ["TDC", "PLACEMENT_DIRECT_ETAB", "DAP_TIERS"];

    public static bool Actif(DateOnly? debut, DateOnly? fin, DateOnly jour) => debut is { } d && d <= jour && (fin is null || jour <= fin);

    public static Dictionary<string, int> Compter(JeuDemo jeu, DateOnly jour)
    {
        var r = new Dictionary<string, int>();
        void Plus(string k) => r[k] = r.GetValueOrDefault(k) + 1;
        var lieux = jeu.Lieux.ToDictionary(l => l.Id, l => l.Type);
        var sejourDuJour = new Dictionary<string, SejourDemo>();
        foreach (var s in jeu.Sejours.Where(s => Actif(s.DateDebut, s.DateFin, jour)))
        {
            if (!sejourDuJour.TryAdd(s.EnfantId, s)) throw new InvalidOperationException($"Deux séjours actifs le {jour} pour {s.EnfantId}");
        }
        foreach (var m in jeu.Mesures.Where(m => Actif(m.DateDebut, m.DateFin, jour)))
        {
            if (!Colonne.TryGetValue(m.Type, out var col)) continue;
            Plus(col);
            if (ConfiesA.Contains(m.Type))
            {
                Plus("A");
                var heb = "autres";
                if (sejourDuJour.TryGetValue(m.EnfantId, out var s) && s.Mode == "LIEU")
                {
                    heb = lieux[s.LieuId!] switch
                    {
                        "ASSISTANT_FAMILIAL" => "familles_accueil",
                        "MECS" or "FDE" or "POUPONNIERE" or "LVA" or "VILLAGE_ENFANTS" or "CENTRE_MATERNEL" or "FOYER_JEUNES_MAJEURS" => "etablissements",
                        "LOGEMENT_AUTONOME" => "autonomes",
                        _ => "autres",
                    };
                }
                Plus("heberg_" + heb);
            }
            if (DirectsB.Contains(m.Type)) Plus("B");
        }
        return r;
    }
}
