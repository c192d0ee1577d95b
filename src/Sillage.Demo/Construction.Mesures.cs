using Sillage.Domaine.Mesures;
using Sillage.Domaine.Temps;

namespace Sillage.Demo;

internal sealed partial class Construction
{
    /// <summary>Mean length in days of an episode (a chain of renewed measures of one type).</summary>
    private static double DureeMoyenneJours(string code) => 365.0 * code switch
    {
        "PLACEMENT_ASE" => 3.0,
        "PEAD" => 1.0,
        "AP_MINEUR" => 0.8,
        "AP_JM" => 1.2,
        "PUPILLE" or "DAP_ASE" or "TUTELLE_ASE" or "RETRAIT_PARTIEL" or "DAP_TIERS" => 5.0,
        "TDC" => 3.0,
        "PLACEMENT_DIRECT_ETAB" => 1.5,
        "AED" => 1.0,
        "AEMO" => 1.8,
        "AEMO_R" => 1.2,
        "TISF" or "AESF" or "ACCUEIL_JOUR" => 0.8,
        "ACCUEIL_MERE_ENFANT" => 0.7,
        "MJIE" => 0.5,
        "MJAGBF" => 1.5,
        "PJM" => 0.8,
        _ => 0.1,
    };

    /// <summary>Length in months of one measure of the chain (the judge or the PCD decides for 6, 12 or 24 months).</summary>
    private int DureeMois(TypeMesure t, bool premiere) => t.Code switch
    {
        "AIDE_FIN" => Entre(1, 3),
        "AED" or "AP_MINEUR" or "AP_JM" => P(0.3) ? 6 : 12,
        "TISF" or "AESF" or "ACCUEIL_JOUR" or "ACCUEIL_MERE_ENFANT" => 6,
        "AEMO" => P(0.5) ? 12 : 24,
        "AEMO_R" or "PEAD" or "PJM" => P(0.5) ? 6 : 12,
        "MJIE" => 6,
        "PLACEMENT_ASE" => premiere && P(0.2) ? 6 : P(0.4) ? 12 : 24,
        "TDC" => P(0.4) ? 12 : 24,
        "PLACEMENT_DIRECT_ETAB" => 12,
        "MJAGBF" => 24,
        _ => t.DureeMaximaleAnnees * 12,
    };

    /// <summary>Days between the decision and the execution of the first measure (waiting lists for AED / AEMO).</summary>
    private int AttenteJours(TypeMesure t) => t.Code switch
    {
        "AED" or "AEMO" or "AEMO_R" or "TISF" or "AESF" => P(0.3) ? Entre(0, 10) : Math.Min(240, 10 + ExpJours(60)),
        "MJIE" or "MJAGBF" or "ACCUEIL_JOUR" => Entre(5, 45),
        "AP_JM" or "PJM" or "AP_MINEUR" or "AIDE_FIN" or "ACCUEIL_MERE_ENFANT" => Entre(0, 20),
        "PLACEMENT_DIRECT_ETAB" or "TDC" => P(0.5) ? 0 : Entre(1, 30),
        _ => P(0.7) ? 0 : Entre(1, 10),
    };

    private string MotifFin(TypeMesure t)
    {
        if (t.Code == "PUPILLE") return P(0.6) ? "ADOPTION" : "AUTRE";
        if (t.SansTerme) return Choisir(("MAINLEVEE", 70.0), ("DEMENAGEMENT", 15.0), ("AUTRE", 15.0));
        return Choisir(("ECHEANCE", 45.0), ("MAINLEVEE", 32.0), ("DEMENAGEMENT", 9.0), ("AUTRE", 14.0));
    }

    /// <summary>True when a record of a class counted by DREES would be active on 31/12/2020.</summary>
    private static bool CouvreDrees(TypeMesure t, DateOnly? debut, DateOnly? fin) =>
        t.Drees != ClasseDrees.Aucune && Calendrier.ActifLe(debut, fin, D);

