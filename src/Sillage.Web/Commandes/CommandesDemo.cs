using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Sillage.Demo;
using Sillage.Demo.Drees;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Administration;
using Sillage.Web.Fonctionnalites.Echange;
using Sillage.Web.Fonctionnalites.Observatoire;
using Sillage.Web.Hote;

namespace Sillage.Web.Commandes;

/// <summary>`./sillage demo` builds a synthetic département; `./sillage drees` prints the DREES survey row computed from the records.</summary>
public static class CommandesDemo
{
    public const string DepartementParDefaut = "61";

    public static Command Demo()
    {
        var departement = new Option<string>("--departement") { Description = "Code INSEE du département à simuler (calibré sur sa ligne DREES 2020), par exemple 61, 17, 91, 59.", Required = true };
        var graine = new Option<int>("--graine") { Description = "Graine du générateur : la même graine donne les mêmes données.", DefaultValueFactory = _ => 1 };
        var cmd = new Command("demo", "Construit un département synthétique (noms fictifs, dix ans d'histoire 2015–2024) et l'importe dans la base.") { departement, graine };
        cmd.SetAction(async (r, ct) =>
        {
            var code = r.GetValue(departement)!;
            if (DonneesDrees.Departement2020(code) is null)
            {
                r.InvocationConfiguration.Error.WriteLine($"--departement : « {code} » n'est pas un département du fichier DREES (par exemple 61, 2A, 974).");
                return 2;
            }
            var bd = LigneDeCommande.Base(r);
            MemoireImport.Limiter();
            return await ConstruireAsync(bd, code, r.GetValue(graine), r.InvocationConfiguration.Output, r.InvocationConfiguration.Error, ct) ? 0 : 1;
        });
        return cmd;
    }

    /// <summary>Generates, writes to a temporary folder, imports with the product's importer (the same path as a migration), and names the département.</summary>
    public static async Task<bool> ConstruireAsync(BaseDeDonnees bd, string code, int graine, TextWriter sortie, TextWriter erreur, CancellationToken ct = default)
    {
        var debut = System.Diagnostics.Stopwatch.StartNew();
        var jeu = GenerateurDemo.Generer(code, graine);
        var dossier = Directory.CreateTempSubdirectory("sillage-demo-").FullName;
        try
        {
            jeu.EcrireDossier(dossier);
            erreur.WriteLine($"Département synthétique {jeu.Departement} ({code}) généré en {debut.Elapsed.TotalSeconds:0.0} s ; import…");
            await (await LigneDeCommande.ContexteMigreAsync(bd, ct)).DisposeAsync();
            var resultat = await Importateur.ImporterAsync(dossier, false, bd, erreur, ct);
            if (!resultat.Reussi)
            {
                foreach (var e in resultat.Erreurs.Take(20)) erreur.WriteLine(e.ToString());
                return false;
            }
            await using (var db = ServicesDonnees.CreerContexte(bd))
            {
                var d = await db.Departements.OrderBy(x => x.Id).FirstOrDefaultAsync(ct);
                if (d is null) db.Departements.Add(d = new Donnees.Entites.Departement());
                d.Nom = $"{jeu.Departement} (démonstration)";
                d.CodeInsee = code.Length <= 3 ? code.ToUpperInvariant() : code[..3];
                await db.SaveChangesAsync(ct);
            }
            sortie.WriteLine($"Démonstration prête : {jeu.Enfants.Count} enfants, {jeu.Mesures.Count} mesures, {jeu.Sejours.Count} séjours, en {debut.Elapsed.TotalSeconds:0.0} s.");
            return true;
        }
        finally
        {
            Directory.Delete(dossier, recursive: true);
        }
    }

