using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Regles;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Echeances;

namespace Sillage.Web.Commandes;

public static class CommandesEcheances
{
    /// <summary>`./sillage echeances --au D`: the contract of REGLES.md, CSV on standard output.</summary>
    public static Command Echeances()
    {
        var au = new Option<string?>("--au") { Description = "Jour de référence AAAA-MM-JJ (par défaut : aujourd'hui)." };
        var cmd = new Command("echeances", "Liste les échéances ouvertes au jour donné (CSV enfant_id;type;echeance).") { au };
        cmd.SetAction(async (r, ct) =>
        {
            var jour = DateOnly.FromDateTime(DateTime.Today);
            var texte = r.GetValue(au);
            if (texte is not null && !DateOnly.TryParseExact(texte, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out jour))
            {
                r.InvocationConfiguration.Error.WriteLine($"--au : « {texte} » n'est pas une date AAAA-MM-JJ.");
                return 2;
            }
            await using var db = await LigneDeCommande.ContexteMigreAsync(LigneDeCommande.Base(r), ct);
            var situations = await new ChargeurSituations(db).ChargerAsync(null, jour, ct);
            var parametres = await new Fonctionnalites.Administration.ServiceReglages(db).LireAsync(ct);
            // One write: the console flushes at every line (63 000 lines on the Nord).
            var csv = new System.Text.StringBuilder("enfant_id;type;echeance\n");
            foreach (var e in Echeancier.Lister(situations.Select(s => s.Situation), jour, parametres))
                csv.Append(CultureInfo.InvariantCulture, $"{e.EnfantId};{e.Type};{e.Date:yyyy-MM-dd}\n");
            r.InvocationConfiguration.Output.Write(csv.ToString());
            return 0;
        });
        return cmd;
    }
}
