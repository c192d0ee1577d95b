namespace Sillage.Donnees.Entites;

/// <summary>Entities whose edits are guarded against silent overwrite: the version is checked and incremented on save.</summary>
public interface IVersionne
{
    int Version { get; set; }
}

/// <summary>Unité territoriale du département (délégation territoriale, UTAS, circonscription, MDS).</summary>
public class Territoire : IVersionne
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Libelle { get; set; } = "";
    public int Version { get; set; }
}

/// <summary>L'identité du département qui exploite Sillage (une seule ligne).</summary>
public class Departement : IVersionne
{
    public int Id { get; set; }
    public string Nom { get; set; } = "";
    /// <summary>Code INSEE du département (2 ou 3 caractères : 01…95, 2A, 2B, 971…976).</summary>
    public string CodeInsee { get; set; } = "";
    public int Version { get; set; }
}

/// <summary>Personal API token: only its SHA-256 hash is stored; the clear value is shown once.</summary>
public class JetonApi
{
    public int Id { get; set; }
    public string UtilisateurId { get; set; } = "";
    public Utilisateur? Utilisateur { get; set; }
    public string Nom { get; set; } = "";
    public string Prefixe { get; set; } = "";
    public string Empreinte { get; set; } = "";
    public DateTime CreeLe { get; set; }
    public DateTime ExpireLe { get; set; }
    public DateTime? RevoqueLe { get; set; }
    /// <summary>API (Bearer header under /api) or AGENDA (the iCalendar feed of the user's échéances, nothing else).</summary>
    public string Portee { get; set; } = PorteeApi;

    public const string PorteeApi = "API";
    public const string PorteeAgenda = "AGENDA";
}
