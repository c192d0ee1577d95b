using System.Globalization;

namespace Sillage.Web.Hote;

public static class Culture
{
    public static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public static void DefinirFrancais()
    {
        CultureInfo.DefaultThreadCurrentCulture = Francais;
        CultureInfo.DefaultThreadCurrentUICulture = Francais;
        CultureInfo.CurrentCulture = Francais;
        CultureInfo.CurrentUICulture = Francais;
    }
}
