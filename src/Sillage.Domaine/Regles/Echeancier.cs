using Sillage.Domaine.Mesures;
using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Regles;

/// <summary>What the échéancier needs to know of one child (an in-memory snapshot of the records).</summary>
public sealed record SituationEnfant(
    string EnfantId,
    DateOnly Naissance,
    IReadOnlyList<SituationEnfant.MesureDatee> Mesures,
    IReadOnlyList<SituationEnfant.EvaluationIp> Evaluations,
    IReadOnlyList<DateOnly> PpeSignes,
    IReadOnlyList<DateOnly> Rapports,
    IReadOnlyList<DateOnly> Entretiens,
    IReadOnlyList<DateOnly> ExamensCessec)
{
    /// <param name="Autorite">Who decided (PCD, JUGE_ENFANTS, PARQUET, JAF), when known: an OPP is a placement decided by the Parquet.</param>
    public sealed record MesureDatee(string Id, string Type, DateOnly DateDecision, DateOnly? Debut, DateOnly? FinPrevue, DateOnly? Fin, string? Autorite = null);

    /// <summary>The child's evaluation of one information (Qualification = IP, NON_IP, EN_COURS).</summary>
    public sealed record EvaluationIp(string InformationId, string Qualification, DateOnly Reception, DateOnly? FinEvaluation, DateOnly? Decision);
}

public sealed record Echeance(string EnfantId, string Type, DateOnly Date, string? ObjetId = null);

/// <summary>
/// The échéances open on a day (REGLES.md, « sillage echeances --au D »): every deadline not yet
/// met on D, whatever its due date. Pure: the same engine feeds the CLI, the pages and the indicators.
/// </summary>
public static class Echeancier
{
    public const string EvalIp = "EVAL_IP";
    public const string Ppe = "PPE";
    public const string Rapport = "RAPPORT";
    public const string FinMesure = "FIN_MESURE";
    public const string Entretien17 = "ENTRETIEN_17";
    public const string Cessec = "CESSEC";
    // Beyond the CLI contract: the short legal clocks and the reminder shown in the web échéancier.
    public const string RecueilUrgence = "RECUEIL_URGENCE";
    public const string Accueil72h = "ACCUEIL_72H";
    public const string OppParquet = "OPP_PARQUET";
    public const string RapportEcheance = "RAPPORT_ECHEANCE";

    /// <summary>The types of the « sillage echeances » contract (REGLES.md).</summary>
    public static readonly IReadOnlyList<string> TypesDuContrat = [EvalIp, Ppe, Rapport, FinMesure, Entretien17, Cessec];
    /// <summary>The short clocks and the rapport d'échéance reminder, listed by the pages and the API only.</summary>
    public static readonly IReadOnlyList<string> TypesComplementaires = [RecueilUrgence, Accueil72h, OppParquet, RapportEcheance];

    /// <summary>Days of the short legal clocks (fixed by the law, not settings).</summary>
    public const int RecueilUrgenceJours = 5, Accueil72hJours = 3, OppParquetJours = 8;

    public static readonly IReadOnlyDictionary<string, string> Libelles = new Dictionary<string, string>
    {
        [EvalIp] = "Évaluation de l'information préoccupante (CASF D226-2-4)",
        [Ppe] = "Projet pour l'enfant (CASF L223-1-1)",
        [Rapport] = "Rapport de situation (CASF L223-5)",
        [FinMesure] = "Fin de mesure (CASF L223-5, C. civ. 375)",
        [Entretien17] = "Entretien d'accès à l'autonomie (CASF L222-5-1)",
        [Cessec] = "Examen par la CESSEC (CASF L223-1)",
        [RecueilUrgence] = "Recueil provisoire d'urgence : saisine du juge après 5 jours sans accord (CASF L223-2)",
        [Accueil72h] = "Accueil d'urgence : 72 heures au plus (CASF L223-2)",
        [OppParquet] = "OPP du Parquet : saisine du juge des enfants sous 8 jours (C. civ. 375-5)",
        [RapportEcheance] = "Rapport d'échéance au juge avant la fin de la mesure judiciaire (C. civ. 375, CASF L223-5)",
    };

    /// <summary>Types whose measures make up the parcours (all but AIDE_FIN, MJIE, MJAGBF: those requiring a PPE).</summary>
    public static bool CompteDansParcours(string type) => Catalogue.Trouver(type)?.ExigePpe == true;

    public static bool CompteDansAccueil(string type) => Catalogue.Trouver(type)?.EstAccueil == true;

