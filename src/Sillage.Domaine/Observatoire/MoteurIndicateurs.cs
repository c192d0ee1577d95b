using System.Collections.Concurrent;
using System.Globalization;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Observatoire;

/// <summary>One computed figure: absent indicators (denominator 0, no population) are simply not produced.</summary>
public sealed record ValeurIndicateur(string Code, string Territoire, decimal Valeur, bool EstCompte)
{
    /// <summary>The value as `sillage indicateurs` prints it: integers for counts, one decimal otherwise, `.` separator.</summary>
    public string Texte => EstCompte ? Valeur.ToString("0", CultureInfo.InvariantCulture) : Valeur.ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>
/// Computes every indicator of INDICATEURS.md for a year, for the département (`*`) and each
/// territory, from an <see cref="Instantane"/>. The CLI, the pages and the exports call this engine only.
/// </summary>
public static class MoteurIndicateurs
{
    public static decimal Arrondir(decimal v) => Math.Round(v, 1, MidpointRounding.AwayFromZero);

    public static List<ValeurIndicateur> Calculer(Instantane donnees, int annee, ParametresEcheances? parametres = null)
    {
        var index = Index.De(donnees);
        var prepare = new Prepare(index, annee, parametres ?? ParametresEcheances.ParDefaut);
        // The territories are independent: one per core, each taken when a core is free (`*` alone weighs all the others).
        return Partitioner.Create(index.Parties, loadBalance: true).AsParallel().SelectMany(partie => CalculerTerritoire(partie, prepare, annee))
            .OrderBy(v => v.Code, StringComparer.Ordinal).ThenBy(v => v.Territoire, StringComparer.Ordinal).ToList();
    }

    /// <summary>Several years (a series): the index is built once, then the years one after the other, each on every core
    /// (years in parallel would nest parallel work that waits inside pool threads: slower on two cores, 7.0 s against 6.1 s on the Nord).</summary>
    public static Dictionary<int, List<ValeurIndicateur>> CalculerAnnees(Instantane donnees, IEnumerable<int> annees, ParametresEcheances? parametres = null)
    {
        Index.De(donnees);
        return annees.Distinct().Select(a => (Annee: a, Valeurs: Calculer(donnees, a, parametres))).ToDictionary(x => x.Annee, x => x.Valeurs);
    }

    /// <summary>The CSV of `sillage indicateurs --annee N`: header code;territoire;valeur.</summary>
    public static string Csv(IEnumerable<ValeurIndicateur> valeurs) =>
        "code;territoire;valeur\n" + string.Concat(valeurs.Select(v => $"{v.Code};{v.Territoire};{v.Texte}\n"));

    /// <summary>
    /// What does not depend on the year, built once per snapshot and shared by every year of a series:
    /// the records of each territory (`*` first, then the territories in order), the records of each child
    /// and the périodes d'accueil. A snapshot is read-only once computed on.
    /// </summary>
    internal sealed class Index
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Instantane, Index> Cache = new();

        public static Index De(Instantane d) => Cache.GetValue(d, x => new Index(x));

        public readonly Instantane Donnees;
        public readonly List<Partie> Parties = [];
        public readonly Dictionary<string, Instantane.Lieu> Lieux;
        /// <summary>Each child with its territory part (null: a territory not in the list); a child not in it is not counted.</summary>
        public readonly Dictionary<string, (Instantane.Enfant Enfant, Partie? Partie)> PartieDe;
        private readonly Dictionary<string, List<Instantane.Mesure>> _mesures;
        private readonly Dictionary<string, List<DateOnly>> _ppe, _rapports, _entretiens, _cessec;
        private readonly Dictionary<string, Instantane.Enfant> _enfants;

