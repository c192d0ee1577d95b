using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Compte;

public class ConnexionModel(SignInManager<Utilisateur> connexion, UserManager<Utilisateur> utilisateurs, JournalAudit audit) : PageModel
{
    public sealed class Formulaire
    {
        [Required(ErrorMessage = "Identifiant : valeur obligatoire.")]
        [Display(Name = "Identifiant")]
        public string Login { get; set; } = "";

        [Required(ErrorMessage = "Mot de passe : valeur obligatoire.")]
        [Display(Name = "Mot de passe")]
        public string MotDePasse { get; set; } = "";
    }

    [BindProperty] public Formulaire Saisie { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var login = Saisie.Login.Trim().ToLowerInvariant();
        var utilisateur = await utilisateurs.FindByNameAsync(login);
        if (utilisateur is null || !utilisateur.Actif)
        {
            await audit.EnregistrerAsync(TypeEvenementAudit.EchecConnexion, "Compte", null, new { motif = "identifiant inconnu ou compte désactivé" }, new UtilisateurFixe(utilisateur?.Id, login));
            ModelState.AddModelError("", "Identifiant ou mot de passe incorrect.");
            return Page();
        }
        var resultat = await connexion.PasswordSignInAsync(utilisateur, Saisie.MotDePasse, isPersistent: false, lockoutOnFailure: true);
        var acteur = new UtilisateurFixe(utilisateur.Id, utilisateur.UserName);
        if (resultat.Succeeded)
        {
            await audit.EnregistrerAsync(TypeEvenementAudit.Connexion, "Compte", utilisateur.Id, null, acteur);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        if (resultat.IsLockedOut)
        {
            await audit.EnregistrerAsync(TypeEvenementAudit.CompteVerrouille, "Compte", utilisateur.Id, null, acteur);
            ModelState.AddModelError("", $"Compte verrouillé après {Infrastructure.Securite.TentativesAvantVerrouillage} échecs : réessayez dans {Infrastructure.Securite.DureeVerrouillage.TotalMinutes} minutes ou demandez à un administrateur de le déverrouiller.");
            return Page();
        }
        await audit.EnregistrerAsync(TypeEvenementAudit.EchecConnexion, "Compte", utilisateur.Id, new { motif = "mot de passe incorrect" }, acteur);
        ModelState.AddModelError("", "Identifiant ou mot de passe incorrect.");
        return Page();
    }
}
