using Sillage.Demo;
using Sillage.Domaine.Temps;
using Xunit.Abstractions;

namespace Sillage.Demo.Tests;

/// <summary>The shapes the ODPE expects to see in a département: delays, outcomes, waiting lists, occupancy, fratries, MNA…</summary>
public class RealismeTests(ITestOutputHelper sortie)
{
    private static readonly DateOnly FinHistoire = new(2024, 12, 31);

    [Theory]
    [InlineData("61")]
    [InlineData("91")]
    public void Les_informations_ont_des_delais_et_des_suites_realistes(string code)
    {
        var jeu = Jeux.Get(code);
        var informations = jeu.Informations.ToDictionary(i => i.Id);
        var delais = jeu.InformationsEnfants.Where(i => i.DateFinEvaluation is not null)
            .Select(i => i.DateFinEvaluation!.Value.DayNumber - informations[i.InformationId].DateReception.DayNumber).Order().ToList();
        var mediane = delais[delais.Count / 2];
        var horsDelai = delais.Count(d => d > 92) * 100.0 / delais.Count;
        sortie.WriteLine($"{code}: {jeu.Informations.Count} informations, délai médian {mediane} j, {horsDelai:F0} % au-delà de 3 mois");
        Assert.InRange(mediane, 80, 120);
        Assert.InRange(horsDelai, 10, 80);
        var enCours = jeu.InformationsEnfants.Count(i => informations[i.InformationId].Qualification == "IP" && i.DateFinEvaluation is null && i.Conclusion is null);
        Assert.True(enCours > 0, "aucune évaluation en cours");
        Assert.Contains(jeu.InformationsEnfants, i => informations[i.InformationId].Qualification == "IP" && i.DateFinEvaluation is null && i.Conclusion is null
            && informations[i.InformationId].DateReception.AddMonths(3) < FinHistoire);
        foreach (var q in new[] { "IP", "NON_IP", "EN_COURS" }) Assert.Contains(jeu.Informations, i => i.Qualification == q);
        foreach (var c in new[] { "CLASSEMENT", "ACCOMPAGNEMENT", "PRESTATION_ADMINISTRATIVE", "SAISINE_JUDICIAIRE" })
            Assert.Contains(jeu.InformationsEnfants, i => i.Conclusion == c);
        Assert.Contains(jeu.InformationsEnfants, i => i.Conclusion == "SAISINE_JUDICIAIRE" && i.DateFinEvaluation is null);
        Assert.Contains(jeu.InformationsEnfants.GroupBy(i => i.InformationId), g => g.Count() >= 2);
        Assert.All(jeu.Informations, i => Assert.InRange(i.DateReception, new DateOnly(2015, 1, 1), FinHistoire));
    }

    [Theory]
    [InlineData("61", 10, 100)]
    [InlineData("91", 100, 400)]
    public void Des_mesures_attendent_leur_execution(string code, int min, int max)
    {
        var jeu = Jeux.Get(code);
        var attente = jeu.Mesures.Where(m => m.DateDebut is null).ToList();
        sortie.WriteLine($"{code}: {attente.Count} mesures en attente, dont {attente.Count(m => m.Type is "AED" or "AEMO")} AED/AEMO");
        Assert.InRange(attente.Count, min, max);
        Assert.True(attente.Count(m => m.Type is "AED" or "AEMO") > 0.8 * attente.Count);
        Assert.All(attente, m => Assert.Null(m.DateFin));
        Assert.Contains(jeu.Mesures, m => m.DateDebut is { } d && d.DayNumber - m.DateDecision.DayNumber > 60 && m.Type is "AED" or "AEMO");
    }

    [Theory]
    [InlineData("61")]
    [InlineData("91")]
    public void Les_lieux_sont_occupes_entre_85_et_110_pour_cent_environ(string code)
    {
        var jeu = Jeux.Get(code);
        var lieux = jeu.Lieux.ToDictionary(l => l.Id);
        foreach (var type in new[] { "ASSISTANT_FAMILIAL", "MECS", "LOGEMENT_AUTONOME" })
        {
            var taux = new List<double>();
            for (var annee = 2016; annee <= 2024; annee++)
            {
                var s = new DateOnly(annee, 12, 31);
                var places = jeu.Lieux.Where(l => l.Type == type && l.DateOuverture <= s && (l.DateFermeture is null || s <= l.DateFermeture)).Sum(l => l.Capacite);
                var occupes = jeu.Sejours.Count(x => x.LieuId is { } id && lieux[id].Type == type && Comptage.Actif(x.DateDebut, x.DateFin, s));
                taux.Add(100.0 * occupes / places);
            }
            sortie.WriteLine($"{code} {type}: {string.Join(" ", taux.Select(t => t.ToString("F0")))}");
            Assert.InRange(taux.Average(), 85, 110);
            Assert.All(taux, t => Assert.InRange(t, 65, 140));
        }
    }

