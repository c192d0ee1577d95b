using System.CommandLine;
using System.CommandLine.Help;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Web.Fonctionnalites.Administration;
using Sillage.Web.Hote;

namespace Sillage.Web.Commandes;

/// <summary>
/// `./sillage COMMANDE`: every command of the product, in French. Exit codes: 0 success,
/// 1 failure (audit chain broken…), 2 bad input (unknown role, import error…).
/// </summary>
public static class LigneDeCommande
{
    public static bool EstUneCommande(string[] args) => args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) || args is ["--help"] or ["-h"] or ["--version"];

    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Base de données : chemin d'un fichier SQLite, ou chaîne PostgreSQL (Host=… ou postgres://…). Par défaut : variable SILLAGE_DB, sinon data/sillage.db.",
        Recursive = true,
    };

    public static Command Racine()
    {
        var racine = new Command("./sillage", "Sillage — système d'information de la protection de l'enfance du département.")
        {
            new HelpOption { Description = "Affiche l'aide et les options." },
            new VersionOption(),
        };
        racine.Options.Add(Db);
        racine.Subcommands.Add(Serve());
        racine.Subcommands.Add(BaseDeDonneesCmd());
        racine.Subcommands.Add(UtilisateurCmd());
        racine.Subcommands.Add(TerritoireCmd());
        racine.Subcommands.Add(AuditCmd());
        racine.Subcommands.Add(CommandesEcheances.Echeances());
        racine.Subcommands.Add(CommandesObservatoire.Indicateurs());
        racine.Subcommands.Add(CommandesSchema.Schema());
        racine.Subcommands.Add(CommandesObservatoire.Population());
        racine.Subcommands.Add(CommandesDemo.Demo());
        racine.Subcommands.Add(CommandesDemo.Drees());
        racine.Subcommands.Add(CommandesOlinpe.Olinpe());
        foreach (var c in CommandesEchange.Commandes()) racine.Subcommands.Add(c);
        foreach (var c in CommandesSauvegarde.Commandes()) racine.Subcommands.Add(c);
        return racine;
    }

    public static Task<int> ExecuterAsync(string[] args, TextWriter? sortie = null, TextWriter? erreur = null)
    {
        Culture.DefinirFrancais();
        var config = new InvocationConfiguration { Output = sortie ?? Console.Out, Error = erreur ?? Console.Error };
        return Racine().Parse(args).InvokeAsync(config);
    }

    /// <summary>A context on the command's base, migrated first (the commands that read or import need the schema, not the first account).</summary>
    internal static async Task<SillageDbContext> ContexteMigreAsync(BaseDeDonnees bd, CancellationToken ct)
    {
        var db = ServicesDonnees.CreerContexte(bd);
        // MigrateAsync also diffs the model against the last snapshot (≈ 2.5 s for this model): only when a
        // migration is pending — reading the history table is enough to know (a command on an up-to-date base: 0.3 s).
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            await db.Database.MigrateAsync(ct);
        return db;
    }

    /// <summary>
    /// For a command that reads the base by SQL (the observatoire's snapshot) and needs a little through EF Core: the base is
    /// migrated first only when a migration is pending (known from the history table, without EF Core's model); then
    /// <paramref name="viaContexte"/> runs on another thread — EF Core's model takes ≈ 0.7 s to build — while
    /// <paramref name="lecture"/> reads, receiving that task to await when it needs its result.
    /// </summary>
    internal static async Task<(TC ViaContexte, T Lecture)> LireAvecContexteAsync<TC, T>(BaseDeDonnees bd, Func<SillageDbContext, Task<TC>> viaContexte,
        Func<Task<TC>, Task<T>> lecture, CancellationToken ct)
    {
        if (!await AJourAsync(bd, ct)) await (await ContexteMigreAsync(bd, ct)).DisposeAsync();
        var contexte = Task.Run(async () =>
        {
            await using var db = ServicesDonnees.CreerContexte(bd);
            return await viaContexte(db);
        }, ct);
        var resultat = await lecture(contexte);
        return (await contexte, resultat);
    }

    /// <summary>Every migration of this version applied? One query of EF Core's history table (missing: no).</summary>
    internal static async Task<bool> AJourAsync(BaseDeDonnees bd, CancellationToken ct)
    {
        // The migrations EF Core would find (attribute [Migration] in the provider's assembly), without its model.
        var attendues = System.Reflection.Assembly.Load(bd.AssemblageMigrations).GetTypes()
            .Select(t => System.Reflection.CustomAttributeExtensions.GetCustomAttribute<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>(t)?.Id)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        await using System.Data.Common.DbConnection connexion = bd.Fournisseur == Fournisseur.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(bd.ChaineConnexion) : new Npgsql.NpgsqlConnection(bd.ChaineConnexion);
        var appliquees = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await connexion.OpenAsync(ct);
            await using var commande = connexion.CreateCommand();
            commande.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" """;
            await using var lecteur = await commande.ExecuteReaderAsync(ct);
            while (await lecteur.ReadAsync(ct)) appliquees.Add(lecteur.GetString(0));
        }
        catch (System.Data.Common.DbException)
        {
            return false; // no history table yet (a new base), or a base not reachable: the migration will say why
        }
        return attendues.IsSubsetOf(appliquees);
    }

    internal static BaseDeDonnees Base(ParseResult r) => BaseDeDonnees.Depuis(r.GetValue(Db) ?? Environment.GetEnvironmentVariable("SILLAGE_DB"));

    private static Command Serve()
    {
        var urls = new Option<string>("--urls") { Description = "Adresse(s) d'écoute.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var demo = new Option<bool>("--demo") { Description = "Démarre sur un département de démonstration (base data/demo-CODE.db sauf --db), créé au premier lancement avec des comptes par mission." };
        var departement = new Option<string>("--departement") { Description = "Avec --demo : le département simulé.", DefaultValueFactory = _ => CommandesDemo.DepartementParDefaut };
        var cmd = new Command("serve", "Démarre l'application web (crée et migre la base au besoin).") { urls, demo, departement };
        cmd.SetAction(async (r, ct) =>
        {
            var avecDemo = r.GetValue(demo);
            var code = r.GetValue(departement)!;
            var bd = avecDemo && r.GetValue(Db) is null && Environment.GetEnvironmentVariable("SILLAGE_DB") is null
                ? BaseDeDonnees.Depuis($"data/demo-{code}.db") : Base(r);
            var app = SillageApp.Construire(["--urls", r.GetValue(urls)!], bd);
            r.InvocationConfiguration.Output.WriteLine($"Base de données : {bd.Description}");
            await app.PreparerBaseAsync(r.InvocationConfiguration.Output);
            if (avecDemo)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SillageDbContext>();
                if (!await db.Enfants.AnyAsync(ct) && !await CommandesDemo.ConstruireAsync(bd, code, 1, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error, ct))
                    return 1;
                await CommandesDemo.CreerComptesDemoAsync(scope.ServiceProvider, r.InvocationConfiguration.Output);
            }
            r.InvocationConfiguration.Output.WriteLine($"Sillage écoute sur {r.GetValue(urls)} (Ctrl+C pour arrêter).");
            await app.RunAsync();
            return 0;
        });
        return cmd;
    }

    private static Command BaseDeDonneesCmd()
    {
        var migrate = new Command("migrate", "Crée ou met à jour le schéma de la base de données.");
        migrate.SetAction(async (r, ct) =>
        {
            var bd = Base(r);
            await using var db = ServicesDonnees.CreerContexte(bd);
            var enAttente = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            r.InvocationConfiguration.Output.WriteLine($"{bd.Description} : {enAttente.Count} migration(s) appliquée(s), base à jour.");
            return 0;
        });
        return new Command("db", "Base de données.") { migrate };
    }

    /// <summary>Runs <paramref name="action"/> with the web application's services (migrated base) without listening.</summary>
    private static async Task<int> AvecServicesAsync(ParseResult r, Func<IServiceProvider, TextWriter, Task<int>> action)
    {
        var bd = Base(r);
        await using var app = SillageApp.Construire([], bd, b => b.Logging.ClearProviders());
        await app.PreparerBaseAsync(r.InvocationConfiguration.Output);
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider, r.InvocationConfiguration.Output);
    }

    private static Command UtilisateurCmd()
    {
        var login = new Option<string>("--login") { Description = "Identifiant (minuscules, chiffres, point, tiret).", Required = true };
        var role = new Option<string[]>("--role") { Description = "Rôle : ADMIN, CRIP, EVALUATEUR, REFERENT_ASE, CADRE, LIEUX, ODPE, DPO (répétable).", AllowMultipleArgumentsPerToken = true };
        var territoire = new Option<string[]>("--territoire") { Description = "Code de territoire (répétable).", AllowMultipleArgumentsPerToken = true };
        var nom = new Option<string?>("--nom") { Description = "Nom affiché." };
        var creer = new Command("creer", "Crée un compte et affiche son mot de passe à usage unique.") { login, role, territoire, nom };
        creer.SetAction((r, ct) => AvecServicesAsync(r, async (sp, o) =>
        {
            var (u, mdp, erreurs) = await sp.GetRequiredService<ComptesService>().CreerAsync(
                r.GetValue(login)!, r.GetValue(nom), r.GetValue(role) ?? [], r.GetValue(territoire) ?? []);
            if (u is null)
            {
                foreach (var e in erreurs) r.InvocationConfiguration.Error.WriteLine($"erreur : {e}");
                return 2;
            }
            o.WriteLine($"Compte « {u.UserName} » créé.");
            o.WriteLine($"Mot de passe à usage unique (affiché une seule fois) : {mdp}");
            return 0;
        }));
        return new Command("utilisateur", "Comptes des utilisateurs.") { creer };
    }

    private static Command TerritoireCmd()
    {
        var code = new Option<string>("--code") { Description = "Code du territoire.", Required = true };
        var libelle = new Option<string>("--libelle") { Description = "Libellé du territoire.", Required = true };
        var creer = new Command("creer", "Crée un territoire (délégation, UTAS, circonscription).") { code, libelle };
        creer.SetAction((r, ct) => AvecServicesAsync(r, async (sp, o) =>
        {
            var erreurs = await sp.GetRequiredService<TerritoiresService>().EnregistrerAsync(null, r.GetValue(code), r.GetValue(libelle), 0);
            foreach (var e in erreurs) r.InvocationConfiguration.Error.WriteLine($"erreur : {e}");
            if (erreurs.Count > 0) return 2;
            o.WriteLine($"Territoire « {r.GetValue(code)} » créé.");
            return 0;
        }));
        var lister = new Command("lister", "Liste les territoires (code;libelle).");
        lister.SetAction((r, ct) => AvecServicesAsync(r, async (sp, o) =>
        {
            foreach (var t in await sp.GetRequiredService<SillageDbContext>().Territoires.AsNoTracking().OrderBy(t => t.Code).ToListAsync(ct))
                o.WriteLine($"{t.Code};{t.Libelle}");
            return 0;
        }));
        return new Command("territoire", "Territoires du département.") { creer, lister };
    }

    private static Command AuditCmd()
    {
        var verifier = new Command("verifier", "Vérifie la chaîne d'empreintes du journal d'audit (modification ou suppression d'entrées).");
        verifier.SetAction(async (r, ct) =>
        {
            await using var db = ServicesDonnees.CreerContexte(Base(r));
            var (n, erreurs) = await new JournalAudit(db).VerifierAsync(ct);
            foreach (var e in erreurs) r.InvocationConfiguration.Error.WriteLine(e);
            if (erreurs.Count > 0)
            {
                r.InvocationConfiguration.Output.WriteLine($"Journal d'audit ALTÉRÉ : {erreurs.Count} anomalie(s) sur {n} entrée(s).");
                return 1;
            }
            r.InvocationConfiguration.Output.WriteLine($"Journal d'audit intact : {n} entrée(s) vérifiée(s).");
            return 0;
        });
        return new Command("audit", "Journal d'audit.") { verifier };
    }
}