        private Index(Instantane d)
        {
            Donnees = d;
            var territoires = d.Territoires.Order(StringComparer.Ordinal).Distinct().ToList();
            var parties = territoires.ToDictionary(t => t, t => new Partie(t, new Dictionary<string, Instantane.Enfant>(StringComparer.Ordinal)), StringComparer.Ordinal);
            // Independent groupings of the snapshot, built side by side (one per core).
            Dictionary<string, Instantane.Lieu>? lieux = null;
            Dictionary<string, Instantane.Enfant>? enfants = null;
            // Each child's territory part (null: a territory not in the list), found with the child in one look-up.
            Dictionary<string, (Instantane.Enfant Enfant, Partie? Partie)>? partieDe = null;
            Dictionary<string, List<Instantane.Mesure>>? mesures = null;
            Dictionary<string, List<DateOnly>>? ppe = null, rapports = null, entretiens = null, cessec = null;
            Parallel.Invoke(
                () => lieux = d.Lieux.ToDictionary(l => l.Id, StringComparer.Ordinal),
                () => enfants = d.Enfants.ToDictionary(e => e.Id, StringComparer.Ordinal),
                () =>
                {
                    partieDe = new Dictionary<string, (Instantane.Enfant Enfant, Partie? Partie)>(d.Enfants.Count, StringComparer.Ordinal);
                    foreach (var e in d.Enfants)
                    {
                        var p = parties.GetValueOrDefault(e.Territoire);
                        p?.Enfants[e.Id] = e;
                        partieDe[e.Id] = (e, p);
                    }
                },
                () => mesures = Grouper(d.Mesures, m => m.EnfantId, m => m),
                () => ppe = Grouper(d.Ppe, x => x.EnfantId, x => x.Jour),
                () => rapports = Grouper(d.Rapports, x => x.EnfantId, x => x.Jour),
                () => entretiens = Grouper(d.Entretiens, x => x.EnfantId, x => x.Jour),
                () => cessec = Grouper(d.ExamensCessec, x => x.EnfantId, x => x.Jour));
            (Lieux, _enfants, _mesures, PartieDe) = (lieux!, enfants!, mesures!, partieDe!);
            (_ppe, _rapports, _entretiens, _cessec) = (ppe!, rapports!, entretiens!, cessec!);
            var tout = new Partie(Instantane.Departement, _enfants);
            var toutes = new[] { tout }.Concat(territoires.Select(t => parties[t])).ToList();

            // Then each kind of record into its parts, side by side again (each task fills its own lists).
            var accueil = new Dictionary<string, List<Periode>>(StringComparer.Ordinal);
            Parallel.Invoke(
                () =>
                {
                    // Périodes d'accueil: each child's measures of (A) or (B), merged.
                    var periodes = new List<Periode>();
                    foreach (var (enfant, liste) in _mesures)
                    {
                        periodes.Clear();
                        foreach (var m in liste)
                            if (m.Debut is { } debut && Catalogue.Trouver(m.Type)?.EstAccueil == true) periodes.Add(new Periode(debut, m.Fin));
                        if (periodes.Count > 0) accueil[enfant] = Periode.Fusionner(periodes);
                    }
                },
                () =>
                {
                    foreach (var m in d.Mesures)
                    {
                        if (!partieDe!.TryGetValue(m.EnfantId, out var e)) continue;
                        tout.Mesures.Add(m);
                        e.Partie?.Mesures.Add(m);
                    }
                },
                () =>
                {
                    var vues = new HashSet<Partie>();
                    foreach (var i in d.Informations)
                    {
                        tout.Informations.Add(i);
                        vues.Clear();
                        foreach (var e in i.Enfants)
                        {
                            if (!partieDe!.TryGetValue(e.EnfantId, out var x)) continue;
                            tout.Evaluations.Add((i, e));
                            if (x.Partie is not { } p) continue;
                            p.Evaluations.Add((i, e));
                            if (vues.Add(p)) p.Informations.Add(i);
                        }
                    }
                },
                () =>
                {
                    foreach (var l in d.Lieux)
                    {
                        tout.Lieux.Add(l);
                        parties.GetValueOrDefault(l.Territoire)?.Lieux.Add(l);
                    }
                    foreach (var x in d.Sejours)
                    {
                        if (x.LieuId is null || !Lieux.TryGetValue(x.LieuId, out var l)) continue;
                        tout.SejoursLieux.Add(x);
                        parties.GetValueOrDefault(l.Territoire)?.SejoursLieux.Add(x);
                    }
                    foreach (var p in toutes) p.Populations.AddRange(d.Populations.Where(x => x.Territoire == p.Territoire));
                });
            foreach (var p in toutes)
                foreach (var e in p.Enfants.Keys)
                    if (accueil.TryGetValue(e, out var periodes)) p.PeriodesAccueil.Add(periodes);
            Parties = toutes;
        }

