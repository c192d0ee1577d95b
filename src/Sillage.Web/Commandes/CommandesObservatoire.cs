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
            var bd = LigneDeCommande.Base(r);
            // The settings (deadlines of the échéancier) read through EF Core while the snapshot is read by SQL.
            var (_, valeurs) = await LigneDeCommande.LireAvecContexteAsync(bd,
                db => new Fonctionnalites.Administration.ServiceReglages(db).LireAsync(ct),
                parametres => CollecteDifferee.PendantAsync(async () =>
                {
                    var instantane = await ChargeurInstantane.ChargerAsync(bd, ct);
                    return MoteurIndicateurs.Calculer(instantane, n, await parametres);
                }), ct);
            r.InvocationConfiguration.Output.Write(MoteurIndicateurs.Csv(valeurs));
            return 0;
        });
        return cmd;
    }

    /// <summary>`./sillage population importer FICHIER.csv`: INSEE population by age and territory, all or nothing.</summary>
    public static Command Population()
    {
        var fichier = new Argument<FileInfo>("FICHIER") { Description = "CSV annee;territoire;age;effectif (territoire * = le département)." };
        var importer = new Command("importer", "Importe la population INSEE (tout ou rien ; les années et territoires du fichier remplacent ceux enregistrés).") { fichier };
        importer.SetAction(async (r, ct) =>
        {
            var f = r.GetValue(fichier)!;
            if (!f.Exists)
            {
                r.InvocationConfiguration.Error.WriteLine($"FICHIER : {f.FullName} n'existe pas.");
                return 2;
            }
            await using var db = await LigneDeCommande.ContexteMigreAsync(LigneDeCommande.Base(r), ct);
            using var lecteur = new StreamReader(f.FullName);
            var resultat = await new ImportPopulation(db, new Sillage.Donnees.Audit.JournalAudit(db)).ImporterAsync(lecteur, ct);
            if (!resultat.Reussi)
            {
                r.InvocationConfiguration.Error.WriteLine("Rien n'a été importé :");
                foreach (var e in resultat.Erreurs) r.InvocationConfiguration.Error.WriteLine(e);
                return 2;
            }
            r.InvocationConfiguration.Output.WriteLine($"Population importée : {resultat.Lignes} ligne(s).");
            return 0;
        });
        return new Command("population", "Population INSEE par âge et territoire (dénominateur des taux de l'observatoire).") { importer };
    }
}