    /// <summary>Demo accounts, one per mission, each with a one-time password printed once (never a fixed password).</summary>
    public static async Task CreerComptesDemoAsync(IServiceProvider services, TextWriter sortie)
    {
        var db = services.GetRequiredService<SillageDbContext>();
        if (await db.Users.AnyAsync(u => u.UserName!.StartsWith("demo."))) return;
        var territoires = await db.Territoires.OrderBy(t => t.Code).Select(t => t.Code).ToListAsync();
        var comptes = services.GetRequiredService<ComptesService>();
        sortie.WriteLine("Comptes de démonstration (mots de passe à usage unique, affichés une seule fois) :");
        foreach (var (login, role, tous) in new[] { ("demo.crip", "CRIP", false), ("demo.referent", "REFERENT_ASE", false), ("demo.cadre", "CADRE", true),
                     ("demo.lieux", "LIEUX", false), ("demo.odpe", "ODPE", false), ("demo.dpo", "DPO", false) })
        {
            var (u, mdp, erreurs) = await comptes.CreerAsync(login, login, [role], tous ? territoires : territoires.Take(1).ToList());
            if (u is not null) sortie.WriteLine($"  {login,-15} {role,-13} {mdp}");
        }
    }

    public static Command Drees()
    {
        var annee = new Option<int>("--annee") { Description = "Année N : mesures actives au 31/12/N.", Required = true };
        var cmd = new Command("drees", "Affiche la ligne du département pour l'enquête Aide sociale de la DREES (mesures au 31/12), colonnes du fichier DREES.") { annee };
        cmd.SetAction(async (r, ct) =>
        {
            var bd = LigneDeCommande.Base(r);
            var (departement, calcul) = await LigneDeCommande.LireAvecContexteAsync(bd,
                db => db.Departements.AsNoTracking().OrderBy(d => d.Id).FirstOrDefaultAsync(ct),
                _ => CollecteDifferee.PendantAsync(async () => MoteurIndicateurs.Calculer(await ChargeurInstantane.ChargerAsync(bd, ct), r.GetValue(annee))), ct);
            var valeurs = calcul.Where(v => v.Territoire == Instantane.Departement).ToDictionary(v => v.Code, v => (int)v.Valeur);
            r.InvocationConfiguration.Output.Write(LigneDrees(r.GetValue(annee), departement?.CodeInsee ?? "", departement?.Nom ?? "", valeurs));
            return 0;
        });
        return cmd;
    }

    public const string EnteteDrees = "annee;code_region;code_departement;departement;confies_pupilles;confies_ap_mineurs;confies_ap_jeunes_majeurs;confies_dap;confies_tutelle;confies_retrait_partiel;confies_placement_ase_juge;total_confies_ase_A;placement_direct_tdc;placement_direct_etab_service;placement_direct_dap_particulier_etab;total_placements_directs_B;total_enfants_accueillis_A_plus_B;heberg_familles_accueil;heberg_etablissements;heberg_ado_jm_autonomes;heberg_autres;aed;aemo;total_actions_educatives;est_agregat";

    /// <summary>The DREES questionnaire row from the indicator engine's measure counts on 31/12 (same engine as the observatoire).</summary>
    public static string LigneDrees(int annee, string code, string nom, IReadOnlyDictionary<string, int> v)
    {
        int V(string c) => v.GetValueOrDefault(c);
        var region = DonneesDrees.Departement2020(code)?.CodeRegion ?? "";
        var nomDrees = DonneesDrees.Departement2020(code)?.Departement ?? nom.Replace(" (démonstration)", "");
        int[] nombres =
        [
            V("MES_PUPILLE"), V("MES_AP_MINEUR"), V("MES_AP_JM"), V("MES_DAP_ASE"), V("MES_TUTELLE_ASE"), V("MES_RETRAIT_PARTIEL"),
            V("MES_PLACEMENT_ASE") + V("MES_PEAD"), V("CONFIES_A"),
            V("MES_TDC"), V("MES_PLACEMENT_DIRECT_ETAB"), V("MES_DAP_TIERS"), V("PLACEMENTS_DIRECTS_B"), V("ACCUEILLIS"),
            V("HEBERG_FAMILLES_ACCUEIL"), V("HEBERG_ETABLISSEMENTS"), V("HEBERG_AUTONOMES"), V("HEBERG_AUTRES"),
            V("MES_AED"), V("MES_AEMO") + V("MES_AEMO_R"), V("ACTIONS_EDUCATIVES"),
        ];
        return $"{EnteteDrees}\n{annee};{region};{code};{nomDrees};{string.Join(';', nombres)};0\n";
    }
}