        /// <summary>The échéancier's view of one child (for PPE_TAUX and the late rapports / entretiens). Without the IP
        /// evaluations: the parcours, PPE, rapport and entretien échéances do not depend on them (saves indexing them).</summary>
        public SituationEnfant Situation(string enfantId)
        {
            var e = _enfants[enfantId];
            IReadOnlyList<DateOnly> Dates(Dictionary<string, List<DateOnly>> parEnfant) => parEnfant.TryGetValue(e.Id, out var l) ? l : [];
            return new SituationEnfant(e.Id, e.Naissance,
                (_mesures.GetValueOrDefault(e.Id) ?? []).ConvertAll(m => new SituationEnfant.MesureDatee(m.Id, m.Type, m.DateDecision, m.Debut, m.FinPrevue, m.Fin)),
                [], Dates(_ppe), Dates(_rapports), Dates(_entretiens), Dates(_cessec));
        }

        /// <summary>The records of each child, in their order (a lookup without its per-group copies).</summary>
        private static Dictionary<string, List<TV>> Grouper<T, TV>(IReadOnlyList<T> source, Func<T, string> cle, Func<T, TV> valeur)
        {
            var resultat = new Dictionary<string, List<TV>>(StringComparer.Ordinal);
            foreach (var x in source)
            {
                var k = cle(x);
                if (!resultat.TryGetValue(k, out var liste)) resultat[k] = liste = new List<TV>(2);
                liste.Add(valeur(x));
            }
            return resultat;
        }
    }

    /// <summary>The records one territory's figures are computed from (`*`: all of them; the lieu's territory decides for lieux).</summary>
    internal sealed class Partie(string territoire, Dictionary<string, Instantane.Enfant> enfants)
    {
        public readonly string Territoire = territoire;
        public readonly Dictionary<string, Instantane.Enfant> Enfants = enfants;
        public readonly List<Instantane.Mesure> Mesures = [];
        /// <summary>Informations concerning at least one child of the territory (all of them for `*`).</summary>
        public readonly List<Instantane.Information> Informations = [];
        public readonly List<(Instantane.Information Info, Instantane.Evaluation Eval)> Evaluations = [];
        public readonly List<Instantane.Lieu> Lieux = [];
        public readonly List<Instantane.Sejour> SejoursLieux = [];
        public readonly List<List<Periode>> PeriodesAccueil = [];
        public readonly List<Instantane.Population> Populations = [];
    }

    /// <summary>
    /// What depends on a child but not on the territory asked, computed once per year: séjour on S, and the
    /// parcours and échéances of the children having a measure of the parcours active on S (the others have
    /// no parcours on S, hence neither PPE to count nor rapport or entretien due).
    /// </summary>
    private sealed class Prepare
    {
        public readonly Index Index;
        public readonly Dictionary<string, Instantane.Sejour> SejourLe;
        /// <summary>The measures active on S of a known type, with their child and the child's age on S, by part (`*`: all).</summary>
        public readonly Dictionary<Partie, List<Active>> Actives = [];
        /// <summary>The parcours of the children having one on S, by part (`*`: all).</summary>
        public readonly Dictionary<Partie, List<(bool Eligible, bool AvecPpe, int RapportsEnRetard, int EntretiensEnRetard)>> Parcours = [];

