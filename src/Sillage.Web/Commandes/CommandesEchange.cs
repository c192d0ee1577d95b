using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Echange;

namespace Sillage.Web.Commandes;

/// <summary>`./sillage import DIR [--tolerant]` and `./sillage export DIR`: the interchange format (FORMAT-ECHANGE.md).</summary>
public static class CommandesEchange
{
    public static IEnumerable<Command> Commandes() => [Import(), Export()];

    private static BaseDeDonnees Base(ParseResult r) => LigneDeCommande.Base(r);

    private static async Task MigrerAsync(BaseDeDonnees bd, CancellationToken ct) =>
        await (await LigneDeCommande.ContexteMigreAsync(bd, ct)).DisposeAsync();

    private static Command Import()
    {
        var dossier = new Argument<DirectoryInfo>("DOSSIER") { Description = "Dossier des fichiers CSV du format d'échange (enfants.csv obligatoire)." };
        var tolerant = new Option<bool>("--tolerant")
        {
            Description = "Importe les enregistrements qui enfreignent une règle légale et les signale sur la page « Qualité des données » (les erreurs de structure restent refusées).",
        };
        var cmd = new Command("import", "Importe un dossier au format d'échange : tout ou rien, idempotent (les identifiants d'origine sont conservés).") { dossier, tolerant };
        cmd.SetAction(async (r, ct) =>
        {
            var bd = Base(r);
            var err = r.InvocationConfiguration.Error;
            var sortie = r.InvocationConfiguration.Output;
            await MigrerAsync(bd, ct);
            MemoireImport.Limiter();
            var resultat = await Importateur.ImporterAsync(r.GetValue(dossier)!.FullName, r.GetValue(tolerant), bd, err, ct);
            if (!resultat.Reussi)
            {
                foreach (var e in resultat.Erreurs) err.WriteLine(e.ToString());
                err.WriteLine($"Import refusé : {resultat.Erreurs.Count} erreur(s). Rien n'a été écrit dans la base.");
                return 2;
            }
            foreach (var a in resultat.Anomalies) err.WriteLine($"avertissement : {a}");
            foreach (var c in resultat.Comptes.Where(c => c.Lignes > 0))
                sortie.WriteLine($"{c.Fichier} : {c.Crees} créé(s), {c.Modifies} modifié(s), {c.Inchanges} inchangé(s).");
            sortie.WriteLine($"Import terminé en {resultat.Duree.TotalSeconds:0.0} s : {resultat.Comptes.Sum(c => c.Crees)} création(s), {resultat.Comptes.Sum(c => c.Modifies)} modification(s)" +
                (resultat.Anomalies.Count > 0 ? $", {resultat.Anomalies.Count} anomalie(s) de qualité signalée(s) ({resultat.AnomaliesEnregistrees} nouvelle(s))." : "."));
            return 0;
        });
        return cmd;
    }

    private static Command Export()
    {
        var dossier = new Argument<DirectoryInfo>("DOSSIER") { Description = "Dossier où écrire les fichiers CSV (créé au besoin ; les fichiers existants sont remplacés)." };
        var cmd = new Command("export", "Exporte toute la base au format d'échange (mêmes fichiers que l'import).") { dossier };
        cmd.SetAction(async (r, ct) =>
        {
            var bd = Base(r);
            await MigrerAsync(bd, ct);
            var bilan = await Exportateur.ExporterAsync(r.GetValue(dossier)!.FullName, bd, r.InvocationConfiguration.Error, ct);
            r.InvocationConfiguration.Output.WriteLine($"Export terminé : {bilan.Count} fichier(s), {bilan.Sum(b => b.Lignes)} ligne(s) dans {r.GetValue(dossier)!.FullName}.");
            return 0;
        });
        return cmd;
    }
}
