using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Domaine.Olinpe;

namespace Sillage.Web.Fonctionnalites.Olinpe;

/// <summary>The versioned mapping table variable → source → code list, as shipped (or replaced by SILLAGE_OLINPE_CORRESPONDANCE).</summary>
public class CorrespondanceModel(ServiceOlinpe service) : PageModel
{
    public TableCorrespondance Table => service.Table;
    public static string Source(string code) => SourcesOlinpe.Toutes.TryGetValue(code, out var s) ? s.Description : code;
}