        public Prepare(Index index, int annee, ParametresEcheances parametres)
        {
            Index = index;
            var d = index.Donnees;
            var s = new DateOnly(annee, 12, 31);
            var tout = index.Parties[0];
            foreach (var p in index.Parties) (Actives[p], Parcours[p]) = ([], []);
            Dictionary<string, Instantane.Sejour>? sejourLe = null;
            Parallel.Invoke(
                () => sejourLe = d.Sejours.Where(x => Calendrier.ActifLe(x.Debut, x.Fin, s))
                    .GroupBy(x => x.EnfantId).ToDictionary(g => g.Key, g => g.OrderBy(x => x.Debut).First(), StringComparer.Ordinal),
                () =>
                {
                    foreach (var m in d.Mesures)
                    {
                        if (!Calendrier.ActifLe(m.Debut, m.Fin, s) || Catalogue.Trouver(m.Type) is not { } type
                            || !index.PartieDe.TryGetValue(m.EnfantId, out var x)) continue;
                        var (enfant, partie) = x;
                        var active = new Active(m, type, enfant, Ages.AgeAu(enfant.Naissance, s));
                        Actives[tout].Add(active);
                        if (partie is not null) Actives[partie].Add(active);
                    }
                });
            SejourLe = sejourLe!;
            // Each child's échéancier is independent of the others: computed in parallel (not nested in other parallel work:
            // PLINQ waiting inside a pool thread starves the two-thread pool).
            var enParcours = Actives[tout].Where(x => x.Type.ExigePpe).Select(x => x.Mesure.EnfantId).Distinct(StringComparer.Ordinal).ToList();
            var resultats = enParcours.AsParallel().AsOrdered().Select(index.Situation).Select(sit => ParcoursDe(sit, s, parametres)).ToList();
            for (var i = 0; i < enParcours.Count; i++)
            {
                Parcours[tout].Add(resultats[i]);
                if (index.PartieDe[enParcours[i]].Partie is { } partie) Parcours[partie].Add(resultats[i]);
            }
        }

        private static (bool Eligible, bool AvecPpe, int RapportsEnRetard, int EntretiensEnRetard) ParcoursDe(SituationEnfant sit, DateOnly s, ParametresEcheances parametres)
        {
            var eligible = false;
            var avecPpe = false;
            if (Ages.AgeAu(sit.Naissance, s) < 18 && Echeancier.Parcours(sit, s) is { } pc && Calendrier.AjouterMois(pc.Debut, 3) <= s)
            {
                eligible = true;
                avecPpe = sit.PpeSignes.Any(x => x >= pc.Debut && x <= s);
            }
            int rapports = 0, entretiens = 0;
            foreach (var e in Echeancier.Ouvertes(sit, s, parametres))
            {
                if (e.Date >= s) continue;
                if (e.Type == Echeancier.Rapport) rapports++;
                else if (e.Type == Echeancier.Entretien17) entretiens++;
            }
            return (eligible, avecPpe, rapports, entretiens);
        }
    }

    /// <summary>A measure active on S, its type, its child and the child's age on S.</summary>
    private readonly record struct Active(Instantane.Mesure Mesure, TypeMesure Type, Instantane.Enfant Enfant, int Age);

    /// <summary>
    /// The CRIP indicators (IP_*, EVAL_*, SUITE_*) over any period — a year for the observatoire, a month for the
    /// CRIP dashboard — with the definitions of INDICATEURS.md; the stock date is the period's last day.
    /// </summary>
    public static List<ValeurIndicateur> Crip(Instantane d, DateOnly debut, DateOnly fin, string territoire) =>
        Index.De(d).Parties.FirstOrDefault(p => p.Territoire == territoire) is { } partie
            ? Crip(partie.Informations, partie.Evaluations, debut, fin, territoire)
            : [];

    /// <summary>The values of one territory, with the three ways a figure is produced (a count; a ratio and an average,
    /// absent when their denominator is 0).</summary>
    private sealed class Valeurs(string territoire) : List<ValeurIndicateur>
    {
        public void Compte(string code, int v) => Add(new(code, territoire, v, true));

        public void Ratio(string code, decimal numerateur, decimal denominateur, decimal facteur = 100)
        {
            if (denominateur != 0) Add(new(code, territoire, Arrondir(numerateur * facteur / denominateur), false));
        }

        public void Moyenne(string code, IReadOnlyCollection<int> jours)
        {
            if (jours.Count > 0) Add(new(code, territoire, Arrondir((decimal)jours.Sum(x => (long)x) / jours.Count), false));
        }
    }

