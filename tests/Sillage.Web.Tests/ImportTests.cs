using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Web.Commandes;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>`sillage import`: all-or-nothing with every error located, --tolerant, idempotence, the pages and the API.</summary>
public class ImportTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private string Db => serveur.Bd.ArgumentDbCourant;

    private static async Task<(int Code, string Sortie, string Erreur)> ExecuterAsync(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await LigneDeCommande.ExecuterAsync(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>Row counts of every table the import writes, and of the audit journal.</summary>
    private async Task<string> EtatAsync()
    {
        await using var db = serveur.Contexte();
        return string.Join(" ", await db.Enfants.CountAsync(), await db.Territoires.CountAsync(), await db.Lieux.CountAsync(), await db.Informations.CountAsync(),
            await db.InformationsEnfants.CountAsync(), await db.Mesures.CountAsync(), await db.Sejours.CountAsync(), await db.Ppes.CountAsync(),
            await db.Rapports.CountAsync(), await db.Entretiens.CountAsync(), await db.ExamensCessec.CountAsync(), await db.Populations.CountAsync(),
            await db.AnomaliesQualite.CountAsync(), await db.EvenementsAudit.CountAsync());
    }

    private const string EnteteEnfants = "id;nom;prenoms;sexe;date_naissance;territoire;famille;mna;nom_naissance_mere";
    private const string EnteteMesures = "id;enfant_id;type;date_decision;date_debut;date_fin_prevue;date_fin;motif_fin;renouvelle";
    private const string EnteteSejours = "id;enfant_id;mesure_id;lieu_id;mode;date_debut;date_fin;motif";
    private const string EnteteLieux = "id;type;nom;territoire;capacite;age_min;age_max;date_ouverture;date_fermeture";

    /// <summary>One record per legal rule of REGLES.md (invariants), each on its own line.</summary>
    private static DossierEchange DossierRegles() => new(
        ("enfants.csv", $"""
            {EnteteEnfants}
            R1;ALPHA;Jean;M;2010-05-01;NORD;;0;
            R2;BETA;Anne;F;2000-01-10;NORD;;0;
            R3;GAMMA;Léo;M;2015-03-03;SUD;;0;
            """),
        ("lieux.csv", $"""
            {EnteteLieux}
            H1;HOTEL;Hôtel de la gare;NORD;10;;;;
            L1;MECS;MECS du Nord;NORD;20;;;2020-01-01;2019-01-01
            """),
        ("mesures.csv", $"""
            {EnteteMesures}
            M1;R1;PLACEMENT_ASE;2020-01-01;2020-01-01;2023-06-30;;;
            M2;R1;AP_JM;2024-01-01;2024-01-01;2024-06-30;;;
            M3;R2;AED;2017-06-01;2017-06-01;2018-03-01;;;
            M4;R3;PLACEMENT_ASE;2024-01-01;2024-01-01;2024-12-31;2024-06-30;MAINLEVEE;
            M5;R3;AEMO;2023-01-01;2023-01-01;;2022-12-01;;
            M6;R3;AEMO;2014-01-01;2014-01-01;2014-06-01;;;
            """),
        ("sejours.csv", $"""
            {EnteteSejours}
            S1;R3;M4;L1;LIEU;2024-01-01;2024-03-31;
            S2;R3;M4;L1;LIEU;2024-03-15;2024-06-30;
            S3;R3;M4;H1;LIEU;2024-07-01;2024-07-15;
            """));

    private static readonly (string Prefixe, string Regle)[] ReglesAttendues =
    [
        ("lieux.csv:3: date_fermeture: ", "DATES_ORDRE"),
        ("mesures.csv:2: date_fin_prevue: ", "DUREE_MESURE"),
        ("mesures.csv:3: date_debut: ", "AGE_JEUNE_MAJEUR"),
        ("mesures.csv:4: date_fin_prevue: ", "MINEUR_SEULEMENT"),
        ("mesures.csv:6: date_fin: ", "DATES_ORDRE"),
        ("mesures.csv:7: date_decision: ", "NAISSANCE_APRES_EVENEMENT"),
        ("mesures.csv:7: date_debut: ", "NAISSANCE_APRES_EVENEMENT"),
        ("sejours.csv:3: date_debut: ", "SEJOURS_CHEVAUCHANTS"),
        ("sejours.csv:4: date_debut: ", "SEJOUR_HORS_MESURE"),
        ("sejours.csv:4: lieu_id: ", "HOTEL"),
    ];

    [Fact]
    public async Task Les_erreurs_de_structure_sont_toutes_localisees_et_rien_n_est_ecrit()
    {
        using var d = new DossierEchange(
            ("enfants.csv", $"""
                {EnteteEnfants}
                X1;UN;Paul;M;2012-02-30;NORD;;0;
                X2;DEUX;Lise;Z;2012-01-01;NORD;;0;
                X3;TROIS;Marc;M;2012-01-01;EST;;0;
                X1;QUATRE;Zoé;F;2012-01-01;NORD;;0;
                X5;CINQ;Ana;F;2012-01-01;NORD;;2;
                X6;SIX;Léa;F;2012-01-01;SUD;;0;
                X7;SEPT;Tom;M;2012-01-01;SUD;;0
                """),
            ("informations.csv", """
                id;date_reception;origine;qualification;date_qualification
                I1;2023-01-01;ECOLE;IP;
                """),
            ("informations_enfants.csv", """
                information_id;enfant_id;date_fin_evaluation;conclusion;date_decision
                I9;X6;;;
                """),
            ("mesures.csv", """
                id;enfant_id;typ;date_decision;date_debut;date_fin_prevue;date_fin;motif_fin;renouvelle
                MZ1;X6;AEMO;2023-01-01;2023-01-01;;;;
                """),
            ("sejours.csv", $"""
                {EnteteSejours}
                S1;PERSONNE;MZ1;;DOMICILE;2023-01-01;;
                S2;X6;MZ1;LX;LIEU;2023-01-01;;
                S3;X6;MZ1;;LIEU;2023-01-01;;
                """),
            ("ppe.csv", """
                id;enfant_id;date_signature;commentaire
                P1;X6;2023-01-01;oui
                """),
            ("rapport.csv", """
                id;enfant_id;date
                """));
        var avant = await EtatAsync();

        var (code, _, erreur) = await ExecuterAsync("import", d.Chemin, Db);

        Assert.Equal(2, code);
        foreach (var prefixe in new[]
        {
            "enfants.csv:2: date_naissance: « 2012-02-30 » n'est pas une date valide",
            "enfants.csv:3: sexe: « Z » n'est pas un code valide",
            "enfants.csv:4: territoire: Territoire « EST » inconnu",
            "enfants.csv:5: id: Identifiant « X1 » en double (déjà à la ligne 2)",
            "enfants.csv:6: mna: « 2 » n'est pas un code valide",
            "enfants.csv:8: -: la ligne compte 8 champ(s) au lieu de 9",
            "informations.csv:2: origine: « ECOLE » n'est pas un code valide",
            "informations_enfants.csv:2: information_id: Information « I9 » inconnu(e)",
            "mesures.csv:1: typ: colonne inconnue",
            "mesures.csv:1: type: colonne obligatoire absente",
            "sejours.csv:2: enfant_id: Enfant « PERSONNE » inconnu(e)",
            "sejours.csv:3: lieu_id: Lieu d'accueil « LX » inconnu(e)",
            "sejours.csv:4: lieu_id: valeur obligatoire quand mode = LIEU",
            "ppe.csv:1: commentaire: colonne inconnue",
            "rapport.csv:1: -: fichier inconnu du format d'échange",
        })
            Assert.Contains(prefixe, erreur);
        // A reference to a file whose header is refused is not reported again.
        Assert.DoesNotContain("mesure_id", erreur);
        Assert.Contains("Import refusé : 15 erreur(s). Rien n'a été écrit", erreur);
        Assert.Equal(avant, await EtatAsync());
    }

    [Fact]
    public async Task Renouvellement_mesure_et_doublons_inconnus_sont_refuses()
    {
        using var d = new DossierEchange(
            ("enfants.csv", $"""
                {EnteteEnfants}
                Y1;UN;Paul;M;2012-02-01;NORD;;0;
                Y2;DEUX;Lise;F;2012-01-01;NORD;;0;
                """),
            ("mesures.csv", $"""
                {EnteteMesures}
                M1;Y1;AEMO;2023-01-01;2023-01-01;2023-12-31;;;M0
                M1;Y1;AEMO;2023-01-01;2023-01-01;2023-12-31;;;
                M2;Y2;AEMO;2023-01-01;2023-01-01;2023-12-31;;;
                M3;Y1;AEMO;2024-01-01;2024-01-01;2024-12-31;;;M2
                """),
            ("sejours.csv", $"""
                {EnteteSejours}
                S1;Y1;M9;;DOMICILE;2023-01-01;2023-02-01;
                S2;Y1;M2;;DOMICILE;2023-01-01;2023-02-01;
                """),
            ("entretiens.csv", """
                enfant_id;date
                Y1;2023-05-01
                Y1;2023-05-01
                """));
        var avant = await EtatAsync();

        var (code, _, erreur) = await ExecuterAsync("import", d.Chemin, Db);

        Assert.Equal(2, code);
        Assert.Contains("mesures.csv:2: renouvelle: Mesure « M0 » inconnu(e)", erreur);
        Assert.Contains("mesures.csv:3: id: Identifiant « M1 » en double (déjà à la ligne 2)", erreur);
        Assert.Contains("mesures.csv:5: renouvelle: la mesure renouvelée « M2 » concerne un autre enfant", erreur);
        Assert.Contains("sejours.csv:2: mesure_id: Mesure « M9 » inconnu(e)", erreur);
        Assert.Contains("sejours.csv:3: mesure_id: la mesure « M2 » concerne un autre enfant", erreur);
        Assert.Contains("entretiens.csv:3: date: Entretien 17 ans (enfant|date) « Y1|2023-05-01 » en double", erreur);
        Assert.Equal(avant, await EtatAsync());
    }

    [Fact]
    public async Task Un_renouvellement_est_lie_que_la_mesure_renouvelee_precede_ou_suive_dans_le_fichier()
    {
        // RN1 renews RN2, written further down; RN3 renews RN1, written before it (the usual order).
        using var d = new DossierEchange(
            ("enfants.csv", $"""
                {EnteteEnfants}
                RNE1;RENOUVEAU;Léna;F;2012-02-01;NORD;;0;
                """),
            ("mesures.csv", $"""
                {EnteteMesures}
                RN1;RNE1;AEMO;2023-01-01;2023-01-01;2023-12-31;2023-12-31;ECHEANCE;RN2
                RN2;RNE1;AEMO;2022-01-01;2022-01-01;2022-12-31;2022-12-31;ECHEANCE;
                RN3;RNE1;AEMO;2024-01-01;2024-01-01;2024-12-31;;;RN1
                """));
        async Task<Dictionary<string, (int Id, int? Renouvelle, int Version)>> MesuresAsync()
        {
            await using var db = serveur.Contexte();
            return await db.Mesures.Where(m => m.SourceId!.StartsWith("RN")).ToDictionaryAsync(m => m.SourceId!, m => (m.Id, m.RenouvelleId, m.Version));
        }

        var (code, _, erreur) = await ExecuterAsync("import", d.Chemin, Db);
        Assert.True(code == 0, erreur);
        var m = await MesuresAsync();
        Assert.Equal(m["RN2"].Id, m["RN1"].Renouvelle);
        Assert.Equal(m["RN1"].Id, m["RN3"].Renouvelle);
        Assert.Null(m["RN2"].Renouvelle);
        Assert.All(m.Values, x => Assert.Equal(0, x.Version)); // created by this import: written, not modified

        (code, var sortie, erreur) = await ExecuterAsync("import", d.Chemin, Db);
        Assert.True(code == 0, erreur);
        Assert.Contains("mesures.csv : 0 créé(s), 0 modifié(s), 3 inchangé(s)", sortie);
        Assert.Equal(m, await MesuresAsync());

        // RN3 no longer renews RN1: its link is removed and its version moves on.
        d.Ecrire("mesures.csv", File.ReadAllText(Path.Combine(d.Chemin, "mesures.csv")).Replace(";;;RN1", ";;;"));
        (code, _, erreur) = await ExecuterAsync("import", d.Chemin, Db);
        Assert.True(code == 0, erreur);
        var apres = await MesuresAsync();
        Assert.Null(apres["RN3"].Renouvelle);
        Assert.Equal(1, apres["RN3"].Version);
        Assert.Equal(m["RN2"].Id, apres["RN1"].Renouvelle);
    }

    [Fact]
    public async Task Sans_tolerant_les_regles_legales_refusent_tout_l_import()
    {
        using var d = DossierRegles();
        var avant = await EtatAsync();

        var (code, _, erreur) = await ExecuterAsync("import", d.Chemin, Db);

        Assert.Equal(2, code);
        foreach (var (prefixe, _) in ReglesAttendues) Assert.Contains(prefixe, erreur);
        Assert.Contains("une mesure judiciaire dure au plus 2 ans", erreur);
        Assert.Contains("placement à l'hôtel interdit depuis le 01/02/2024", erreur);
        Assert.Equal(avant, await EtatAsync());
    }

    [Fact]
    public async Task En_mode_tolerant_les_infractions_sont_importees_signalees_et_listees()
    {
        using var d = DossierRegles();

        var (code, sortie, erreur) = await ExecuterAsync("import", d.Chemin, "--tolerant", Db);

        Assert.True(code == 0, erreur);
        foreach (var (prefixe, _) in ReglesAttendues) Assert.Contains("avertissement : " + prefixe, erreur);
        Assert.Contains("enfants.csv : 3 créé(s)", sortie);
        await using (var db = serveur.Contexte())
        {
            var anomalies = await db.AnomaliesQualite.AsNoTracking().ToListAsync();
            foreach (var (prefixe, regle) in ReglesAttendues)
            {
                var parts = prefixe.Split(':');
                Assert.Contains(anomalies, a => a.Fichier == parts[0] && a.Ligne == int.Parse(parts[1]) && a.Regle == regle);
            }
            var chevauchement = anomalies.Single(a => a.Regle == "SEJOURS_CHEVAUCHANTS");
            Assert.Equal("S2", chevauchement.SourceId);
            Assert.Equal((await db.Enfants.SingleAsync(e => e.SourceId == "R3")).Id, chevauchement.EnfantId);
            var l1 = (await db.Lieux.SingleAsync(l => l.SourceId == "L1")).Id;
            Assert.Equal(2, await db.Sejours.CountAsync(s => s.LieuId == l1));
        }

        // Re-importing the same folder records nothing new but the import event.
        var avant = await EtatAsync();
        var journal = (await serveur.JournalAsync()).Count;
        Assert.Equal(0, (await ExecuterAsync("import", d.Chemin, "--tolerant", Db)).Code);
        var apres = await EtatAsync();
        Assert.Equal(avant[..avant.LastIndexOf(' ')], apres[..apres.LastIndexOf(' ')]);
        var nouveaux = (await serveur.JournalAsync()).Skip(journal).ToList();
        Assert.Equal((int)TypeEvenementAudit.Import, Assert.Single(nouveaux).Type);

        // The data-quality page (ADMIN) lists them, filters by rule and marks as resolved.
        using var admin = await serveur.ConnecterAsync("administrateur");
        var page = await admin.LireTexteAsync("/qualite");
        Assert.Contains("SEJOURS_CHEVAUCHANTS", page);
        Assert.Contains("sejours.csv:3", page);
        var hotel = await admin.LireTexteAsync("/qualite?regle=HOTEL");
        Assert.Contains("sejours.csv:4", hotel);
        Assert.DoesNotContain("sejours.csv:3", hotel);
        int id;
        await using (var db = serveur.Contexte())
            id = (await db.AnomaliesQualite.SingleAsync(a => a.Regle == "HOTEL")).Id;
        var r = await admin.SoumettreAsync("/qualite?regle=HOTEL", [new("id", id.ToString())], "/qualite?handler=Resoudre");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.DoesNotContain("sejours.csv:4", await admin.LireTexteAsync("/qualite?regle=HOTEL"));
        Assert.Contains("sejours.csv:4", await admin.LireTexteAsync("/qualite?regle=HOTEL&etat=resolues"));
        var csv = await admin.Http.GetAsync("/qualite?handler=Export&format=csv&etat=toutes");
        Assert.Contains("SEJOURS_CHEVAUCHANTS", await csv.Content.ReadAsStringAsync());

        // The API lists them too, for ADMIN only.
        var json = JsonDocument.Parse(await admin.LireAsync("/api/v1/qualite?etat=toutes"));
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= ReglesAttendues.Length);
        using var referent = await serveur.ConnecterAsync("referent.nord");
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Http.GetAsync("/api/v1/qualite")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await referent.Http.GetAsync("/qualite")).StatusCode);
    }

    [Fact]
    public async Task Un_second_import_identique_ne_change_rien_puis_une_modification_est_reportee()
    {
        var dossier = GenerateurEchange.Ecrire(Path.Combine(Path.GetTempPath(), "sillage-echange-tests", Guid.NewGuid().ToString("N")), 60, graine: 7);
        try
        {
            // Source ids distinct from the other tests of this class.
            foreach (var f in Directory.GetFiles(dossier))
                File.WriteAllText(f, File.ReadAllText(f).Replace("ENF", "IDEM").Replace(";T0", ";X0").Replace("\nT0", "\nX0"));
            var (code, sortie, erreur) = await ExecuterAsync("import", dossier, Db);
            Assert.True(code == 0, erreur);
            Assert.Contains("enfants.csv : 60 créé(s)", sortie);
            // PostgreSQL: the planner's statistics follow the import at once (not when autovacuum passes).
            Assert.Equal(BaseDeTest.EstPostgres, erreur.Contains("Statistiques de PostgreSQL mises à jour", StringComparison.Ordinal));
            var avant = await EtatAsync();
            var journal = (await serveur.JournalAsync()).Count;

            (code, sortie, erreur) = await ExecuterAsync("import", dossier, Db);

            Assert.True(code == 0, erreur);
            Assert.Contains("Import terminé", sortie);
            Assert.Contains("0 création(s), 0 modification(s)", sortie);
            Assert.DoesNotContain("Statistiques de PostgreSQL", erreur); // nothing written, nothing to analyse
            var apres = await EtatAsync();
            Assert.Equal(avant[..avant.LastIndexOf(' ')], apres[..apres.LastIndexOf(' ')]);
            var evenement = Assert.Single((await serveur.JournalAsync()).Skip(journal));
            Assert.Equal((int)TypeEvenementAudit.Import, evenement.Type);
            Assert.Contains("sha256", evenement.Details);

            // One changed cell = one updated row, same number of rows.
            var enfants = Path.Combine(dossier, "enfants.csv");
            File.WriteAllText(enfants, File.ReadAllText(enfants).Replace("IDEM000007;NOM7;", "IDEM000007;NOUVEAU-NOM;"));
            (code, sortie, _) = await ExecuterAsync("import", dossier, Db);
            Assert.Equal(0, code);
            Assert.Contains("enfants.csv : 0 créé(s), 1 modifié(s), 59 inchangé(s)", sortie);
            await using var db = serveur.Contexte();
            var e = await db.Enfants.SingleAsync(x => x.SourceId == "IDEM000007");
            Assert.Equal("NOUVEAU-NOM", e.Nom);
            Assert.Equal(1, e.Version);
            Assert.Equal(Domaine.Enfants.CleRecherche.Calculer(e.Nom, e.Prenoms), e.CleRecherche);
            Assert.Matches("^E[0-9]{7}$", e.NumeroDossier);
            Assert.Equal(60, await db.Enfants.CountAsync(x => x.SourceId!.StartsWith("IDEM")));
            Assert.Equal(await db.Enfants.CountAsync(), await db.Enfants.Select(x => x.NumeroDossier).Distinct().CountAsync());
        }
        finally
        {
            Directory.Delete(dossier, true);
        }
    }

    [Fact]
    public async Task Un_dossier_absent_ou_sans_enfants_csv_donne_le_code_2()
    {
        var (code, _, erreur) = await ExecuterAsync("import", Path.Combine(Path.GetTempPath(), "pas-de-dossier-" + Guid.NewGuid().ToString("N")), Db);
        Assert.Equal(2, code);
        Assert.Contains("dossier introuvable", erreur);
        using var d = new DossierEchange(("territoires.csv", "code;libelle\nEST;Délégation Est\n"));
        (code, _, erreur) = await ExecuterAsync("import", d.Chemin, Db);
        Assert.Equal(2, code);
        Assert.Contains("enfants.csv:1: -: fichier obligatoire absent du dossier.", erreur);
    }

    [Fact]
    public async Task La_page_d_import_televerse_les_fichiers_et_affiche_erreurs_ou_bilan()
    {
        using var admin = await serveur.ConnecterAsync("administrateur");
        var html = await admin.LireAsync("/administration/echange");
        Assert.Contains("type=\"file\"", html);
        Assert.Contains("<label for=\"tolerant\">", html);
        Assert.Contains("/administration/echange", await admin.LireAsync("/administration"));

        async Task<string> Envoyer(bool tolerant, params (string Nom, string Contenu)[] fichiers)
        {
            var jeton = ClientSillage.JetonAntiforgery(await admin.LireAsync("/administration/echange"))!;
            using var contenu = new MultipartFormDataContent
            {
                { new StringContent(jeton), "__RequestVerificationToken" },
            };
            if (tolerant) contenu.Add(new StringContent("true"), "Tolerant");
            foreach (var (nom, texte) in fichiers)
            {
                var f = new ByteArrayContent(Encoding.UTF8.GetBytes(texte));
                f.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                contenu.Add(f, "Fichiers", nom);
            }
            var r = await admin.Http.PostAsync("/administration/echange", contenu);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return await ClientSillage.Texte(r);
        }

        var refus = await Envoyer(false, ("enfants.csv", $"{EnteteEnfants}\nW1;WEB;Ana;F;2013-13-01;NORD;;0;\n"));
        Assert.Contains("Import refusé : 1 erreur(s)", refus);
        Assert.Contains("enfants.csv:2: date_naissance: « 2013-13-01 » n'est pas une date valide", refus);

        var bilan = await Envoyer(true,
            ("enfants.csv", $"{EnteteEnfants}\nW1;WEB;Ana;F;2013-01-01;NORD;;0;\n"),
            ("mesures.csv", $"{EnteteMesures}\nWM1;W1;AED;2020-01-01;2020-01-01;2022-01-01;;;\n"));
        Assert.Contains("Import terminé : 2 création(s)", bilan);
        Assert.Contains("DUREE_MESURE", bilan);
        await using (var db = serveur.Contexte())
        {
            Assert.Equal("WEB", (await db.Enfants.SingleAsync(e => e.SourceId == "W1")).Nom);
            var import = await db.EvenementsAudit.OrderByDescending(e => e.Id).FirstAsync(e => e.Type == (int)TypeEvenementAudit.Import);
            Assert.Equal("administrateur", import.Login);
        }

        // The export, as a .zip of every file.
        var export = await admin.Http.GetAsync("/administration/echange?handler=Export");
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await export.Content.ReadAsStreamAsync());
        Assert.Equal(12, zip.Entries.Count);
        using var lecteur = new StreamReader(zip.GetEntry("enfants.csv")!.Open());
        var enfants = await lecteur.ReadToEndAsync();
        Assert.StartsWith(EnteteEnfants, enfants.TrimStart('\uFEFF'));
        Assert.Contains("W1;WEB;Ana;F;2013-01-01;NORD;;0;", enfants);
        Assert.Contains($"sillage-{serveur.EnfantNord};LEFÈVRE;Éloïse Marie;F;2014-02-28;NORD;FAM1;0;", enfants);

        using var referent = await serveur.ConnecterAsync("referent.nord");
        Assert.NotEqual(HttpStatusCode.OK, (await referent.Http.GetAsync("/administration/echange")).StatusCode);
    }
}
