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
    Console.Error.WriteLine("usage : Sillage.Bench generer CODE DOSSIER | import DOSSIER DB | indicateurs DB ANNEE | serie DB | echeances DB JOUR | places DB | charge DB [UTILISATEURS] [SECONDES]");
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
        await using var db = ServicesDonnees.CreerContexte(BaseDeDonnees.Depuis(args[1]));
        var instantane = await new ChargeurInstantane(db).ChargerAsync();
        var chargement = chrono.Elapsed;
        var valeurs = MoteurIndicateurs.Calculer(instantane, int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        Rapporter("indicateurs", $"valeurs={valeurs.Count} chargement_s={chargement.TotalSeconds:0.00}");
        break;
    }
    case "serie":
    {
        await using var db = ServicesDonnees.CreerContexte(BaseDeDonnees.Depuis(args[1]));
        var instantane = await new ChargeurInstantane(db).ChargerAsync();
        var n = 0;
        for (var a = 2015; a <= 2024; a++) n += MoteurIndicateurs.Calculer(instantane, a).Count;
        Rapporter("serie-10-ans", $"valeurs={n}");
        break;
    }
    case "echeances":
    {
        await using var db = ServicesDonnees.CreerContexte(BaseDeDonnees.Depuis(args[1]));
        var jour = DateOnly.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var situations = await new ChargeurSituations(db).ChargerAsync(null, jour);
        var lecture = chrono.Elapsed;
        var liste = Echeancier.Lister(situations.Select(s => s.Situation), jour);
        Rapporter("echeances", $"echeances={liste.Count} enfants={situations.Count} lecture_s={lecture.TotalSeconds:0.00}");
        break;
    }
    case "places":
    {
        // In-process, warm: the occupation of the day is loaded once (three grouped queries), then 200 searches.
        await using var db = ServicesDonnees.CreerContexte(BaseDeDonnees.Depuis(args[1]));
        var jour = new DateOnly(2024, 6, 1);
        var lieux = await db.Lieux.AsNoTracking().Select(l => new LieuOffre(l.Id, l.Type, l.Nom, l.Territoire!.Code, l.Capacite, l.AgeMin, l.AgeMax, l.Sexe, l.DateOuverture, l.DateFermeture, new HashSet<string>())).ToListAsync();
        var mesures = new List<double>();
        for (var i = 0; i < 220; i++)
        {
            var t = Stopwatch.StartNew();
            var sejours = await db.Sejours.AsNoTracking().Where(s => s.LieuId != null && s.DateDebut <= jour && (s.DateFin == null || s.DateFin >= jour))
                .GroupBy(s => s.LieuId!.Value).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
            var r = RecherchePlaces.Rechercher(lieux, id => new Occupation(sejours.GetValueOrDefault(id), 0, 0), new CriteresPlace(jour, [new(7 + i % 8, i % 2 == 0 ? "F" : "M"), new(10, "M")], "T" + (i % 5)));
            if (i >= 20) mesures.Add(t.Elapsed.TotalMilliseconds);
            if (r.Count == 0) return 1;
        }
        mesures.Sort();
        Rapporter("recherche-places", $"lieux={lieux.Count} p50_ms={mesures[mesures.Count / 2]:0.0} p95_ms={mesures[(int)(mesures.Count * 0.95)]:0.0}");
        break;
    }
    case "charge":
    {
        var bilan = await Sillage.Bench.Charge.ExecuterAsync(BaseDeDonnees.Depuis(args[1]), args.Length > 2 ? int.Parse(args[2]) : 32, args.Length > 3 ? int.Parse(args[3]) : 60);
        Rapporter("charge", bilan);
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
    Console.WriteLine($"{scenario}: duree_s={chrono.Elapsed.TotalSeconds:0.00} memoire_max_mo={p.PeakWorkingSet64 / 1048576} {details}");
}