    /// <summary>The rapport due after <paramref name="base_"/> (the latest rapport, else the parcours start): 6 months for a young child on that day, else 12.</summary>
    public static DateOnly ProchainRapport(DateOnly naissance, DateOnly base_, ParametresEcheances? parametres = null)
    {
        var p = parametres ?? ParametresEcheances.ParDefaut;
        var jeune = Ages.AgeAu(naissance, base_) < p.SeuilJeuneEnfantAns;
        return Calendrier.AjouterMois(base_, jeune ? p.RapportJeuneEnfantMois : p.RapportMois);
    }

    /// <summary>The parcours active on <paramref name="jour"/> (maximal merged interval containing it), if any.</summary>
    public static Periode? Parcours(SituationEnfant e, DateOnly jour) => PeriodeContenant(e.Mesures, CompteDansParcours, jour);

    /// <summary>The période d'accueil active on <paramref name="jour"/>: measures of (A) or (B), merged.</summary>
    public static Periode? PeriodeAccueil(SituationEnfant e, DateOnly jour) => PeriodeContenant(e.Mesures, CompteDansAccueil, jour);

    private static Periode? PeriodeContenant(IReadOnlyList<SituationEnfant.MesureDatee> mesures, Func<string, bool> compte, DateOnly jour)
    {
        // Merging only joins measures that overlap or touch, so a day of a merged period is a day of one of its measures:
        // without a counted measure active that day there is no period to merge (most children on most days).
        var active = false;
        foreach (var m in mesures)
            if (Calendrier.ActifLe(m.Debut, m.Fin, jour) && compte(m.Type))
            {
                active = true;
                break;
            }
        if (!active) return null;
        var periodes = new List<Periode>(mesures.Count);
        foreach (var m in mesures)
            if (m.Debut is { } debut && compte(m.Type)) periodes.Add(new Periode(debut, m.Fin));
        foreach (var p in Periode.Fusionner(periodes))
            if (p.Contient(jour)) return p;
        return null;
    }

    /// <summary>EVAL_IP due date of one child: receipt + the evaluation setting, the under-2 setting when the child is under 2 on the day of receipt.</summary>
    public static DateOnly EcheanceEvaluation(DateOnly naissance, DateOnly reception, ParametresEcheances p) =>
        Calendrier.AjouterMois(reception, Ages.AgeAu(naissance, reception) < 2 ? p.EvaluationMoinsDeDeuxAnsMois : p.EvaluationMois);

    public static IEnumerable<Echeance> Ouvertes(SituationEnfant e, DateOnly jour, ParametresEcheances? parametres = null)
    {
        var p = parametres ?? ParametresEcheances.ParDefaut;
        var age = Ages.AgeAu(e.Naissance, jour);
        var mineur = age < 18;

        foreach (var ev in e.Evaluations)
        {
            if (ev.Qualification != "IP" || ev.Reception > jour) continue;
            if (ev.FinEvaluation is { } f && f <= jour) continue;
            if (ev.Decision is { } d && d <= jour) continue;
            yield return new(e.EnfantId, EvalIp, EcheanceEvaluation(e.Naissance, ev.Reception, p), ev.InformationId);
        }

        var parcours = Parcours(e, jour);
        if (parcours is { } pc)
        {
            if (mineur && !e.PpeSignes.Any(s => s >= pc.Debut && s <= jour))
                yield return new(e.EnfantId, Ppe, Calendrier.AjouterMois(pc.Debut, p.PpeMois));

            var derniers = e.Rapports.Where(r => r >= pc.Debut && r <= jour).ToList();
            var base_ = derniers.Count > 0 ? derniers.Max() : pc.Debut;
            yield return new(e.EnfantId, Rapport, ProchainRapport(e.Naissance, base_, p));

            if (mineur && age >= 16)
            {
                var seize = Ages.DateDesAns(e.Naissance, 16);
                if (!e.Entretiens.Any(x => x >= seize && x <= jour))
                {
                    var dixSept = Ages.DateDesAns(e.Naissance, 17);
                    yield return new(e.EnfantId, Entretien17, dixSept > pc.Debut ? dixSept : pc.Debut);
                }
            }
        }

        foreach (var m in e.Mesures)
        {
            if (!Calendrier.ActifLe(m.Debut, m.Fin, jour)) continue;
            var type = Catalogue.Trouver(m.Type);
            if (type is null) continue;
            if (m.FinPrevue is { } fp) yield return new(e.EnfantId, FinMesure, fp, m.Id);
            else if (!type.SansTerme) yield return new(e.EnfantId, FinMesure, Calendrier.AjouterAnnees(m.Debut!.Value, type.DureeMaximaleAnnees), m.Id);
        }

        if (age < p.SeuilJeuneEnfantAns && e.Mesures.Any(m => Catalogue.Trouver(m.Type)?.EstConfieA == true && Calendrier.ActifLe(m.Debut, m.Fin, jour))
            && PeriodeAccueil(e, jour) is { } accueil)
        {
            var examens = e.ExamensCessec.Where(x => x >= accueil.Debut && x <= jour).ToList();
            var depart = examens.Count > 0 ? examens.Max() : accueil.Debut;
            yield return new(e.EnfantId, Cessec, Calendrier.AjouterMois(depart, p.CessecJeuneEnfantMois));
        }
    }

