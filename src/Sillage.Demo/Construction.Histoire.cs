using Sillage.Domaine.Temps;

namespace Sillage.Demo;

internal sealed partial class Construction
{
    private int ActionsEducatives => _drees.Aed + _drees.Aemo;
    private int Confies => _drees.TotalConfiesAseA;

    /// <summary>
    /// Episodes outside the snapshot: for each type, entries spread over the decade (and before it, for
    /// the children already in care on 1 January 2015), at the rate that keeps the DREES stock stable
    /// (entries a year ≈ stock ÷ mean length). An episode that would be active on 31/12/2020 is dropped:
    /// the snapshot already holds exactly the measures of that day. <c>facteur</c> discounts the
    /// episodes that arrive as a continuation of another (contrat jeune majeur after a placement…) and the renewals to the planned term, which lengthen episodes; jeunes majeurs mostly come from placements reaching majority.
    /// </summary>
    private void CreerHistoire()
    {
        var r = _drees;
        var placementJuge = r.ConfiesPlacementAseJuge;
        (string Code, double Stock, double Facteur)[] types =
        [
            ("PLACEMENT_ASE", placementJuge * 0.85, 0.7),
            ("PEAD", placementJuge * 0.12, 0.9),
            ("AP_MINEUR", r.ConfiesApMineurs, 1.0),
            ("AP_JM", r.ConfiesApJeunesMajeurs, Math.Max(0.1, 1 - 0.1 * placementJuge / Math.Max(1.0, r.ConfiesApJeunesMajeurs))),
            ("PUPILLE", r.ConfiesPupilles, 0.7),
            ("DAP_ASE", r.ConfiesDap, 0.7),
            ("TUTELLE_ASE", r.ConfiesTutelle, 0.6),
            ("RETRAIT_PARTIEL", r.ConfiesRetraitPartiel, 0.8),
            ("TDC", r.PlacementDirectTdc, 0.9),
            ("PLACEMENT_DIRECT_ETAB", r.PlacementDirectEtabService, 0.9),
            ("DAP_TIERS", r.PlacementDirectDapParticulierEtab, 0.9),
            ("AED", r.Aed, 0.78),
            ("AEMO", r.Aemo * 0.85, 0.6),
            ("AEMO_R", r.Aemo * 0.15, 0.7),
            ("TISF", ActionsEducatives * 0.06, 1.0),
            ("AESF", ActionsEducatives * 0.03, 1.0),
            ("ACCUEIL_JOUR", Confies * 0.02, 1.0),
            ("ACCUEIL_MERE_ENFANT", Confies * 0.01, 1.0),
            ("MJIE", r.Aemo * 0.08, 1.0),
            ("MJAGBF", r.Aemo * 0.02, 1.0),
            ("PJM", Confies * 0.01, 1.0),
        ];
        foreach (var (code, stock, facteur) in types)
            Historique(code, stock / (DureeMoyenneJours(code) / 365.0) * facteur);
        // Short measures: entries a year.
        Historique("AIDE_FIN", ActionsEducatives * 0.15);
        Historique("ACCUEIL_72H", Confies * 0.01);
        Historique("RECUEIL_URGENCE", Confies * 0.03);
    }

    private int AgeEntree(string code) => code switch
    {
        "AP_JM" or "PJM" => Choisir((18, 80.0), (19, 15.0), (20, 5.0)),
        "ACCUEIL_MERE_ENFANT" => Entre(16, 18),
        "AP_MINEUR" => ChoisirIndice(ProfilApMineur),
        "PUPILLE" => P(0.5) ? 0 : Entre(1, 12),
        "DAP_ASE" or "DAP_TIERS" or "TUTELLE_ASE" => Entre(1, 16),
        "ACCUEIL_72H" or "RECUEIL_URGENCE" => Entre(12, 17),
        "AIDE_FIN" => Entre(0, 17),
        "PLACEMENT_ASE" or "PEAD" or "TDC" or "PLACEMENT_DIRECT_ETAB" or "RETRAIT_PARTIEL" => ChoisirIndice(ProfilPlacement),
        _ => Entre(0, 16),
    };

    private static bool Fratrie(string code) => code is "PLACEMENT_ASE" or "PEAD" or "TDC" or "DAP_ASE" or "TUTELLE_ASE"
        or "PUPILLE" or "RETRAIT_PARTIEL" or "AED" or "AEMO" or "AEMO_R" or "TISF" or "MJIE" or "AP_MINEUR" or "ACCUEIL_JOUR";

