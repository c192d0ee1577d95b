using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sillage.Web.Fonctionnalites;

[IgnoreAntiforgeryToken]
public class ErreurModel : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Code { get; set; }
    public string Reference { get; private set; } = "";

    public string Titre => Code switch
    {
        404 => "Page introuvable",
        403 => "Accès refusé",
        400 => "Requête refusée",
        429 => "Trop de tentatives",
        _ => "Une erreur est survenue",
    };

    public string Explication => Code switch
    {
        404 => "Cette page ou ce dossier n'existe pas, ou il ne relève pas de vos territoires.",
        403 => "Votre mission ne donne pas accès à cette page.",
        400 => "La requête n'a pas pu être traitée (formulaire expiré ou incomplet) : rien n'a été modifié. Rechargez la page et recommencez.",
        429 => "Trop de tentatives de connexion depuis ce poste : attendez une minute avant de réessayer. Rien n'a été modifié.",
        _ => "L'opération n'a pas abouti et rien n'a été modifié.",
    };

    public void OnGet() => Reference = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    public void OnPost() => OnGet();
}
