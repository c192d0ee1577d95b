namespace Sillage.Donnees.Entites;

/// <summary>
/// A request to exercise a right over a file (RGPD art. 15 to 21), entered in the DPO's register.
/// <see cref="Echeance"/> is computed by <c>DelaiDroits</c> (one month, three when extended with a reason).
/// </summary>
public class DemandeDroit : IVersionne
{
    public int Id { get; set; }
    /// <summary>Name of <c>Sillage.Domaine.Droits.TypeDroit</c>: Acces, Rectification, Effacement, Limitation, Opposition.</summary>
    public string Type { get; set; } = "";
    public DateOnly DateReception { get; set; }
    /// <summary>Who asks, as written on the request.</summary>
    public string DemandeurNom { get; set; } = "";
    /// <summary>PERSONNE, ANCIEN_ENFANT_MAJEUR, PARENT_AUTORITE, REPRESENTANT_LEGAL.</summary>
    public string DemandeurQualite { get; set; } = "";
    /// <summary>The child's file the request bears on; null while it is not found.</summary>
    public int? EnfantId { get; set; }
    public Enfant? Enfant { get; set; }
    public DateOnly Echeance { get; set; }
    /// <summary>RECUE, EN_COURS, PROLONGEE, REPONDUE, REFUSEE.</summary>
    public string Statut { get; set; } = "RECUE";
    public string? MotifProlongation { get; set; }
    public DateOnly? DateNotificationProlongation { get; set; }
    public string? MotifRefus { get; set; }
    public DateOnly? DateReponse { get; set; }
    public string? Notes { get; set; }
    public string? EnregistreePar { get; set; }
    public int Version { get; set; }
}
