using System.CommandLine;
using Sillage.Web.Fonctionnalites.Schema;

namespace Sillage.Web.Commandes;

/// <summary>`./sillage schema importer FICHIER.json`: imports a schéma départemental (shared/data/schemas/FORMAT.md).</summary>
public static class CommandesSchema
{
    public static Command Schema()
    {
        var fichier = new Argument<FileInfo>("FICHIER") { Description = "Fichier JSON du schéma (format FORMAT.md)." };
        var importer = new Command("importer", "Importe un schéma départemental : tout ou rien, erreurs nommées par leur chemin dans le JSON.") { fichier };
        importer.SetAction(async (r, ct) =>
        {
            var f = r.GetValue(fichier)!;
            var err = r.InvocationConfiguration.Error;
            if (!f.Exists)
            {
                err.WriteLine($"FICHIER : {f.FullName} n'existe pas.");
                return 2;
            }
            await using var db = await LigneDeCommande.ContexteMigreAsync(LigneDeCommande.Base(r), ct);
            var resultat = await new ImportSchema(db).ImporterAsync(await File.ReadAllTextAsync(f.FullName, ct), f.Name, "ligne de commande", ct);
            if (!resultat.Reussi)
            {
                foreach (var e in resultat.Erreurs) err.WriteLine(e.Message);
                err.WriteLine($"Import refusé : {resultat.Erreurs.Count} erreur(s). Rien n'a été écrit dans la base.");
                return 2;
            }
            r.InvocationConfiguration.Output.WriteLine($"Schéma importé : {f.Name} (identifiant {resultat.PlanId}).");
            return 0;
        });
        return new Command("schema", "Schéma départemental enfance-famille.") { importer };
    }
}