    private static List<ValeurIndicateur> Crip(List<Instantane.Information> infos, List<(Instantane.Information Info, Instantane.Evaluation Eval)> evaluations,
        DateOnly debut, DateOnly fin, string territoire)
    {
        var s = fin;
        bool DansAnnee(DateOnly? x) => x is { } v && v >= debut && v <= fin;
        var valeurs = new Valeurs(territoire);

        int recues = 0, qualifiees = 0;
        foreach (var i in infos)
            if (DansAnnee(i.DateReception))
            {
                recues++;
                if (i.Qualification == "IP") qualifiees++;
            }
        valeurs.Compte("IP_RECUES", recues);
        valeurs.Compte("IP_QUALIFIEES", qualifiees);
        valeurs.Ratio("IP_TAUX_QUALIFICATION", qualifiees, recues);

        // One pass over the evaluations for every figure about them.
        var enfantsIp = new HashSet<string>(StringComparer.Ordinal);
        var delais = new List<int>();
        int dansDelai = 0, enRetard = 0;
        var suites = Indicateurs.Conclusions.ToDictionary(c => c, _ => 0);
        foreach (var (info, eval) in evaluations)
        {
            var ip = info.Qualification == "IP";
            if (ip && DansAnnee(info.DateReception)) enfantsIp.Add(eval.EnfantId);
            if (DansAnnee(eval.FinEvaluation))
            {
                var f = eval.FinEvaluation!.Value;
                delais.Add(Calendrier.DureeJours(info.DateReception, f));
                if (f <= Calendrier.AjouterMois(info.DateReception, 3)) dansDelai++;
            }
            if (ip && !(eval.FinEvaluation is { } fe && fe <= s) && !(eval.DateDecision is { } dd && dd <= s)
                && Calendrier.AjouterMois(info.DateReception, 3) < s) enRetard++;
            if (eval.Conclusion is { } c && DansAnnee(eval.DateDecision) && suites.TryGetValue(c, out var n)) suites[c] = n + 1;
        }
        valeurs.Compte("IP_ENFANTS", enfantsIp.Count);
        valeurs.Compte("EVAL_TERMINEES", delais.Count);
        valeurs.Moyenne("EVAL_DELAI_MOYEN_J", delais);
        if (delais.Count > 0) valeurs.Add(new("EVAL_DELAI_MEDIAN_J", territoire, Arrondir(Mediane(delais)), false));
        valeurs.Ratio("EVAL_PART_DANS_DELAI", dansDelai, delais.Count);
        valeurs.Compte("EVAL_EN_RETARD", enRetard);
        foreach (var (c, n) in suites) valeurs.Compte($"SUITE_{c}", n);
        foreach (var (c, n) in suites) valeurs.Ratio($"SUITE_PART_{c}", n, suites.Values.Sum());
        return valeurs;
    }