    /// <summary>
    /// Builds an episode: a chain of measures of one type from <paramref name="debut"/>, renewed
    /// (<c>renouvelle</c>) at each term, ending near <paramref name="finVoulue"/> (null = still running on
    /// the last day of the history). Lengths, majority and the 18–21 window of jeunes majeurs are respected.
    /// Returns null when the type does not fit the child's age, or — for an episode outside the DREES
    /// snapshot — when it would be active on 31/12/2020.
    /// </summary>
    private Ep? Episode(Enf e, string code, DateOnly debut, DateOnly? finVoulue, bool photo, string? motifForce = null)
    {
        var t = Catalogue.Get(code);
        var majorite = e.Majorite;
        var vingtEtUn = Ages.DateDesAns(e.Naissance, 21);
        if (debut < e.Naissance || debut > Fin) return null;
        if (t.MineurSeulement && debut >= majorite.AddDays(photo ? 0 : -15)) return null;
        if (t.JeuneMajeur && (debut < majorite || debut >= vingtEtUn.AddDays(photo ? 0 : -30))) return null;

        DateOnly? plafond = t.JeuneMajeur ? vingtEtUn.AddDays(-1) : t.MineurSeulement ? majorite.AddDays(-1) : null;
        // The two short emergency measures always end (72 hours, 5 days); an explicit end wins.
        var cible = finVoulue ?? code switch
        {
            "ACCUEIL_72H" => debut.AddDays(Entre(0, 3)),
            "RECUEIL_URGENCE" => debut.AddDays(Entre(1, 5)),
            _ => (DateOnly?)null,
        };
        var plafonne = false;
        if (plafond is { } pl && (cible is null || cible > pl)) { cible = pl; plafonne = true; }
        if (cible is { } c0 && c0 < debut) cible = debut;
        if (cible is { } c1 && c1 > Fin) { cible = null; plafonne = false; }
        string? motif = cible is null ? null
            : plafonne ? (t.JeuneMajeur ? "ECHEANCE" : "MAJORITE")
            : motifForce ?? (code is "ACCUEIL_72H" or "RECUEIL_URGENCE" or "AIDE_FIN" ? "ECHEANCE" : MotifFin(t));

        var ep = new Ep { Enfant = e, Type = t, Debut = debut };
        var cur = debut;
        Mes? prec = null;
        while (true)
        {
            DateOnly? prevue = code switch
            {
                _ when t.SansTerme => null,
                "ACCUEIL_72H" => cur.AddDays(3),
                "RECUEIL_URGENCE" => cur.AddDays(5),
                _ => Calendrier.AjouterMois(cur, DureeMois(t, prec is null)).AddDays(-1),
            };
            if (prevue is { } pv && plafond is { } pf && pv > pf) prevue = pf;
            var decision = prec is null
                ? Max(e.Naissance, cur.AddDays(-AttenteJours(t)))
                : Max(prec.Debut!.Value, cur.AddDays(-Entre(0, 30)));
            var m = new Mes { Type = t, Decision = decision, Debut = cur, FinPrevue = prevue, Renouvelle = prec };
            ep.Mesures.Add(m);
            if (cible is { } f && (prevue is null || f <= prevue))
            {
                if (motif == "ECHEANCE" && motifForce is null && prevue is { } p && !plafonne)
                {
                    if (p > Fin) { m.Fin = null; ep.Fin = null; }
                    else { m.Fin = p; m.Motif = "ECHEANCE"; ep.Fin = p; }
                }
                else { m.Fin = f; m.Motif = motif; ep.Fin = f; }
                break;
            }
            if (cible is null && (prevue is null || prevue >= Fin)) { ep.Fin = null; break; }
            m.Fin = prevue;
            m.Motif = "ECHEANCE";
            prec = m;
            cur = prevue!.Value.AddDays(1);
        }
        if (!photo && CouvreDrees(t, ep.Debut, ep.Fin)) return null;
        if (ep.Fin is { } fe && fe < Debut) return null;
        return ep;
    }

    /// <summary>A measure decided but not executed on the last day of the history (mesure en attente d'exécution).</summary>
    private Ep EpisodeEnAttente(Enf e, string code, DateOnly decision)
    {
        var t = Catalogue.Get(code);
        var ep = new Ep { Enfant = e, Type = t };
        ep.Mesures.Add(new Mes { Type = t, Decision = decision });
        return ep;
    }

    private void Ajouter(Ep ep)
    {
        ep.Enfant.Episodes.Add(ep);
        CreerSegments(ep);
    }

    /// <summary>What often follows an episode (mainlevée then AEMO, AED then AEMO, placement then contrat jeune majeur…).</summary>
    private void Suites(Ep ep, int profondeur = 0)
    {
        if (profondeur >= 4 || ep.Fin is not { } fin) return;
        var e = ep.Enfant;
        var code = ep.Type.Code;
        var alaMajorite = ep.Mesures[^1].Motif == "MAJORITE";
        string? suivant = null;
        var debut = fin.AddDays(1);
        if (alaMajorite && ep.Type.EstAccueil)
            suivant = Choisir<string?>(("AP_JM", e.Mna ? 75.0 : 50.0), ("PJM", 5.0), (null, e.Mna ? 20.0 : 45.0));
        else if (alaMajorite) suivant = null;
        else suivant = code switch
        {
            "AED" => P(0.25) ? "AEMO" : null,
            "AEMO" or "AEMO_R" => P(0.12) ? "PLACEMENT_ASE" : null,
            "MJIE" => Choisir<string?>(("AEMO", 40.0), ("PLACEMENT_ASE", 10.0), (null, 50.0)),
            "RECUEIL_URGENCE" => P(0.8) ? "PLACEMENT_ASE" : null,
            "PEAD" => P(0.25) ? "PLACEMENT_ASE" : null,
            "AP_MINEUR" => P(0.2) ? "PLACEMENT_ASE" : null,
            "PLACEMENT_ASE" => P(0.1) ? "AEMO" : null,
            _ => null,
        };
        if (suivant is null) return;
        if (code == "AED" && suivant == "AEMO") debut = debut.AddDays(Entre(15, 150));
        var suite = Episode(e, suivant, debut, debut.AddDays(Math.Max(20, ExpJours(DureeMoyenneJours(suivant)))), photo: false);
        if (suite is null) return;
        Ajouter(suite);
        Suites(suite, profondeur + 1);
    }
}
