using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Compte;

public class DeconnexionModel(SignInManager<Utilisateur> connexion, JournalAudit audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.EnregistrerAsync(TypeEvenementAudit.Deconnexion, "Compte", null);
        await connexion.SignOutAsync();
        return Redirect("/connexion");
    }
}