    private static IEnumerable<ValeurIndicateur> CalculerTerritoire(Partie partie, Prepare prepare, int annee)
    {
        var s = new DateOnly(annee, 12, 31);
        bool DansAnnee(DateOnly? x) => x is { } v && v.Year == annee;
        var territoire = partie.Territoire;

        var mesures = partie.Mesures;
        var valeurs = new Valeurs(territoire);

        valeurs.AddRange(Crip(partie.Informations, partie.Evaluations, new DateOnly(annee, 1, 1), s, territoire));

        // --- Mesures on S
        var actives = prepare.Actives[partie];
        var horsAide = actives.Where(x => x.Type.Code != "AIDE_FIN").ToList();
        int CompteActives(string code)
        {
            var filtre = FiltreMesuresActives(code)!;
            var n = actives.Count(x => filtre(x.Type));
            valeurs.Compte(code, n);
            return n;
        }
        var adm = CompteActives("MES_ADM");
        var jud = CompteActives("MES_JUD");
        var parType = actives.CountBy<Active, TypeMesure>(x => x.Type, ReferenceEqualityComparer.Instance).ToDictionary(ReferenceEqualityComparer.Instance);
        foreach (var t in Catalogue.Types) valeurs.Compte($"MES_{t.Code}", parType.GetValueOrDefault(t));
        valeurs.Ratio("PART_JUDICIAIRE", jud, adm + jud);
        foreach (var code in new[] { "CONFIES_A", "PLACEMENTS_DIRECTS_B", "ACCUEILLIS", "ACTIONS_EDUCATIVES" }) CompteActives(code);
        var lieux = prepare.Index.Lieux;
        var sejourLe = prepare.SejourLe;
        string Hebergement(string enfantId) => sejourLe.TryGetValue(enfantId, out var sj)
            ? Codes.HebergementDrees(sj.Mode, sj.LieuId is not null && lieux.TryGetValue(sj.LieuId, out var l) ? l.Type : null)
            : "AUTRES";
        var heberg = actives.Where(x => x.Type.EstConfieA).CountBy(x => Hebergement(x.Mesure.EnfantId)).ToDictionary();
        foreach (var h in new[] { "FAMILLES_ACCUEIL", "ETABLISSEMENTS", "AUTONOMES", "AUTRES" })
            valeurs.Compte($"HEBERG_{h}", heberg.GetValueOrDefault(h));

        // --- Enfants on S (each child once: the first of its active measures, the same child and age for all of them)
        static List<Active> UneParEnfant(IEnumerable<Active> liste) => liste.DistinctBy(x => x.Enfant, ReferenceEqualityComparer.Instance).ToList();
        var suivis = UneParEnfant(horsAide);
        valeurs.Compte("ENFANTS_SUIVIS", suivis.Count);
        var population = partie.Populations.Where(p => p.Annee == annee + 1).ToList();
        var pop020 = population.Where(p => p.Age is >= 0 and <= 20).Sum(p => (long)p.Effectif);
        var pop017 = population.Where(p => p.Age is >= 0 and <= 17).Sum(p => (long)p.Effectif);
        valeurs.Ratio("ENFANTS_SUIVIS_POUR_1000", suivis.Count(x => x.Age <= 20), pop020, 1000);
        valeurs.Ratio("MESURES_POUR_1000", horsAide.Count(x => x.Age <= 20), pop020, 1000);
        var accueillis = UneParEnfant(actives.Where(x => x.Type.EstAccueil));
        valeurs.Compte("ENFANTS_ACCUEILLIS", accueillis.Count);
        valeurs.Ratio("ENFANTS_ACCUEILLIS_POUR_100_MINEURS", accueillis.Count(x => x.Age < 18), pop017);
        var avecMesure = UneParEnfant(actives);
        valeurs.Compte("MNA", avecMesure.Count(x => x.Enfant.Mna));
        valeurs.Compte("JEUNES_MAJEURS", avecMesure.Count(x => x.Age >= 18));
        int entrees = 0, sorties = 0;
        var durees = new List<int>();
        foreach (var periodes in partie.PeriodesAccueil)
        {
            bool entree = false, sortie = false;
            foreach (var x in periodes)
            {
                entree |= x.Debut.Year == annee;
                if (x.Fin is { } f && f.Year == annee)
                {
                    sortie = true;
                    durees.Add(Calendrier.DureeJours(x.Debut, f));
                }
            }
            if (entree) entrees++;
            if (sortie) sorties++;
        }
        valeurs.Compte("ENTREES_ACCUEIL", entrees);
        valeurs.Compte("SORTIES_ACCUEIL", sorties);
        valeurs.Moyenne("DUREE_MOYENNE_ACCUEIL_J", durees);

        // --- Attente d'exécution
        var attente = mesures.Where(m => EnAttente(m, s)).ToList();
        valeurs.Compte("ATTENTE", attente.Count);
        var attenteParType = attente.CountBy(m => m.Type).ToDictionary();
        foreach (var t in Catalogue.Types) valeurs.Compte($"ATTENTE_{t.Code}", attenteParType.GetValueOrDefault(t.Code));
        valeurs.Moyenne("ATTENTE_DELAI_MOYEN_J", mesures.Where(m => DansAnnee(m.Debut)).Select(m => Calendrier.DureeJours(m.DateDecision, m.Debut!.Value)).ToList());

        // --- Parcours (per child, computed once in Prepare; children without a parcours on S count nowhere)
        var parcours = prepare.Parcours[partie];
        valeurs.Ratio("PPE_TAUX", parcours.Count(x => x.AvecPpe), parcours.Count(x => x.Eligible));
        valeurs.Compte("RAPPORTS_EN_RETARD", parcours.Sum(x => x.RapportsEnRetard));
        valeurs.Compte("ENTRETIENS_17_EN_RETARD", parcours.Sum(x => x.EntretiensEnRetard));

        // --- Lieux (the lieu's territory decides)
        var lieuxT = partie.Lieux;
        bool Ouvert(Instantane.Lieu l, DateOnly jour) => (l.Ouverture is null || l.Ouverture <= jour) && (l.Fermeture is null || jour <= l.Fermeture);
        var sejoursLieux = partie.SejoursLieux;
        var places = Indicateurs.TypesLieu.ToDictionary(t => t, _ => 0);
        foreach (var l in lieuxT)
            if (Ouvert(l, s) && places.ContainsKey(l.Type)) places[l.Type] += l.Capacite;
        foreach (var type in Indicateurs.TypesLieu) valeurs.Compte($"PLACES_{type}", places[type]);
        var occupes = sejoursLieux.Where(x => Calendrier.ActifLe(x.Debut, x.Fin, s)).CountBy(x => lieux[x.LieuId!].Type).ToDictionary();
        foreach (var type in Indicateurs.TypesLieu) valeurs.Ratio($"OCCUPATION_{type}", occupes.GetValueOrDefault(type), places[type]);
        foreach (var (type, taux) in OccupationMoyenne(lieuxT, sejoursLieux, annee))
            valeurs.Ratio($"OCCUPATION_MOYENNE_{type}", taux.Journees, taux.Capacite);
        valeurs.Compte("FRATRIES_SEPAREES", accueillis.Select(x => x.Enfant).Where(e => e.Famille is not null)
            .GroupBy(e => e.Famille!)
            .Count(g => g.Count() >= 2 && g.Select(e => sejourLe.TryGetValue(e.Id, out var sj) && sj.Mode == "LIEU" && sj.LieuId is not null ? sj.LieuId : "propre:" + e.Id)
                .Distinct().Count() > 1));
        return valeurs;
    }