    /// <summary>
    /// The short clocks open on <paramref name="jour"/> and the rapport d'échéance reminder:
    /// <list type="bullet">
    /// <item>RECUEIL_URGENCE: a recueil provisoire started and not ended, with no judicial decision since its start;
    /// due 5 days after its start (the judge must be seised without the parents' agreement).</item>
    /// <item>ACCUEIL_72H: an accueil of a runaway minor started and not ended; due 3 days (72 h) after its start.</item>
    /// <item>OPP_PARQUET: a judicial measure decided by the Parquet, not ended, with no decision of the juge des
    /// enfants since; due 8 days after the OPP.</item>
    /// <item>RAPPORT_ECHEANCE: a judicial measure of the juge des enfants active on the day, with an end (planned, or
    /// the legal maximum); due <c>RappelRapportEcheanceMois</c> months before that end; met by a rapport dated within
    /// the same number of months before the due date, or after it.</item>
    /// </list>
    /// A clock is met on the day the measure ends or the awaited decision is taken.
    /// </summary>
    public static IEnumerable<Echeance> Complementaires(SituationEnfant e, DateOnly jour, ParametresEcheances? parametres = null)
    {
        var p = parametres ?? ParametresEcheances.ParDefaut;
        bool JugeSaisiDepuis(DateOnly depuis) =>
            e.Mesures.Any(x => x.DateDecision >= depuis && x.DateDecision <= jour && x.Autorite is "JUGE_ENFANTS" or "JAF"
                && Catalogue.Trouver(x.Type)?.Cadre == Cadre.Judiciaire);
        foreach (var m in e.Mesures)
        {
            if (m.Fin is { } fin && fin <= jour) continue;
            var type = Catalogue.Trouver(m.Type);
            if (type is null) continue;
            if (m.Type == RecueilUrgence && m.Debut is { } dr && dr <= jour && !JugeSaisiDepuis(dr))
                yield return new(e.EnfantId, RecueilUrgence, dr.AddDays(RecueilUrgenceJours), m.Id);
            else if (m.Type == Accueil72h && m.Debut is { } da && da <= jour)
                yield return new(e.EnfantId, Accueil72h, da.AddDays(Accueil72hJours), m.Id);
            else if (type.Cadre == Cadre.Judiciaire && m.Autorite == "PARQUET" && m.DateDecision <= jour)
            {
                if (!JugeSaisiDepuis(m.DateDecision))
                    yield return new(e.EnfantId, OppParquet, m.DateDecision.AddDays(OppParquetJours), m.Id);
            }
            else if (type.Cadre == Cadre.Judiciaire && Calendrier.ActifLe(m.Debut, m.Fin, jour))
            {
                DateOnly? terme = m.FinPrevue ?? (type.SansTerme ? null : Calendrier.AjouterAnnees(m.Debut!.Value, type.DureeMaximaleAnnees));
                if (terme is not { } t) continue;
                var due = Calendrier.AjouterMois(t, -p.RappelRapportEcheanceMois);
                var depuis = Calendrier.AjouterMois(due, -p.RappelRapportEcheanceMois);
                if (!e.Rapports.Any(r => r >= depuis && r <= jour))
                    yield return new(e.EnfantId, RapportEcheance, due, m.Id);
            }
        }
    }

    /// <summary>All open échéances sorted as the contract says: by date, then type, then child id (ordinal).
    /// With <paramref name="complementaires"/>, the short clocks and the reminder are listed too (pages, API).</summary>
    public static List<Echeance> Lister(IEnumerable<SituationEnfant> enfants, DateOnly jour, ParametresEcheances? parametres = null, bool complementaires = false) =>
        enfants.SelectMany(e => complementaires ? Ouvertes(e, jour, parametres).Concat(Complementaires(e, jour, parametres)) : Ouvertes(e, jour, parametres))
            .OrderBy(x => x.Date).ThenBy(x => x.Type, StringComparer.Ordinal).ThenBy(x => x.EnfantId, StringComparer.Ordinal)
            .ToList();
}