    private void Historique(string code, double entreesParAn)
    {
        var moyenne = DureeMoyenneJours(code);
        var avant = (int)Math.Min(3650, 4 * moyenne);
        var origine = Debut.AddDays(-avant);
        var etendue = Fin.DayNumber - origine.DayNumber + 1;
        var tailleMoyenne = Fratrie(code) ? 1.59 : 1.0;
        var n = (int)Math.Round(entreesParAn * etendue / 365.0 / tailleMoyenne);
        var acceptes = 0;
        for (var i = 0; (i < n || acceptes < 3) && i < n + 300; i++)
        {
            var debut = origine.AddDays(_rnd.Next(etendue));
            var mna = code == "PLACEMENT_ASE" && P(0.08);
            var taille = Fratrie(code) && !mna ? Choisir((1, 62.0), (2, 22.0), (3, 11.0), (4, 5.0)) : 1;
            var longueur = Math.Max(10, ExpJours(moyenne));
            Enf? aine = null;
            Entree? entree = null;
            for (var k = 0; k < taille; k++)
            {
                var age = mna ? Choisir((15, 25.0), (16, 45.0), (17, 30.0)) : AgeEntree(code);
                var naissance = NaissancePourAge(debut, age);
                var debutEnfant = code == "PUPILLE" && age == 0 ? naissance.AddDays(Entre(0, 60)) : debut;
                var sexe = mna ? (P(0.92) ? "M" : "F") : code == "ACCUEIL_MERE_ENFANT" ? "F" : null;
                var provisoire = new Enf { Naissance = naissance, Mna = mna };
                var finVoulue = debutEnfant.AddDays(longueur + (k == 0 ? 0 : Entre(-30, 30)));
                if (code == "ACCUEIL_MERE_ENFANT") finVoulue = Min(finVoulue, Ages.DateDesAns(naissance, 21).AddDays(-1));
                var ep = Episode(provisoire, code, debutEnfant, finVoulue, photo: false);
                if (ep is null) continue;
                var e = NouvelEnfant(naissance, sexe, aine, mna);
                ep.Enfant = e;
                e.Episodes.Add(ep);
                CreerSegments(ep);
                if (mna)
                {
                    var recueil = Episode(e, "RECUEIL_URGENCE", debutEnfant.AddDays(-Entre(2, 5)), debutEnfant.AddDays(-1), photo: false, motifForce: "ECHEANCE");
                    if (recueil is not null) Ajouter(recueil);
                }
                Suites(ep);
                aine ??= e;
                if (entree is null)
                {
                    entree = new Entree();
                    _entrees.Add(entree);
                }
                entree.Enfants.Add(e);
                acceptes++;
            }
        }
    }

    /// <summary>Measures decided in the last months of the history and not yet executed (AED, AEMO mostly).</summary>
    private void CreerAttentes()
    {
        var n = Math.Max(10, (int)Math.Round(0.05 * ActionsEducatives));
        for (var i = 0; i < n; i++)
        {
            var code = Choisir(("AED", 45.0), ("AEMO", 50.0), ("TISF", 3.0), ("PLACEMENT_ASE", 2.0));
            var decision = Fin.AddDays(-Entre(0, 200));
            var taille = Choisir((1, 75.0), (2, 20.0), (3, 5.0));
            Enf? aine = null;
            var entree = new Entree();
            for (var k = 0; k < taille; k++)
            {
                var e = NouvelEnfant(NaissancePourAge(decision, Entre(0, 16)), null, aine);
                e.Episodes.Add(EpisodeEnAttente(e, code, decision));
                entree.Enfants.Add(e);
                aine ??= e;
            }
            _entrees.Add(entree);
        }
    }

    /// <summary>Informations that lead to no measure: classement, orientation, non-IP, first analysis running.</summary>
    private void CreerInformationsSeules()
    {
        var n = (int)Math.Round(0.18 * (_drees.TotalEnfantsAccueillisAPlusB + ActionsEducatives) * 10);
        var etendue = Fin.DayNumber - Debut.DayNumber + 1;
        for (var i = 0; i < n; i++)
        {
            var reception = Debut.AddDays(_rnd.Next(etendue));
            var taille = Choisir((1, 65.0), (2, 22.0), (3, 10.0), (4, 3.0));
            var entree = new Entree { Reception = reception };
            Enf? aine = null;
            for (var k = 0; k < taille; k++)
            {
                var e = NouvelEnfant(NaissancePourAge(reception, Entre(0, 17)), null, aine);
                entree.Enfants.Add(e);
                aine ??= e;
            }
            _entrees.Add(entree);
        }
    }
}