    /// <summary>The measures active on S counted by <paramref name="code"/>, by their type (null: not such a code).</summary>
    public static Func<TypeMesure, bool>? FiltreMesuresActives(string code) => code switch
    {
        "MES_ADM" => t => t.Code != "AIDE_FIN" && t.Cadre == Cadre.Administratif,
        "MES_JUD" => t => t.Code != "AIDE_FIN" && t.Cadre == Cadre.Judiciaire,
        "CONFIES_A" => t => t.EstConfieA,
        "PLACEMENTS_DIRECTS_B" => t => t.EstPlacementDirectB,
        "ACCUEILLIS" => t => t.EstConfieA || t.EstPlacementDirectB,
        "ACTIONS_EDUCATIVES" => t => t.EstActionEducative,
        "ENFANTS_SUIVIS" => t => t.Code != "AIDE_FIN",
        "ENFANTS_ACCUEILLIS" => t => t.EstAccueil,
        _ when code.StartsWith("MES_", StringComparison.Ordinal) && Catalogue.Trouver(code[4..]) is { } type => t => t == type,
        _ => null,
    };

    /// <summary>ATTENTE: decided on or before S, not started on or before S, not ended on or before S.</summary>
    public static bool EnAttente(Instantane.Mesure m, DateOnly s) => m.DateDecision <= s && !(m.Debut is { } d && d <= s) && !(m.Fin is { } f && f <= s);

    /// <summary>One record behind a count: the child, the record (measure or information) and its reference date.</summary>
    public sealed record Enregistrement(string EnfantId, string ObjetId, string Objet, DateOnly? Date);

