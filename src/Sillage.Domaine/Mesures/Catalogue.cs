using System.Collections.Frozen;

namespace Sillage.Domaine.Mesures;

public enum Cadre { Administratif, Judiciaire }

/// <summary>How the DREES survey (measures on 31/12) counts a measure.</summary>
public enum ClasseDrees
{
    Aucune,
    // (A) confiés à l'ASE
    ConfiePupille, ConfieApMineur, ConfieApJeuneMajeur, ConfieDap, ConfieTutelle, ConfieRetraitPartiel, ConfiePlacementJuge,
    // (B) placements directs
    DirectTdc, DirectEtablissement, DirectDap,
    // Actions éducatives
    Aed, Aemo,
}

/// <summary>One type of the measure catalogue (FORMAT-ECHANGE.md), with what the law attaches to it.</summary>
public sealed record TypeMesure(
    string Code,
    Cadre Cadre,
    string Libelle,
    string Source,
    ClasseDrees Drees,
    bool ExigePpe,
    bool SansTerme,
    bool MineurSeulement,
    bool JeuneMajeur)
{
    public bool EstConfieA => Drees is >= ClasseDrees.ConfiePupille and <= ClasseDrees.ConfiePlacementJuge;
    public bool EstPlacementDirectB => Drees is ClasseDrees.DirectTdc or ClasseDrees.DirectEtablissement or ClasseDrees.DirectDap;
    /// <summary>"Accueilli" = (A) or (B).</summary>
    public bool EstAccueil => EstConfieA || EstPlacementDirectB;
    public bool EstActionEducative => Drees is ClasseDrees.Aed or ClasseDrees.Aemo;
    /// <summary>Legal maximum length without the CC 375 long-duration exception: 1 year administrative, 2 years judicial.</summary>
    public int DureeMaximaleAnnees => Cadre == Cadre.Administratif ? 1 : 2;
}

/// <summary>The measure catalogue: the single list every rule, indicator and export reads.</summary>
public static class Catalogue
{
    public static readonly IReadOnlyList<TypeMesure> Types =
    [
        new("AED", Cadre.Administratif, "Aide éducative à domicile", "CASF L222-3", ClasseDrees.Aed, true, false, true, false),
        new("TISF", Cadre.Administratif, "Technicien(ne) de l'intervention sociale et familiale", "CASF L222-3", ClasseDrees.Aucune, true, false, true, false),
        new("AESF", Cadre.Administratif, "Accompagnement en économie sociale et familiale", "CASF L222-3", ClasseDrees.Aucune, true, false, true, false),
        new("AIDE_FIN", Cadre.Administratif, "Aide financière", "CASF L222-3", ClasseDrees.Aucune, false, false, false, false),
        new("ACCUEIL_JOUR", Cadre.Administratif, "Accueil de jour", "CASF L222-4-2", ClasseDrees.Aucune, true, false, true, false),
        new("AP_MINEUR", Cadre.Administratif, "Accueil provisoire d'un mineur", "CASF L222-5 1°", ClasseDrees.ConfieApMineur, true, false, true, false),
        new("AP_JM", Cadre.Administratif, "Accueil provisoire jeune majeur (contrat jeune majeur)", "CASF L222-5 5°", ClasseDrees.ConfieApJeuneMajeur, true, false, false, true),
        new("ACCUEIL_MERE_ENFANT", Cadre.Administratif, "Accueil mère-enfant", "CASF L222-5 4°", ClasseDrees.Aucune, true, false, false, false),
        new("ACCUEIL_72H", Cadre.Administratif, "Accueil d'urgence 72 heures", "CASF L223-2", ClasseDrees.Aucune, true, false, true, false),
        new("RECUEIL_URGENCE", Cadre.Administratif, "Recueil provisoire d'urgence", "CASF L223-2", ClasseDrees.Aucune, true, false, true, false),
        new("PUPILLE", Cadre.Administratif, "Pupille de l'État", "CASF L224-4", ClasseDrees.ConfiePupille, true, true, true, false),
        new("AEMO", Cadre.Judiciaire, "Action éducative en milieu ouvert", "CC 375-2", ClasseDrees.Aemo, true, false, true, false),
        new("AEMO_R", Cadre.Judiciaire, "AEMO renforcée ou avec hébergement", "CC 375-2", ClasseDrees.Aemo, true, false, true, false),
        new("MJIE", Cadre.Judiciaire, "Mesure judiciaire d'investigation éducative", "CPC 1183", ClasseDrees.Aucune, false, false, true, false),
        new("PLACEMENT_ASE", Cadre.Judiciaire, "Enfant confié à l'ASE par le juge (OPP comprise)", "CC 375-3 3°, 375-5", ClasseDrees.ConfiePlacementJuge, true, false, true, false),
        new("PEAD", Cadre.Judiciaire, "Placement éducatif à domicile", "CC 375-3", ClasseDrees.ConfiePlacementJuge, true, false, true, false),
        new("DAP_ASE", Cadre.Judiciaire, "Délégation d'autorité parentale à l'ASE", "CC 377", ClasseDrees.ConfieDap, true, true, true, false),
        new("TUTELLE_ASE", Cadre.Judiciaire, "Tutelle déférée à l'ASE", "CC 411", ClasseDrees.ConfieTutelle, true, true, true, false),
        new("RETRAIT_PARTIEL", Cadre.Judiciaire, "Retrait partiel de l'autorité parentale, enfant confié", "CC 379-1", ClasseDrees.ConfieRetraitPartiel, true, true, true, false),
        new("TDC", Cadre.Judiciaire, "Placement direct chez un tiers digne de confiance", "CC 375-3 2°", ClasseDrees.DirectTdc, true, false, true, false),
        new("PLACEMENT_DIRECT_ETAB", Cadre.Judiciaire, "Placement direct en établissement ou service", "CC 375-3 4° et 5°", ClasseDrees.DirectEtablissement, true, false, true, false),
        new("DAP_TIERS", Cadre.Judiciaire, "Délégation d'autorité parentale à un particulier ou un établissement", "CC 377", ClasseDrees.DirectDap, true, true, true, false),
        new("MJAGBF", Cadre.Judiciaire, "Mesure judiciaire d'aide à la gestion du budget familial", "CC 375-9-1", ClasseDrees.Aucune, false, false, true, false),
        new("PJM", Cadre.Judiciaire, "Protection judiciaire jeune majeur", "décret 75-96", ClasseDrees.Aucune, true, false, false, true),
    ];

    /// <summary>Frozen: looked up for every measure by the observatoire and the échéancier (a million times on the Nord).</summary>
    private static readonly FrozenDictionary<string, TypeMesure> ParCode = Types.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

    public static TypeMesure? Trouver(string? code) => code is not null && ParCode.TryGetValue(code, out var t) ? t : null;

    public static TypeMesure Get(string code) => ParCode[code];
}
