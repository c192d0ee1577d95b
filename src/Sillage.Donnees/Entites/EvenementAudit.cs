namespace Sillage.Donnees.Entites;

/// <summary>One entry of the append-only audit journal; <see cref="Id"/> is the chain sequence.</summary>
public class EvenementAudit
{
    public long Id { get; set; }
    public DateTime Horodatage { get; set; }
    public string? UtilisateurId { get; set; }
    public string? Login { get; set; }
    public int Type { get; set; }
    /// <summary>What was read or written: an entity name (Enfant, Utilisateur…) or a page.</summary>
    public string? Cible { get; set; }
    public string? CibleId { get; set; }
    /// <summary>JSON: before/after values for writes, page or query for reads.</summary>
    public string? Details { get; set; }
    public string HashPrecedent { get; set; } = "";
    public string Hash { get; set; } = "";
}
