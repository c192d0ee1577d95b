using System.CommandLine;
using Sillage.Domaine.Audit;
using Sillage.Donnees;
using Sillage.Donnees.Audit;

namespace Sillage.Web.Commandes;

/// <summary>`./sillage sauvegarde FICHIER` and `./sillage restaurer FICHIER` (ADR 0010): both audited.</summary>
public static class CommandesSauvegarde
{
    public static IEnumerable<Command> Commandes() => [Sauvegarder(), Restaurer()];

    private static Command Sauvegarder()
    {
        var fichier = new Argument<FileInfo>("FICHIER") { Description = "Fichier de sauvegarde à écrire (remplacé seulement quand la nouvelle sauvegarde est complète)." };
        var cmd = new Command("sauvegarde", "Sauvegarde cohérente de la base pendant que l'application tourne (SQLite : API de sauvegarde en ligne ; PostgreSQL : pg_dump).") { fichier };
        cmd.SetAction(async (r, ct) =>
        {
            var bd = LigneDeCommande.Base(r);
            var chemin = r.GetValue(fichier)!.FullName;
            return await ExecuterAsync(r, async () =>
            {
                // Recorded first, so that the backup holds its own trace and its chain stays whole.
                await TracerAsync(bd, TypeEvenementAudit.Sauvegarde, chemin, ct);
                await Sauvegarde.SauvegarderAsync(bd, chemin, ct);
                await ResumerAsync(r, bd, $"Sauvegarde écrite : {chemin}", ct);
            });
        });
        return cmd;
    }

    private static Command Restaurer()
    {
        var fichier = new Argument<FileInfo>("FICHIER") { Description = "Fichier écrit par ./sillage sauvegarde (même moteur de base)." };
        var cmd = new Command("restaurer", "Remplace tout le contenu de la base par une sauvegarde (tout ou rien), puis l'inscrit au journal d'audit.") { fichier };
        cmd.SetAction(async (r, ct) =>
        {
            var bd = LigneDeCommande.Base(r);
            var chemin = r.GetValue(fichier)!.FullName;
            return await ExecuterAsync(r, async () =>
            {
                await Sauvegarde.RestaurerAsync(bd, chemin, ct);
                await TracerAsync(bd, TypeEvenementAudit.Restauration, chemin, ct);
                await ResumerAsync(r, bd, $"Base restaurée depuis {chemin}", ct);
            });
        });
        return cmd;
    }

    private static async Task<int> ExecuterAsync(ParseResult r, Func<Task> action)
    {
        try
        {
            await action();
            return 0;
        }
        catch (ErreurSauvegarde e)
        {
            r.InvocationConfiguration.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static async Task TracerAsync(BaseDeDonnees bd, TypeEvenementAudit type, string chemin, CancellationToken ct)
    {
        await using var db = ServicesDonnees.CreerContexte(bd);
        await new JournalAudit(db).EnregistrerAsync(type, "Base", null, new { fichier = Path.GetFileName(chemin) }, new UtilisateurFixe(null, "ligne-de-commande"), ct);
    }

    private static async Task ResumerAsync(ParseResult r, BaseDeDonnees bd, string titre, CancellationToken ct)
    {
        var o = r.InvocationConfiguration.Output;
        o.WriteLine($"{titre} ({bd.Description}).");
        foreach (var (table, (lignes, empreinte)) in await Sauvegarde.EmpreintesAsync(bd, ct))
            o.WriteLine($"{table};{lignes};{empreinte}");
    }
}
