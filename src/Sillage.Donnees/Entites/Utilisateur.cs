using Microsoft.AspNetCore.Identity;

namespace Sillage.Donnees.Entites;

/// <summary>A person who logs in. Roles are Identity roles named by <see cref="Sillage.Domaine.Securite.Role"/> codes.</summary>
public class Utilisateur : IdentityUser
{
    public string NomAffiche { get; set; } = "";
    /// <summary>Set for a one-time password (first administrator, reset): the user must choose a new one.</summary>
    public bool DoitChangerMotDePasse { get; set; }
    public bool Actif { get; set; } = true;
    public DateTime CreeLe { get; set; }
    public List<UtilisateurTerritoire> Territoires { get; set; } = [];
}

public class UtilisateurTerritoire
{
    public string UtilisateurId { get; set; } = "";
    public int TerritoireId { get; set; }
    public Territoire? Territoire { get; set; }
}
