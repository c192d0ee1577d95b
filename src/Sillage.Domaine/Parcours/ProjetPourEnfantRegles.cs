using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Parcours;

/// <summary>
/// The rules of the projet pour l'enfant (CASF L223-1-1, D223-12 to D223-17): its three domains,
/// who signs it, and how versions are kept. Pure: the pages, the API and the tests call the same code.
/// </summary>
public static class ReglesPpe
{
    public const string DomaineSante = "SANTE";
    public const string DomaineRelations = "RELATIONS";
    public const string DomaineScolarite = "SCOLARITE";

    /// <summary>The three domains of D223-15, in the order of the document.</summary>
    public static readonly IReadOnlyDictionary<string, string> Domaines = new Dictionary<string, string>
    {
        [DomaineSante] = "Développement et santé",
        [DomaineRelations] = "Relations familiales et avec les tiers",
        [DomaineScolarite] = "Scolarité et vie sociale",
    };

    public const string SignataireParent = "PARENT";
    public const string SignataireEnfant = "ENFANT";
    public const string SignataireDepartement = "DEPARTEMENT";

    public static readonly IReadOnlyDictionary<string, string> Signataires = new Dictionary<string, string>
    {
        [SignataireParent] = "Parent titulaire de l'autorité parentale",
        [SignataireEnfant] = "Enfant",
        [SignataireDepartement] = "Président du conseil départemental (ou son représentant)",
    };

    /// <summary>Age from which the PPE holds the projet d'accès à l'autonomie (CASF L222-5-1, L223-1-1).</summary>
    public const int AgeProjetAutonomie = 16;

    public static bool ProjetAutonomieAttendu(DateOnly naissance, DateOnly jour) => Ages.AgeAu(naissance, jour) >= AgeProjetAutonomie;

    /// <summary>A version is written until someone signs it; after the first signature it is frozen and a change makes a new version.</summary>
    public static bool Modifiable(int signatures) => signatures == 0;

    /// <summary>The number of the next version: one more than the highest kept.</summary>
    public static int NumeroSuivant(IEnumerable<int> numeros) => numeros.DefaultIfEmpty(0).Max() + 1;

    /// <summary>What a version says about a signatory when asked to record a signature.</summary>
    public sealed record VersionASigner(int Numero, int DernierNumero, DateOnly Creation, DateOnly Naissance, int Objectifs, bool ProjetAutonomie,
        IReadOnlyCollection<(string Qualite, int? ParentId)> DejaSignes);

    /// <summary>Refusals for a signature (French messages naming the rule); empty = it can be recorded.</summary>
    public static List<ErreurValidation> Signature(VersionASigner v, string? qualite, int? parentId, bool parentTitulaire, DateOnly? date, DateOnly aujourdhui)
    {
        var erreurs = new List<ErreurValidation>();
        if (qualite is null || !Signataires.ContainsKey(qualite))
            erreurs.Add(new("Qualite", "Signataire : choisissez un parent, l'enfant ou le département."));
        if (date is null) erreurs.Add(new("Date", "Date de signature : valeur obligatoire (JJ/MM/AAAA)."));
        else if (date > aujourdhui) erreurs.Add(new("Date", "Date de signature : elle ne peut pas être dans le futur (fait accompli)."));
        else if (date < v.Creation) erreurs.Add(new("Date", $"Date de signature : elle précède la rédaction de cette version ({v.Creation:dd/MM/yyyy})."));
        if (v.Numero != v.DernierNumero)
            erreurs.Add(new("Version", $"Signature : seule la dernière version (n° {v.DernierNumero}) peut être signée."));
        if (v.Objectifs == 0)
            erreurs.Add(new("Objectifs", "Signature : le projet ne contient encore aucun objectif (CASF D223-15)."));
        if (qualite == SignataireParent)
        {
            if (parentId is null) erreurs.Add(new("ParentId", "Parent : choisissez le parent qui signe."));
            else if (!parentTitulaire) erreurs.Add(new("ParentId", "Parent : seul un titulaire de l'autorité parentale signe le projet pour l'enfant (CASF L223-1-1)."));
        }
        if (qualite == SignataireDepartement && date is { } d && !v.ProjetAutonomie && ProjetAutonomieAttendu(v.Naissance, d))
            erreurs.Add(new("ProjetAutonomie", "Projet d'accès à l'autonomie : obligatoire dans le projet pour l'enfant à partir de 16 ans (CASF L222-5-1)."));
        if (qualite is not null && v.DejaSignes.Contains((qualite, qualite == SignataireParent ? parentId : null)))
            erreurs.Add(new("Qualite", "Signataire : cette personne a déjà signé cette version."));
        return erreurs;
    }
}
