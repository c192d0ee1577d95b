using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Observatoire;

namespace Sillage.Web.Commandes;

public static class CommandesObservatoire
{
    /// <summary>`./sillage indicateurs --annee N`: every indicator of INDICATEURS.md, CSV code;territoire;valeur.</summary>
    public static Command Indicateurs()
    {
        var annee = new Option<int>("--annee") { Description = "Année N (période du 01/01 au 31/12, stock au 31/12).", Required = true };
        var cmd = new Command("indicateurs", "Calcule les indicateurs de l'observatoire pour une année (CSV code;territoire;valeur).") { annee };
        cmd.SetAction(async (r, ct) =>
        {
            var n = r.GetValue(annee);
            if (n is < 1900 or > 2999)
            {
                r.InvocationConfiguration.Error.WriteLine($"--annee : {n} n'est pas une année valide.");
                return 2;
            }
            await using var db = await LigneDeCommande.ContexteMigreAsync(LigneDeCommande.Base(r), ct);
            var instantane = await new ChargeurInstantane(db).ChargerAsync(ct);
            var parametres = await new Fonctionnalites.Administration.ServiceReglages(db).LireAsync(ct);
            r.InvocationConfiguration.Output.Write(MoteurIndicateurs.Csv(MoteurIndicateurs.Calculer(instantane, n, parametres)));
            return 0;
        });
        return cmd;
    }
}
