using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Compte;

public class MotDePasseModel(UserManager<Utilisateur> utilisateurs, SignInManager<Utilisateur> connexion, JournalAudit audit) : PageModel
{
    public sealed class Formulaire
    {
        [Required(ErrorMessage = "Mot de passe actuel : valeur obligatoire.")]
        public string Actuel { get; set; } = "";
        [Required(ErrorMessage = "Nouveau mot de passe : valeur obligatoire.")]
        public string Nouveau { get; set; } = "";
        [Required(ErrorMessage = "Confirmation : valeur obligatoire.")]
        [Compare(nameof(Nouveau), ErrorMessage = "Confirmation : elle doit être identique au nouveau mot de passe.")]
        public string Confirmation { get; set; } = "";
    }

    [BindProperty] public Formulaire Saisie { get; set; } = new();
    public bool Obligatoire => User.HasClaim(Infrastructure.Securite.ClaimDoitChangerMotDePasse, "1");

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var utilisateur = await utilisateurs.GetUserAsync(User);
        if (utilisateur is null) return Challenge();
        if (Saisie.Nouveau == Saisie.Actuel)
        {
            ModelState.AddModelError("Saisie.Nouveau", "Nouveau mot de passe : il doit être différent de l'actuel.");
            return Page();
        }
        var r = await utilisateurs.ChangePasswordAsync(utilisateur, Saisie.Actuel, Saisie.Nouveau);
        if (!r.Succeeded)
        {
            foreach (var e in r.Errors) ModelState.AddModelError("", e.Description);
            return Page();
        }
        utilisateur.DoitChangerMotDePasse = false;
        await utilisateurs.UpdateAsync(utilisateur);
        await audit.EnregistrerAsync(TypeEvenementAudit.MotDePasseChange, "Compte", utilisateur.Id);
        await connexion.RefreshSignInAsync(utilisateur);
        TempData["Message"] = "Votre mot de passe a été changé.";
        return Redirect("/");
    }
}