    [Theory]
    [InlineData("61")]
    [InlineData("91")]
    public void Fratries_MNA_jeunes_majeurs_et_suivi_des_parcours(string code)
    {
        var jeu = Jeux.Get(code);
        var enfants = jeu.Enfants.ToDictionary(e => e.Id);
        Assert.Contains(jeu.Enfants.Where(e => e.Famille is not null).GroupBy(e => e.Famille), g => g.Count() >= 3);
        Assert.Contains(jeu.Sejours, s => s.Motif is { } m && m.Contains("375-7"));

        var mna = jeu.Enfants.Where(e => e.Mna).ToList();
        Assert.NotEmpty(mna);
        Assert.True(mna.Count(e => e.Sexe == "M") > 0.8 * mna.Count);
        var premieres = jeu.Mesures.Where(m => m.DateDebut is not null).GroupBy(m => m.EnfantId).ToDictionary(g => g.Key, g => g.Min(m => m.DateDebut!.Value));
        var agesArrivee = mna.Where(e => premieres.ContainsKey(e.Id)).Select(e => Ages.AgeAu(e.DateNaissance, premieres[e.Id])).ToList();
        Assert.True(agesArrivee.Count(a => a is >= 15 and <= 17) > 0.8 * agesArrivee.Count);

        foreach (var m in jeu.Mesures.Where(m => m.Type is "AP_JM" or "PJM" && m.DateDebut is not null))
        {
            var n = enfants[m.EnfantId].DateNaissance;
            Assert.InRange(Ages.AgeAu(n, m.DateDebut!.Value), 18, 20);
            Assert.True((m.DateFin ?? m.DateFinPrevue!.Value) < Ages.DateDesAns(n, 21));
        }

        // PPE for only part of the children whose parcours requires one.
        var avecParcours = jeu.Mesures.Where(m => m.DateDebut is not null && m.Type is not ("AIDE_FIN" or "MJIE" or "MJAGBF")).Select(m => m.EnfantId).ToHashSet();
        var avecPpe = jeu.Ppe.Select(p => p.EnfantId).ToHashSet();
        var part = 100.0 * avecParcours.Count(avecPpe.Contains) / avecParcours.Count;
        sortie.WriteLine($"{code}: {mna.Count} MNA, PPE pour {part:F0} % des enfants avec un parcours, {jeu.Rapports.Count} rapports, {jeu.Entretiens.Count} entretiens, {jeu.Cessec.Count} CESSEC");
        Assert.InRange(part, 30, 50);
        Assert.NotEmpty(jeu.Rapports);
        Assert.NotEmpty(jeu.Entretiens);
        Assert.NotEmpty(jeu.Cessec);
        Assert.Contains(jeu.Mesures, m => m.MotifFin == "MAJORITE");
        Assert.Contains(jeu.Mesures, m => m.MotifFin == "ADOPTION");
        Assert.Contains(jeu.Mesures, m => m.MotifFin == "MAINLEVEE");
    }

    [Theory]
    [InlineData("61")]
    [InlineData("91")]
    public void La_population_couvre_2015_a_2025_par_age_et_territoire(string code)
    {
        var jeu = Jeux.Get(code);
        Assert.Equal(Enumerable.Range(2015, 11), jeu.Population.Select(p => p.Annee).Distinct().Order());
        Assert.Equal(Enumerable.Range(0, 21), jeu.Population.Select(p => p.Age).Distinct().Order());
        foreach (var g in jeu.Population.GroupBy(p => (p.Annee, p.Age)))
        {
            var total = g.Single(p => p.Territoire == "*").Effectif;
            Assert.Equal(total, g.Where(p => p.Territoire != "*").Sum(p => p.Effectif));
            Assert.Equal(jeu.Territoires.Count, g.Count(p => p.Territoire != "*"));
        }
        var pop0a20 = jeu.Population.Where(p => p.Annee == 2021 && p.Territoire == "*").Sum(p => p.Effectif);
        var accueillis = Comptage.Compter(jeu, new DateOnly(2020, 12, 31));
        var taux = (accueillis.GetValueOrDefault("A") + accueillis.GetValueOrDefault("B")) * 100.0 / pop0a20;
        sortie.WriteLine($"{code}: population 0–20 en 2021 = {pop0a20}, accueillis pour 100 = {taux:F2}");
        Assert.InRange(taux, 1.0, 1.5);
    }
}
