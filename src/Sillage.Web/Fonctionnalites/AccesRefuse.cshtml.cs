using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sillage.Web.Fonctionnalites;

public class AccesRefuseModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
