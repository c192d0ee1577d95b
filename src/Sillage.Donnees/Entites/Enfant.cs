namespace Sillage.Donnees.Entites;

/// <summary>Le dossier d'un enfant : identité et rattachement territorial.</summary>
public class Enfant : IVersionne
{
    public int Id { get; set; }
    /// <summary>Numéro de dossier affiché aux professionnels (unique).</summary>
    public string NumeroDossier { get; set; } = "";
    /// <summary>Identifiant dans le système d'origine (format d'échange), pour les imports idempotents.</summary>
    public string? SourceId { get; set; }
    public string Nom { get; set; } = "";
    public string Prenoms { get; set; } = "";
    /// <summary>M ou F.</summary>
    public string Sexe { get; set; } = "";
    public DateOnly DateNaissance { get; set; }
    public int TerritoireId { get; set; }
    public Territoire? Territoire { get; set; }
    /// <summary>Les enfants de même famille forment une fratrie.</summary>
    public string? Famille { get; set; }
    public bool Mna { get; set; }
    public string? NomNaissanceMere { get; set; }
    /// <summary>Référent ASE du parcours (compte utilisateur), s'il est désigné.</summary>
    public string? ReferentId { get; set; }
    public Utilisateur? Referent { get; set; }
    /// <summary>Statut juridique de l'enfant (autorité parentale, délégation, tutelle, pupille…), texte libre court.</summary>
    public string? StatutJuridique { get; set; }
    /// <summary>Set when this file was merged into another: the file is kept, hidden, and points to the survivor.</summary>
    public int? FusionneDansId { get; set; }
    /// <summary>Set when the file was placed in intermediate archive (RGPD): hidden from every professional's access
    /// (search, file, lists, API); only the DPO sees it, on the conservation page, and may bring it back with a reason.</summary>
    public DateOnly? ArchiveIntermediaireLe { get; set; }
    /// <summary>Nom et prénoms sans accents ni casse, mots triés : la clé de recherche.</summary>
    public string CleRecherche { get; set; } = "";
    public int Version { get; set; }
}
