using System.CommandLine;
using System.Globalization;
using Sillage.Domaine.Olinpe;
using Sillage.Web.Fonctionnalites.Olinpe;

namespace Sillage.Web.Commandes;

/// <summary>
/// `./sillage olinpe --annee N --out FICHIER [--format csv] [--force] [--date-export J]` and `./sillage olinpe valider FICHIER`.
/// Exit codes: 0 file written / no blocking error, 1 blocking errors (file refused), 2 bad input.
/// </summary>
public static class CommandesOlinpe
{
    public static Command Olinpe()
    {
        var annee = new Option<int?>("--annee") { Description = "Année N des événements (fichier transmis avant le 30 avril N+1)." };
        var sortie = new Option<FileInfo?>("--out") { Description = "Fichier à écrire (XML par défaut)." };
        var format = new Option<string>("--format") { Description = "xml (fichier de transmission) ou csv (mêmes enregistrements, pour l'ODPE).", DefaultValueFactory = _ => "xml" };
        var forcer = new Option<bool>("--force") { Description = "Écrit le fichier malgré des erreurs bloquantes (l'historique le note)." };
        var dateExport = new Option<string?>("--date-export") { Description = "DATEXPORT (AAAA-MM-JJ) ; par défaut le 31/12 de l'année, pour qu'un nouvel export soit identique octet pour octet." };
        var cmd = new Command("olinpe", "Produit le fichier OLINPE d'une année (événements pseudonymisés) après l'avoir contrôlé.") { annee, sortie, format, forcer, dateExport };
        cmd.Subcommands.Add(Valider());
        cmd.SetAction(async (r, ct) =>
        {
            var err = r.InvocationConfiguration.Error;
            var o = r.InvocationConfiguration.Output;
            if (r.GetValue(annee) is not { } n || !ServiceOlinpe.AnneeValide(n))
            {
                err.WriteLine("--annee : obligatoire, une année de 2000 à 2999.");
                return 2;
            }
            if (r.GetValue(sortie) is not { } fichier)
            {
                err.WriteLine("--out : obligatoire, le fichier à écrire.");
                return 2;
            }
            if (r.GetValue(format) is not ("xml" or "csv"))
            {
                err.WriteLine($"--format : « {r.GetValue(format)} » n'est pas un format (xml ou csv).");
                return 2;
            }
            DateOnly? jour = null;
            if (r.GetValue(dateExport) is { } texte)
            {
                if (!DateOnly.TryParseExact(texte, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var j))
                {
                    err.WriteLine($"--date-export : « {texte} » n'est pas une date AAAA-MM-JJ.");
                    return 2;
                }
                jour = j;
            }
            Directory.CreateDirectory(fichier.DirectoryName!);
            await using var db = await LigneDeCommande.ContexteMigreAsync(LigneDeCommande.Base(r), ct);
            var service = new ServiceOlinpe(db, new PseudonymiseurSha1());
            var resultat = await service.ProduireAsync(n, r.GetValue(format) == "csv" ? FormatOlinpe.Csv : FormatOlinpe.Xml, fichier.FullName,
                r.GetValue(forcer), "ligne de commande", jour, ct);
            foreach (var l in resultat.Rapport.Texte()) (resultat.Rapport.Transmissible ? o : err).WriteLine(l);
            if (!resultat.Produit)
            {
                err.WriteLine($"Fichier refusé : {resultat.Rapport.Bloquants} erreur(s) bloquante(s). Rien n'a été écrit ; corrigez les dossiers, ou relancez avec --force pour produire le fichier quand même.");
                return 1;
            }
            var t = resultat.Transmission!;
            o.WriteLine($"Fichier écrit : {fichier.FullName} ({t.Enregistrements} enregistrement(s), {t.Enfants} enfant(s), SHA-256 {t.Empreinte})" +
                (t.Forcee ? $" — PRODUIT MALGRÉ {t.ErreursBloquantes} ERREUR(S) BLOQUANTE(S) (--force)." : "."));
            return 0;
        });
        return cmd;
    }

    private static Command Valider()
    {
        var fichier = new Argument<FileInfo>("FICHIER") { Description = "Fichier OLINPE à contrôler (.xml, ou .csv produit par --format csv)." };
        var annee = new Option<int?>("--annee") { Description = "Année des événements ; par défaut celle de DATEXPORT (31/12/N) ou l'année qui la précède." };
        var cmd = new Command("valider", "Contrôle un fichier OLINPE : rapport en français, règle par règle, avec les comptes.") { fichier, annee };
        cmd.SetAction((r, ct) =>
        {
            var f = r.GetValue(fichier)!;
            if (!f.Exists)
            {
                r.InvocationConfiguration.Error.WriteLine($"FICHIER : {f.FullName} n'existe pas.");
                return Task.FromResult(2);
            }
            RapportOlinpe rapport;
            try { rapport = ServiceOlinpe.ValiderFichier(f.FullName, TableCorrespondance.Defaut(), r.GetValue(annee)); }
            catch (System.Xml.XmlException e)
            {
                r.InvocationConfiguration.Error.WriteLine($"FICHIER : XML illisible ({e.Message}).");
                return Task.FromResult(2);
            }
            foreach (var l in rapport.Texte()) r.InvocationConfiguration.Output.WriteLine(l);
            return Task.FromResult(rapport.Transmissible ? 0 : 1);
        });
        return cmd;
    }
}
