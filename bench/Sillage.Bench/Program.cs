// Sillage benchmarks: one scenario per command, each prints its figures (see ../../docs/performance.md).
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Sillage.Demo;
using Sillage.Domaine.Lieux;
using Sillage.Domaine.Observatoire;
using Sillage.Domaine.Regles;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Echange;
using Sillage.Web.Fonctionnalites.Echeances;
using Sillage.Web.Fonctionnalites.Observatoire;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage : Sillage.Bench generer CODE DOSSIER | generer-france DOSSIER | import DOSSIER DB | indicateurs DB ANNEE | serie DB | echeances DB JOUR | places DB | charge DB [SECONDES] [UTILISATEURS] [CIBLES] | olinpe DB ANNEE FICHIER | graphique RESULTATS SVG | ecriture DB [UTILISATEURS] [SECONDES] | chargement DB | mes-sql DB ANNEE");
    return 2;
}

var chrono = Stopwatch.StartNew();
switch (args[0])
{
    case "generer":
    {
        var jeu = GenerateurDemo.Generer(args[1], 1);
        jeu.EcrireDossier(args[2]);
        var lignes = jeu.Comptes.Values.Sum();
        Rapporter("generer", $"departement={args[1]} lignes={lignes} enfants={jeu.Enfants.Count}");
        break;
    }
    case "generer-france":
    {
        // Every département of the DREES file (graine 1), ids and territories prefixed by the département's code, in one
        // folder: the synthetic "France" of the national (ONPE) view. The national population ("*") is their sum.
        var national = new SortedDictionary<(int Annee, int Age), int>();
        long lignes = 0, enfants = 0;
        var departements = Sillage.Demo.Drees.DonneesDrees.Departements2020();
        foreach (var ligne in departements)
        {
            var jeu = GenerateurDemo.Generer(ligne.CodeDepartement, 1);
            foreach (var p in jeu.Population.Where(p => p.Territoire == "*"))
                national[(p.Annee, p.Age)] = national.GetValueOrDefault((p.Annee, p.Age)) + p.Effectif;
            var prefixe = jeu.Prefixe();
            prefixe.EcrireDossier(args[1], ajouter: true);
            lignes += prefixe.Comptes.Values.Sum();
            enfants += prefixe.Enfants.Count;
        }
        await File.AppendAllLinesAsync(Path.Combine(args[1], "population.csv"),
            national.Select(kv => FormattableString.Invariant($"{kv.Key.Annee};*;{kv.Key.Age};{kv.Value}")));
        Rapporter("generer-france", $"departements={departements.Count} lignes={lignes + national.Count} enfants={enfants}");
        break;
    }
    case "import":
    {
        var bd = BaseDeDonnees.Depuis(args[2]);
        await using (var db = ServicesDonnees.CreerContexte(bd)) await db.Database.MigrateAsync();
        Sillage.Web.Commandes.MemoireImport.Limiter(); // as ./sillage import does
        chrono.Restart();
        var r = await Importateur.ImporterAsync(args[1], false, bd, TextWriter.Null);
        if (!r.Reussi) { Console.Error.WriteLine(string.Join("\n", r.Erreurs.Take(10))); return 1; }
        Rapporter("import", $"lignes={r.Comptes.Sum(c => c.Lignes)} crees={r.Comptes.Sum(c => c.Crees)}");
        break;
    }
    case "indicateurs":
    {
        // As `./sillage indicateurs`: the snapshot read and computed without collections (CollecteDifferee).
        var chargement = TimeSpan.Zero;
        var valeurs = await Sillage.Web.Commandes.CollecteDifferee.PendantAsync(async () =>
        {
            var instantane = await ChargeurInstantane.ChargerAsync(BaseDeDonnees.Depuis(args[1]));
            chargement = chrono.Elapsed;
            return MoteurIndicateurs.Calculer(instantane, int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        });
        Rapporter("indicateurs", $"valeurs={valeurs.Count} chargement_s={chargement.TotalSeconds:0.00} alloue_mo={GC.GetTotalAllocatedBytes() >> 20}");
        break;
    }
    case "serie":
    {
        var instantane = await ChargeurInstantane.ChargerAsync(BaseDeDonnees.Depuis(args[1]));
        var chargement = chrono.Elapsed;
        var n = 0;
        // SILLAGE_BENCH_SORTIE=FICHIER writes every value (year;code;territoire;valeur) to compare two versions of the engine.
        var sortie = Environment.GetEnvironmentVariable("SILLAGE_BENCH_SORTIE") is { Length: > 0 } f ? new StreamWriter(f) : null;
        // As the web series page: the missing years computed together (MoteurIndicateurs.CalculerAnnees, in parallel).
        var annees = MoteurIndicateurs.CalculerAnnees(instantane, Enumerable.Range(2015, 10));
        foreach (var (a, valeurs) in annees.OrderBy(x => x.Key))
        {
            n += valeurs.Count;
            foreach (var v in valeurs) sortie?.WriteLine($"{a};{v.Code};{v.Territoire};{v.Texte}");
        }
        sortie?.Dispose();
        Rapporter("serie-10-ans", $"valeurs={n} chargement_s={chargement.TotalSeconds:0.00}");
        break;
    }
    case "chargement":
    {
        // Before/after under the same machine load: the EF Core loader and the streamed one, alternately, twice each,
        // then the engine's time per year on the snapshot (index built by the first year).
        await using var db = ServicesDonnees.CreerContexte(BaseDeDonnees.Depuis(args[1]));
        var ef = new List<double>();
        var flux = new List<double>();
        Instantane? instantane = null;
        for (var i = 0; i < 2; i++)
        {
            chrono.Restart();
            _ = await new Sillage.Bench.ChargeurInstantaneEf(db).ChargerAsync();
            ef.Add(chrono.Elapsed.TotalSeconds);
            chrono.Restart();
            instantane = await new ChargeurInstantane(db).ChargerAsync();
            flux.Add(chrono.Elapsed.TotalSeconds);
        }
        var annees = new List<double>();
        for (var a = 2015; a <= 2024; a++)
        {
            chrono.Restart();
            MoteurIndicateurs.Calculer(instantane!, a);
            annees.Add(chrono.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"chargement: ef_s={string.Join('/', ef.Select(x => x.ToString("0.00")))} flux_s={string.Join('/', flux.Select(x => x.ToString("0.00")))} " +
            $"premiere_annee_s={annees[0]:0.00} annee_suivante_moyenne_s={annees.Skip(1).Average():0.00}");
        return 0;
    }
    case "mes-sql":
    {
        // MES_<TYPE> per territory on 31/12/N by one hand-written SQL query, against the engine (full snapshot + every indicator).
        await using var db = ServicesDonnees.CreerContexte(BaseDeDonnees.Depuis(args[1]));
        var annee = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var jour = $"{annee:0000}-12-31";
        await db.Database.OpenConnectionAsync();
        var sql = new Dictionary<(string, string), int>();
        chrono.Restart();
        await using (var c = db.Database.GetDbConnection().CreateCommand())
        {
            c.CommandText = $"""
                SELECT t."Code", m."Type", COUNT(*) FROM "Mesures" m
                JOIN "Enfants" e ON e."Id" = m."EnfantId" JOIN "Territoires" t ON t."Id" = e."TerritoireId"
                WHERE e."FusionneDansId" IS NULL AND m."DateDebut" IS NOT NULL AND m."DateDebut" <= '{jour}' AND (m."DateFin" IS NULL OR m."DateFin" >= '{jour}')
                GROUP BY t."Code", m."Type"
                """;
            await using var r = await c.ExecuteReaderAsync();
            while (await r.ReadAsync()) sql[($"MES_{r.GetString(1)}", r.GetString(0))] = Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
        }
        var dureeSql = chrono.Elapsed;
        chrono.Restart();
        var valeurs = MoteurIndicateurs.Calculer(await new ChargeurInstantane(db).ChargerAsync(), annee);
        var dureeMoteur = chrono.Elapsed;
        var moteur = valeurs.Where(v => v.Territoire != Instantane.Departement && v.Code.StartsWith("MES_") && v.Code is not ("MES_ADM" or "MES_JUD") && v.Valeur != 0)
            .ToDictionary(v => (v.Code, v.Territoire), v => (int)v.Valeur);
        var ecarts = moteur.Count(kv => sql.GetValueOrDefault(kv.Key) != kv.Value) + sql.Count(kv => !moteur.ContainsKey(kv.Key));
        Console.WriteLine($"mes-sql: sql_s={dureeSql.TotalSeconds:0.000} moteur_annee_complete_s={dureeMoteur.TotalSeconds:0.00} rapport={dureeMoteur / dureeSql:0} valeurs_mes={sql.Count} ecarts={ecarts}");
        return ecarts == 0 ? 0 : 1;
    }
    case "echeances":
    {
        await using var db = ServicesDonnees.CreerContexte(BaseDeDonnees.Depuis(args[1]));
        var jour = DateOnly.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var situations = await new ChargeurSituations(db).ChargerAsync(null, jour);
        var lecture = chrono.Elapsed;
        var liste = Echeancier.Lister(situations.Select(s => s.Situation), jour);
        var duree = chrono.Elapsed;
        // The same read again, warm (EF model built, code compiled by the JIT): what a running server pays.
        var chaud = Stopwatch.StartNew();
        await new ChargeurSituations(db).ChargerAsync(null, jour);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        using var processus = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(inv, $"echeances: duree_s={duree.TotalSeconds:0.00} memoire_max_mo={processus.PeakWorkingSet64 / 1048576} echeances={liste.Count} enfants={situations.Count} lecture_s={lecture.TotalSeconds:0.00} lecture_a_chaud_s={chaud.Elapsed.TotalSeconds:0.00}"));
        break;
    }
    case "places":
    {
        // In-process, warm. The product reads the occupation of a day (three grouped queries) once per 10 s or after a write
        // (CacheLieux), then every search runs on that copy: both are timed, 200 times each after 20 warm-up rounds.
        await using var db = ServicesDonnees.CreerContexte(BaseDeDonnees.Depuis(args[1]));
        await db.Database.MigrateAsync(); // the current schema and its indexes (a base imported by an older version)
        chrono.Restart();
        var jour = new DateOnly(2024, 6, 1);
        var lieux = await db.Lieux.AsNoTracking().Select(l => new LieuOffre(l.Id, l.Type, l.Nom, l.Territoire!.Code, l.Capacite, l.AgeMin, l.AgeMax, l.Sexe, l.DateOuverture, l.DateFermeture, new HashSet<string>())).ToListAsync();
        var parNom = LieuxParNom.Trier(lieux); // as the product keeps them (ServiceLieux)
        var lectures = new List<double>();
        var recherches = new List<double>();
        var territoires = lieux.Select(l => l.Territoire).Distinct().Order().ToList();
        for (var i = 0; i < 220; i++)
        {
            var t = Stopwatch.StartNew();
            var occupations = await Sillage.Web.Fonctionnalites.Lieux.ServiceLieux.LireOccupationsAsync(db, jour, CancellationToken.None);
            if (i >= 20) lectures.Add(t.Elapsed.TotalMilliseconds);
            t.Restart();
            // As the search page: every lieu ranked, the first hundred shown with their reasons.
            var r = RecherchePlaces.Meilleurs(parNom, id => occupations.GetValueOrDefault(id),
                new CriteresPlace(jour, [new(7 + i % 8, i % 2 == 0 ? "F" : "M"), new(10, "M")], territoires[i % territoires.Count]), 100, out _);
            if (i >= 20) recherches.Add(t.Elapsed.TotalMilliseconds);
            if (r.Count == 0) return 1;
        }
        lectures.Sort();
        recherches.Sort();
        double P(List<double> l, double q) => l[Math.Min(l.Count - 1, (int)(l.Count * q))];
        Rapporter("recherche-places", FormattableString.Invariant(
            $"lieux={lieux.Count} p50_ms={P(recherches, 0.5):0.0} p95_ms={P(recherches, 0.95):0.0} lecture_occupation_p50_ms={P(lectures, 0.5):0.0} lecture_occupation_p95_ms={P(lectures, 0.95):0.0}"));
        break;
    }
    case "graphique":
        // graphique RESULTATS SVG: the cost-against-size chart of `./bench.sh tailles`.
        File.WriteAllText(args[2], Sillage.Bench.GraphiqueTailles.Svg(File.ReadAllLines(args[1])));
        break;
    case "charge":
    {
        // charge DB [secondes] [utilisateurs] [cibles]: HTTP load on the real application (see ChargeHttp).
        var secondes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60;
        var utilisateurs = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 32;
        var cibles = args.Length > 4 ? args[4].Split(',') : ["dossier", "places", "statique"];
        foreach (var r in await Sillage.Bench.ChargeHttp.ExecuterAsync(BaseDeDonnees.Depuis(args[1]), utilisateurs, TimeSpan.FromSeconds(secondes), cibles))
            Console.WriteLine(System.FormattableString.Invariant(
                $"charge-{r.Cible}: utilisateurs={utilisateurs} duree_s={secondes} requetes={r.Requetes} erreurs={r.Erreurs} req_s={r.ParSeconde:0.0} p50_ms={r.P50:0.0} p95_ms={r.P95:0.0} p99_ms={r.P99:0.0} memoire_max_mo={r.MemoireMaxMo}"));
        break;
    }
    case "olinpe":
    {
        // The yearly OLINPE file of the whole département, streamed (as ./sillage olinpe --annee N --out FICHIER --force).
        var bd = BaseDeDonnees.Depuis(args[1]);
        await using var db = ServicesDonnees.CreerContexte(bd);
        await db.Database.MigrateAsync();
        if (!await db.Departements.AnyAsync())
        {
            // The bench base is imported without ./sillage demo: give it its INSEE code (NUMDEP), the name of its folder
            // (.bench/59/sillage.db) or of its PostgreSQL base (sillage_59); "000" for the national base of `france`.
            var code = bd.Fournisseur == Fournisseur.Sqlite
                ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(args[1])))!
                : new Npgsql.NpgsqlConnectionStringBuilder(bd.ChaineConnexion).Database?.Replace("sillage_", "") ?? "";
            db.Departements.Add(new Sillage.Donnees.Entites.Departement { Nom = "Département du banc", CodeInsee = code.Length is > 0 and <= 3 ? code : "000" });
            await db.SaveChangesAsync();
        }
        chrono.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var service = new Sillage.Web.Fonctionnalites.Olinpe.ServiceOlinpe(db, new Sillage.Domaine.Olinpe.PseudonymiseurSha1());
        var r = await service.ProduireAsync(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), Sillage.Domaine.Olinpe.FormatOlinpe.Xml, args[3], true, "banc");
        var t = r.Transmission!;
        Rapporter("olinpe", $"cpu_s={(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} enregistrements={t.Enregistrements} enfants={t.Enfants} bloquants={t.ErreursBloquantes} octets={t.Octets} sha256={t.Empreinte}");
        break;
    }
    case "ecriture":
    {
        // ecriture DB [UTILISATEURS] [SECONDES]: read/write load through the API, lost writes counted (see Charge).
        var bilan = await Sillage.Bench.Charge.ExecuterAsync(BaseDeDonnees.Depuis(args[1]), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 32,
            args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 60);
        Rapporter("ecriture", bilan);
        break;
    }
    default:
        Console.Error.WriteLine($"scénario inconnu : {args[0]}");
        return 2;
}
return 0;

void Rapporter(string scenario, string details)
{
    using var p = Process.GetCurrentProcess();
    Console.WriteLine($"{scenario}: duree_s={chrono.Elapsed.TotalSeconds:0.00} memoire_max_mo={p.PeakWorkingSet64 / 1048576} {details} gc_pause_s={GC.GetTotalPauseDuration().TotalSeconds:0.00} gc={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
}
