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
        var resultat = new List<ValeurIndicateur>();
        var prepare = new Prepare(donnees, annee, parametres ?? ParametresEcheances.ParDefaut);
        foreach (var territoire in new[] { Instantane.Departement }.Concat(donnees.Territoires.Order(StringComparer.Ordinal)))
            resultat.AddRange(CalculerTerritoire(donnees, prepare, annee, territoire));
        return resultat.OrderBy(v => v.Code, StringComparer.Ordinal).ThenBy(v => v.Territoire, StringComparer.Ordinal).ToList();
    }

    /// <summary>The CSV of `sillage indicateurs --annee N`: header code;territoire;valeur.</summary>
    public static string Csv(IEnumerable<ValeurIndicateur> valeurs) =>
        "code;territoire;valeur\n" + string.Concat(valeurs.Select(v => $"{v.Code};{v.Territoire};{v.Texte}\n"));

    /// <summary>
    /// What depends on a child or a record but not on the territory asked, computed once per year:
    /// séjour on S, périodes d'accueil, parcours and échéances of each child.
    /// </summary>
    private sealed class Prepare
    {
        public readonly Dictionary<string, Instantane.Sejour> SejourLe;
        public readonly Dictionary<string, List<Periode>> PeriodesAccueil;
        public readonly Dictionary<string, (bool Eligible, bool AvecPpe, int RapportsEnRetard, int EntretiensEnRetard)> Parcours;
        public readonly Dictionary<string, Instantane.Lieu> Lieux;

        public Prepare(Instantane d, int annee, ParametresEcheances parametres)
        {
            var s = new DateOnly(annee, 12, 31);
            Lieux = d.Lieux.ToDictionary(l => l.Id, StringComparer.Ordinal);
            SejourLe = d.Sejours.Where(x => Calendrier.ActifLe(x.Debut, x.Fin, s))
                .GroupBy(x => x.EnfantId).ToDictionary(g => g.Key, g => g.OrderBy(x => x.Debut).First(), StringComparer.Ordinal);
            PeriodesAccueil = d.Mesures.Where(m => m.Debut is not null && Catalogue.Trouver(m.Type)?.EstAccueil == true)
                .GroupBy(m => m.EnfantId)
                .ToDictionary(g => g.Key, g => Periode.Fusionner(g.Select(m => new Periode(m.Debut!.Value, m.Fin))), StringComparer.Ordinal);
            Parcours = new(StringComparer.Ordinal);
            foreach (var sit in Situations(d))
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
                Parcours[sit.EnfantId] = (eligible, avecPpe, rapports, entretiens);
            }
        }
    }

    /// <summary>
    /// The CRIP indicators (IP_*, EVAL_*, SUITE_*) over any period — a year for the observatoire, a month for the
    /// CRIP dashboard — with the definitions of INDICATEURS.md; the stock date is the period's last day.
    /// </summary>
    public static List<ValeurIndicateur> Crip(Instantane d, DateOnly debut, DateOnly fin, string territoire)
    {
        var s = fin;
        bool DansAnnee(DateOnly? x) => x is { } v && v >= debut && v <= fin;
        var tous = territoire == Instantane.Departement;
        var enfants = d.Enfants.Where(e => tous || e.Territoire == territoire).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        bool Garde(string enfantId) => enfants.Contains(enfantId);
        var valeurs = new List<ValeurIndicateur>();
        void Compte(string code, int v) => valeurs.Add(new(code, territoire, v, true));
        void Ratio(string code, decimal numerateur, decimal denominateur, decimal facteur = 100)
        {
            if (denominateur != 0) valeurs.Add(new(code, territoire, Arrondir(numerateur * facteur / denominateur), false));
        }
        void Moyenne(string code, IReadOnlyCollection<int> jours)
        {
            if (jours.Count > 0) valeurs.Add(new(code, territoire, Arrondir((decimal)jours.Sum(x => (long)x) / jours.Count), false));
        }

        var informations = d.Informations.Where(i => DansAnnee(i.DateReception) && (tous || i.Enfants.Any(e => Garde(e.EnfantId)))).ToList();
        Compte("IP_RECUES", informations.Count);
        var qualifiees = informations.Count(i => i.Qualification == "IP");
        Compte("IP_QUALIFIEES", qualifiees);
        Ratio("IP_TAUX_QUALIFICATION", qualifiees, informations.Count);
        Compte("IP_ENFANTS", d.Informations.Where(i => DansAnnee(i.DateReception) && i.Qualification == "IP")
            .SelectMany(i => i.Enfants).Where(e => Garde(e.EnfantId)).Select(e => e.EnfantId).Distinct().Count());

        var evaluations = d.Informations.SelectMany(i => i.Enfants.Where(e => Garde(e.EnfantId)).Select(e => (Info: i, Eval: e))).ToList();
        var terminees = evaluations.Where(x => DansAnnee(x.Eval.FinEvaluation)).ToList();
        Compte("EVAL_TERMINEES", terminees.Count);
        var delais = terminees.Select(x => Calendrier.DureeJours(x.Info.DateReception, x.Eval.FinEvaluation!.Value)).ToList();
        Moyenne("EVAL_DELAI_MOYEN_J", delais);
        if (delais.Count > 0) valeurs.Add(new("EVAL_DELAI_MEDIAN_J", territoire, Arrondir(Mediane(delais)), false));
        Ratio("EVAL_PART_DANS_DELAI", terminees.Count(x => x.Eval.FinEvaluation!.Value <= Calendrier.AjouterMois(x.Info.DateReception, 3)), terminees.Count);
        Compte("EVAL_EN_RETARD", evaluations.Count(x => x.Info.Qualification == "IP"
            && !(x.Eval.FinEvaluation is { } f && f <= s) && !(x.Eval.DateDecision is { } dd && dd <= s)
            && Calendrier.AjouterMois(x.Info.DateReception, 3) < s));
        var suites = Indicateurs.Conclusions.ToDictionary(c => c, c => evaluations.Count(x => x.Eval.Conclusion == c && DansAnnee(x.Eval.DateDecision)));
        foreach (var (c, n) in suites) Compte($"SUITE_{c}", n);
        foreach (var (c, n) in suites) Ratio($"SUITE_PART_{c}", n, suites.Values.Sum());

        return valeurs;
    }

    private static IEnumerable<ValeurIndicateur> CalculerTerritoire(Instantane d, Prepare prepare, int annee, string territoire)
    {
        var s = new DateOnly(annee, 12, 31);
        bool DansAnnee(DateOnly? x) => x is { } v && v.Year == annee;
        var tous = territoire == Instantane.Departement;

        var enfants = d.Enfants.Where(e => tous || e.Territoire == territoire).ToDictionary(e => e.Id, StringComparer.Ordinal);
        bool Garde(string enfantId) => enfants.ContainsKey(enfantId);
        var mesures = d.Mesures.Where(m => Garde(m.EnfantId)).ToList();
        var valeurs = new List<ValeurIndicateur>();
        void Compte(string code, int v) => valeurs.Add(new(code, territoire, v, true));
        void Ratio(string code, decimal numerateur, decimal denominateur, decimal facteur = 100)
        {
            if (denominateur != 0) valeurs.Add(new(code, territoire, Arrondir(numerateur * facteur / denominateur), false));
        }
        void Moyenne(string code, IReadOnlyCollection<int> jours)
        {
            if (jours.Count > 0) valeurs.Add(new(code, territoire, Arrondir((decimal)jours.Sum(x => (long)x) / jours.Count), false));
        }

        valeurs.AddRange(Crip(d, new DateOnly(annee, 1, 1), s, territoire));

        // --- Mesures on S
        var actives = mesures.Where(m => Calendrier.ActifLe(m.Debut, m.Fin, s)).Select(m => (Mesure: m, Type: Catalogue.Trouver(m.Type))).Where(x => x.Type is not null).ToList();
        var horsAide = actives.Where(x => x.Type!.Code != "AIDE_FIN").ToList();
        var adm = horsAide.Count(x => x.Type!.Cadre == Cadre.Administratif);
        var jud = horsAide.Count(x => x.Type!.Cadre == Cadre.Judiciaire);
        Compte("MES_ADM", adm);
        Compte("MES_JUD", jud);
        foreach (var t in Catalogue.Types) Compte($"MES_{t.Code}", actives.Count(x => x.Type == t));
        Ratio("PART_JUDICIAIRE", jud, adm + jud);
        var confies = actives.Where(x => x.Type!.EstConfieA).ToList();
        var directs = actives.Count(x => x.Type!.EstPlacementDirectB);
        Compte("CONFIES_A", confies.Count);
        Compte("PLACEMENTS_DIRECTS_B", directs);
        Compte("ACCUEILLIS", confies.Count + directs);
        Compte("ACTIONS_EDUCATIVES", actives.Count(x => x.Type!.EstActionEducative));
        var lieux = prepare.Lieux;
        var sejourLe = prepare.SejourLe;
        string Hebergement(string enfantId) => sejourLe.TryGetValue(enfantId, out var sj)
            ? Codes.HebergementDrees(sj.Mode, sj.LieuId is not null && lieux.TryGetValue(sj.LieuId, out var l) ? l.Type : null)
            : "AUTRES";
        var heberg = confies.GroupBy(x => Hebergement(x.Mesure.EnfantId)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var h in new[] { "FAMILLES_ACCUEIL", "ETABLISSEMENTS", "AUTONOMES", "AUTRES" })
            Compte($"HEBERG_{h}", heberg.GetValueOrDefault(h));

        // --- Enfants on S
        int Age(string enfantId) => Ages.AgeAu(enfants[enfantId].Naissance, s);
        var suivis = horsAide.Select(x => x.Mesure.EnfantId).Distinct().ToList();
        Compte("ENFANTS_SUIVIS", suivis.Count);
        var population = d.Populations.Where(p => p.Annee == annee + 1 && p.Territoire == territoire).ToList();
        var pop020 = population.Where(p => p.Age is >= 0 and <= 20).Sum(p => (long)p.Effectif);
        var pop017 = population.Where(p => p.Age is >= 0 and <= 17).Sum(p => (long)p.Effectif);
        Ratio("ENFANTS_SUIVIS_POUR_1000", suivis.Count(e => Age(e) <= 20), pop020, 1000);
        Ratio("MESURES_POUR_1000", horsAide.Count(x => Age(x.Mesure.EnfantId) <= 20), pop020, 1000);
        var accueillis = actives.Where(x => x.Type!.EstAccueil).Select(x => x.Mesure.EnfantId).Distinct().ToList();
        Compte("ENFANTS_ACCUEILLIS", accueillis.Count);
        Ratio("ENFANTS_ACCUEILLIS_POUR_100_MINEURS", accueillis.Count(e => Age(e) < 18), pop017);
        var avecMesure = actives.Select(x => x.Mesure.EnfantId).Distinct().ToList();
        Compte("MNA", avecMesure.Count(e => enfants[e].Mna));
        Compte("JEUNES_MAJEURS", avecMesure.Count(e => Age(e) >= 18));
        var periodes = prepare.PeriodesAccueil.Where(kv => Garde(kv.Key)).Select(kv => (Enfant: kv.Key, Periodes: kv.Value)).ToList();
        Compte("ENTREES_ACCUEIL", periodes.Count(p => p.Periodes.Any(x => x.Debut.Year == annee)));
        Compte("SORTIES_ACCUEIL", periodes.Count(p => p.Periodes.Any(x => x.Fin is { } f && f.Year == annee)));
        Moyenne("DUREE_MOYENNE_ACCUEIL_J", periodes.SelectMany(p => p.Periodes).Where(x => x.Fin is { } f && f.Year == annee)
            .Select(x => Calendrier.DureeJours(x.Debut, x.Fin!.Value)).ToList());

        // --- Attente d'exécution
        var attente = mesures.Where(m => m.DateDecision <= s && !(m.Debut is { } db && db <= s) && !(m.Fin is { } f && f <= s)).ToList();
        Compte("ATTENTE", attente.Count);
        foreach (var t in Catalogue.Types) Compte($"ATTENTE_{t.Code}", attente.Count(m => m.Type == t.Code));
        Moyenne("ATTENTE_DELAI_MOYEN_J", mesures.Where(m => DansAnnee(m.Debut)).Select(m => Calendrier.DureeJours(m.DateDecision, m.Debut!.Value)).ToList());

        // --- Parcours (per child, computed once in Prepare)
        var parcours = enfants.Keys.Select(e => prepare.Parcours.GetValueOrDefault(e)).ToList();
        Ratio("PPE_TAUX", parcours.Count(x => x.AvecPpe), parcours.Count(x => x.Eligible));
        Compte("RAPPORTS_EN_RETARD", parcours.Sum(x => x.RapportsEnRetard));
        Compte("ENTRETIENS_17_EN_RETARD", parcours.Sum(x => x.EntretiensEnRetard));

        // --- Lieux (the lieu's territory decides)
        var lieuxT = d.Lieux.Where(l => tous || l.Territoire == territoire).ToList();
        bool Ouvert(Instantane.Lieu l, DateOnly jour) => (l.Ouverture is null || l.Ouverture <= jour) && (l.Fermeture is null || jour <= l.Fermeture);
        var sejoursLieux = d.Sejours.Where(x => x.LieuId is not null && lieux.ContainsKey(x.LieuId) && (tous || lieux[x.LieuId].Territoire == territoire)).ToList();
        foreach (var type in Indicateurs.TypesLieu)
        {
            var places = lieuxT.Where(l => l.Type == type && Ouvert(l, s)).Sum(l => l.Capacite);
            Compte($"PLACES_{type}", places);
        }
        foreach (var type in Indicateurs.TypesLieu)
        {
            var places = lieuxT.Where(l => l.Type == type && Ouvert(l, s)).Sum(l => l.Capacite);
            Ratio($"OCCUPATION_{type}", sejoursLieux.Count(x => lieux[x.LieuId!].Type == type && Calendrier.ActifLe(x.Debut, x.Fin, s)), places);
        }
        foreach (var (type, taux) in OccupationMoyenne(lieuxT, sejoursLieux, annee))
            Ratio($"OCCUPATION_MOYENNE_{type}", taux.Journees, taux.Capacite);
        var accueillisSet = accueillis.ToHashSet(StringComparer.Ordinal);
        Compte("FRATRIES_SEPAREES", enfants.Values.Where(e => e.Famille is not null && accueillisSet.Contains(e.Id))
            .GroupBy(e => e.Famille!)
            .Count(g => g.Count() >= 2 && g.Select(e => sejourLe.TryGetValue(e.Id, out var sj) && sj.Mode == "LIEU" && sj.LieuId is not null ? sj.LieuId : "propre:" + e.Id)
                .Distinct().Count() > 1));
        return valeurs;
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
            if (x.LieuId is null || !parId.TryGetValue(x.LieuId, out var l)) continue;
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

    /// <summary>The échéancier's view of every child (for PPE_TAUX and the late rapports / entretiens).</summary>
    private static IEnumerable<SituationEnfant> Situations(Instantane d)
    {
        var parEnfant = d.Mesures.ToLookup(m => m.EnfantId);
        var evals = d.Informations.SelectMany(i => i.Enfants
            .Select(e => (e.EnfantId, Ev: new SituationEnfant.EvaluationIp(i.Id, i.Qualification, i.DateReception, e.FinEvaluation, e.DateDecision))))
            .ToLookup(x => x.EnfantId, x => x.Ev);
        var ppe = d.Ppe.ToLookup(x => x.EnfantId, x => x.Jour);
        var rapports = d.Rapports.ToLookup(x => x.EnfantId, x => x.Jour);
        var entretiens = d.Entretiens.ToLookup(x => x.EnfantId, x => x.Jour);
        var cessec = d.ExamensCessec.ToLookup(x => x.EnfantId, x => x.Jour);
        return d.Enfants.Select(e => new SituationEnfant(e.Id, e.Naissance,
            parEnfant[e.Id].Select(m => new SituationEnfant.MesureDatee(m.Id, m.Type, m.DateDecision, m.Debut, m.FinPrevue, m.Fin)).ToList(),
            evals[e.Id].ToList(), ppe[e.Id].ToList(), rapports[e.Id].ToList(), entretiens[e.Id].ToList(), cessec[e.Id].ToList()));
    }
}
