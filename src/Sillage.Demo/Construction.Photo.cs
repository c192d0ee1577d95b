using Sillage.Domaine.Temps;

namespace Sillage.Demo;

internal sealed partial class Construction
{
    private const string HebFamilles = "FAMILLES_ACCUEIL";
    private const string HebEtablissements = "ETABLISSEMENTS";
    private const string HebAutonomes = "AUTONOMES";
    private const string HebAutres = "AUTRES";

    /// <summary>One measure active on 31/12/2020 that the DREES row asks for.</summary>
    private sealed class Place(string code, string? hebergement)
    {
        public string Code = code;
        public string? Hebergement = hebergement;
    }

    private static readonly double[] ProfilPlacement = [3, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 9];
    private static readonly double[] ProfilApMineur = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 7, 9, 11, 12, 12];
    private static readonly double[] ProfilStatut = [2, 3, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6];
    private static readonly double[] ProfilEducatif = [3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 8, 8, 8, 8, 7, 6, 5, 3];

    private int AgePhoto(string code, string? heb)
    {
        if (code == "AP_JM") return Choisir((18, 45.0), (19, 35.0), (20, 20.0));
        if (heb == HebAutonomes) return Choisir((16, 40.0), (17, 60.0));
        var profil = code switch
        {
            "AP_MINEUR" => ProfilApMineur,
            "PUPILLE" or "DAP_ASE" or "TUTELLE_ASE" or "DAP_TIERS" or "RETRAIT_PARTIEL" => ProfilStatut,
            "AED" or "AEMO" or "AEMO_R" => ProfilEducatif,
            _ => ProfilPlacement,
        };
        return ChoisirIndice(profil);
    }

    /// <summary>Distributes the four DREES hébergement counts over the (A) places.</summary>
    private void RepartirHebergements(List<Place> placesA)
    {
        Melanger(placesA);
        var jm = placesA.Where(p => p.Code == "AP_JM").ToList();
        var restantsAutonomes = _drees.HebergAdoJmAutonomes;
        foreach (var p in jm.Take(Math.Min(restantsAutonomes, (int)(jm.Count * 0.6))))
        {
            p.Hebergement = HebAutonomes;
            restantsAutonomes--;
        }
        foreach (var p in placesA.Where(p => p.Hebergement is null && p.Code != "AP_JM").Take(restantsAutonomes).ToList())
        {
            p.Hebergement = HebAutonomes;
            restantsAutonomes--;
        }
        foreach (var p in placesA.Where(p => p.Hebergement is null).Take(restantsAutonomes).ToList())
        {
            p.Hebergement = HebAutonomes;
            restantsAutonomes--;
        }
        var autres = _drees.HebergAutres;
        foreach (var p in placesA.Where(p => p.Hebergement is null && p.Code == "PLACEMENT_ASE").Take(autres).ToList())
        {
            p.Hebergement = HebAutres;
            autres--;
        }
        foreach (var p in placesA.Where(p => p.Hebergement is null).Take(autres).ToList())
        {
            p.Hebergement = HebAutres;
            autres--;
        }
        var etablissements = _drees.HebergEtablissements;
        foreach (var p in placesA.Where(p => p.Hebergement is null))
        {
            p.Hebergement = etablissements-- > 0 ? HebEtablissements : HebFamilles;
        }
    }

    /// <summary>
    /// The DREES snapshot: exactly the measures the row counts on 31/12/2020, each with its child, the
    /// child's earlier history (earlier measures end before the snapshot measure starts) and what follows.
    /// </summary>
    private void CreerPhoto()
    {
        var r = _drees;
        var placesA = new List<Place>();
        void A(List<Place> l, string code, int n) { for (var i = 0; i < n; i++) l.Add(new Place(code, null)); }
        A(placesA, "PUPILLE", r.ConfiesPupilles);
        A(placesA, "AP_MINEUR", r.ConfiesApMineurs);
        A(placesA, "AP_JM", r.ConfiesApJeunesMajeurs);
        A(placesA, "DAP_ASE", r.ConfiesDap);
        A(placesA, "TUTELLE_ASE", r.ConfiesTutelle);
        A(placesA, "RETRAIT_PARTIEL", r.ConfiesRetraitPartiel);
        A(placesA, "PLACEMENT_ASE", r.ConfiesPlacementAseJuge);
        RepartirHebergements(placesA);

        var placesB = new List<Place>();
        A(placesB, "TDC", r.PlacementDirectTdc);
        A(placesB, "PLACEMENT_DIRECT_ETAB", r.PlacementDirectEtabService);
        A(placesB, "DAP_TIERS", r.PlacementDirectDapParticulierEtab);

        var placesAe = new List<Place>();
        A(placesAe, "AED", r.Aed);
        for (var i = 0; i < r.Aemo; i++) placesAe.Add(new Place(P(0.15) ? "AEMO_R" : "AEMO", null));

        var accueils = placesA.Concat(placesB).ToList();
        Melanger(accueils);
        Melanger(placesAe);
        CreerPlaces(accueils);
        CreerPlaces(placesAe);
    }

    private void CreerPlaces(List<Place> places)
    {
        Enf? precedent = null;
        Entree? entreePrecedente = null;
        DateOnly debutPrecedent = default;
        var tailleFamille = 0;
        foreach (var place in places)
        {
            var code = place.Code;
            var age = AgePhoto(code, place.Hebergement);
            // Sub-mode of the "autres" hébergement: PEAD at home, tiers, other lieu, hotel (before the ban), or no séjour that day.
            var sousMode = place.Hebergement != HebAutres ? ""
                : code == "PLACEMENT_ASE"
                    ? Choisir(("PEAD", 55.0), ("TDC", 15.0), ("LIEU_AUTRE", 12.0), ("MODE_AUTRE", 8.0), ("HOTEL", age >= 16 ? 7.0 : 0.0), ("SANS", 3.0))
                    : Choisir(("LIEU_AUTRE", 35.0), ("MODE_AUTRE", 35.0), ("HOTEL", age >= 16 ? 20.0 : 0.0), ("SANS", 10.0));
            if (sousMode == "PEAD") code = "PEAD";
            var mna = code is "PLACEMENT_ASE" or "TUTELLE_ASE" or "AP_JM" && age >= 16
                && place.Hebergement is HebAutonomes or HebEtablissements or HebAutres && P(0.35);
            var rejoint = !mna && precedent is { Mna: false } && tailleFamille < 4 && P(0.3);
            var naissance = NaissancePourAge(D, age);
            var e = NouvelEnfant(naissance, mna ? (P(0.92) ? "M" : "F") : null, rejoint ? precedent : null, mna);
            var duree = DureeMoyenneJours(code);
            var majorite = e.Majorite;

            DateOnly debut;
            var avecAnterieur = false;
            if (code == "AP_JM")
            {
                avecAnterieur = P(0.75);
                debut = avecAnterieur ? majorite : majorite.AddDays(_rnd.Next(D.DayNumber - majorite.DayNumber + 1));
            }
            else if (mna)
            {
                var quinzeAns = Ages.DateDesAns(naissance, 15);
                debut = Max(quinzeAns.AddDays(Entre(0, 180)), D.AddDays(-ExpJours(365)));
                if (debut > D) debut = D.AddDays(-Entre(0, 30));
            }
            else
            {
                debut = Max(D.AddDays(-ExpJours(duree)), naissance.AddDays(Entre(0, 20)));
                if (rejoint && debutPrecedent >= naissance.AddDays(1) && debutPrecedent <= D && P(0.7)) debut = debutPrecedent;
            }
            if (debut > D) debut = D;
            var ep = Episode(e, code, debut, D.AddDays(ExpJours(duree)), photo: true)
                ?? throw new InvalidOperationException($"Mesure {code} impossible pour un enfant de {age} ans.");
            e.Episodes.Add(ep);
            switch (place.Hebergement)
            {
                case null: CreerSegments(ep); break;
                case HebFamilles: CreerSegmentsPhoto(ep, ModeLieu, "ASSISTANT_FAMILIAL"); break;
                case HebEtablissements: CreerSegmentsPhoto(ep, ModeLieu, TypeEtablissement(age)); break;
                case HebAutonomes: CreerSegmentsPhoto(ep, ModeLieu, "LOGEMENT_AUTONOME"); break;
                default:
                    switch (sousMode)
                    {
                        case "PEAD": CreerSegments(ep); break;
                        case "TDC": CreerSegmentsPhoto(ep, ModeTdc, null); break;
                        case "LIEU_AUTRE": CreerSegmentsPhoto(ep, ModeLieu, "AUTRE"); break;
                        case "MODE_AUTRE": CreerSegmentsPhoto(ep, ModeAutre, null); break;
                        case "HOTEL": CreerSegmentsPhoto(ep, ModeLieu, "HOTEL"); break;
                        default: CreerSegmentsPhoto(ep, "", null); break;
                    }
                    break;
            }
            Anterieurs(e, ep, avecAnterieur);
            Suites(ep);

            if (rejoint && entreePrecedente is not null && debut == debutPrecedent) entreePrecedente.Enfants.Add(e);
            else
            {
                entreePrecedente = new Entree();
                entreePrecedente.Enfants.Add(e);
                _entrees.Add(entreePrecedente);
            }
            tailleFamille = rejoint ? tailleFamille + 1 : 1;
            precedent = e;
            debutPrecedent = debut;
        }
    }

    /// <summary>What came before the snapshot measure (placement before a statut, AEMO before a placement…), always ended before it starts.</summary>
    private void Anterieurs(Enf e, Ep ep, bool avantJeuneMajeur)
    {
        var debut = ep.Debut!.Value;
        string? code = null;
        DateOnly fin = debut.AddDays(-1);
        string? motif = "MAINLEVEE";
        switch (ep.Type.Code)
        {
            case "AP_JM" when avantJeuneMajeur:
                code = e.Mna ? Choisir(("PLACEMENT_ASE", 60.0), ("TUTELLE_ASE", 40.0))
                    : Choisir(("PLACEMENT_ASE", 75.0), ("AP_MINEUR", 10.0), ("PUPILLE", 5.0), ("TUTELLE_ASE", 5.0), ("TDC", 5.0));
                motif = null;
                break;
            case "PUPILLE" or "DAP_ASE" or "TUTELLE_ASE" or "RETRAIT_PARTIEL" when !e.Mna && P(0.6):
                code = "PLACEMENT_ASE";
                motif = "AUTRE";
                break;
            case "PLACEMENT_ASE" or "PEAD" or "TUTELLE_ASE" when e.Mna:
                code = "RECUEIL_URGENCE";
                motif = "ECHEANCE";
                break;
            case "PLACEMENT_ASE":
                code = Choisir<string?>(("AEMO", 25.0), ("RECUEIL_URGENCE", 10.0), (null, 65.0));
                if (code == "AEMO") fin = fin.AddDays(-Entre(0, 60));
                motif = code == "RECUEIL_URGENCE" ? "ECHEANCE" : "MAINLEVEE";
                break;
            case "AEMO" or "AEMO_R":
                code = Choisir<string?>(("AED", 20.0), ("MJIE", 15.0), (null, 65.0));
                if (code == "AED") fin = fin.AddDays(-Entre(0, 90));
                motif = "ECHEANCE";
                break;
        }
        if (code is null) return;
        var longueur = code == "RECUEIL_URGENCE" ? Entre(1, 5) : Math.Max(20, ExpJours(DureeMoyenneJours(code)));
        var plusTot = e.Mna ? Ages.DateDesAns(e.Naissance, 15) : e.Naissance;
        var debutAnterieur = Max(plusTot, fin.AddDays(-longueur));
        if (debutAnterieur > fin) return;
        // A measure before the majority ends at the majority (no explicit end); the others end the day before the next.
        var anterieur = motif is null
            ? Episode(e, code, debutAnterieur, null, photo: false)
            : Episode(e, code, debutAnterieur, fin, photo: false, motifForce: motif);
        if (anterieur is null || anterieur.Fin is not { } fa || fa >= debut) return;
        Ajouter(anterieur);
    }
}