    /// <summary>The codes whose records can be listed (drill-down): counts of measures, of waiting measures, of informations, of children followed.</summary>
    public static bool Detaillable(string code) =>
        FiltreMesuresActives(code) is not null || code == "ATTENTE" || code.StartsWith("ATTENTE_", StringComparison.Ordinal) && Catalogue.Trouver(code[8..]) is not null
        || code is "IP_RECUES" or "IP_QUALIFIEES";

    /// <summary>
    /// The records behind a count of <see cref="Detaillable"/> codes for a year and territory, with the same rules as the engine
    /// (the number of distinct <see cref="Enregistrement.ObjetId"/> is the value; children counts list each child's measures).
    /// </summary>
    public static List<Enregistrement> Detail(Instantane d, int annee, string code, string territoire)
    {
        var s = new DateOnly(annee, 12, 31);
        var partie = Index.De(d).Parties.FirstOrDefault(p => p.Territoire == territoire);
        if (partie is null) return [];
        if (code is "IP_RECUES" or "IP_QUALIFIEES")
            return partie.Evaluations.Where(x => x.Info.DateReception.Year == annee && (code == "IP_RECUES" || x.Info.Qualification == "IP"))
                .Select(x => new Enregistrement(x.Eval.EnfantId, x.Info.Id, $"Information {x.Info.Qualification}", x.Info.DateReception)).ToList();
        if (code.StartsWith("ATTENTE", StringComparison.Ordinal))
            return partie.Mesures.Where(m => EnAttente(m, s) && (code == "ATTENTE" || m.Type == code[8..]))
                .Select(m => new Enregistrement(m.EnfantId, m.Id, $"Mesure {m.Type} décidée", m.DateDecision)).ToList();
        if (FiltreMesuresActives(code) is not { } filtre) return [];
        return partie.Mesures.Where(m => Calendrier.ActifLe(m.Debut, m.Fin, s) && Catalogue.Trouver(m.Type) is { } t && filtre(t))
            .Select(m => new Enregistrement(m.EnfantId, m.Id, $"Mesure {m.Type} en cours", m.Debut)).ToList();
    }

    /// <summary>
    /// OCCUPATION_MOYENNE of INDICATEURS.md by lieu type: journées réalisées in the year (days of séjours,
    /// inclusive) and Σ capacity × days open in the year. Shared with the lieux pages.
    /// </summary>
    public static Dictionary<string, (long Journees, long Capacite)> OccupationMoyenne(IEnumerable<Instantane.Lieu> lieux, IEnumerable<Instantane.Sejour> sejours, int annee)
    {
        var debutAnnee = new DateOnly(annee, 1, 1);
        var finAnnee = new DateOnly(annee, 12, 31);
        var parId = lieux.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var resultat = Indicateurs.TypesLieu.ToDictionary(t => t, _ => (Journees: 0L, Capacite: 0L));
        foreach (var l in parId.Values)
        {
            var r = resultat.GetValueOrDefault(l.Type);
            resultat[l.Type] = (r.Journees, r.Capacite + (long)l.Capacite * JoursDans(l.Ouverture ?? DateOnly.MinValue, l.Fermeture, debutAnnee, finAnnee));
        }
        foreach (var x in sejours)
        {
            if (x.Debut > finAnnee || x.Fin < debutAnnee || x.LieuId is null || !parId.TryGetValue(x.LieuId, out var l)) continue;
            var r = resultat[l.Type];
            resultat[l.Type] = (r.Journees + JoursDans(x.Debut, x.Fin, debutAnnee, finAnnee), r.Capacite);
        }
        return resultat;
    }

    private static int JoursDans(DateOnly debut, DateOnly? fin, DateOnly debutAnnee, DateOnly finAnnee)
    {
        var a = debut > debutAnnee ? debut : debutAnnee;
        var b = fin is { } f && f < finAnnee ? f : finAnnee;
        return b < a ? 0 : b.DayNumber - a.DayNumber + 1;
    }

    private static decimal Mediane(List<int> valeurs)
    {
        var t = valeurs.Order().ToList();
        return t.Count % 2 == 1 ? t[t.Count / 2] : (t[t.Count / 2 - 1] + t[t.Count / 2]) / 2m;
    }
}
