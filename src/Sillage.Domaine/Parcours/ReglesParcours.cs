using Sillage.Domaine.Mesures;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Parcours;

/// <summary>Rapport de situation (CASF L223-5, D223-18 to D223-20): conclusions and the share-before-send rule.</summary>
public static class ReglesRapport
{
    public static readonly IReadOnlyDictionary<string, string> Conclusions = new Dictionary<string, string>
    {
        ["MAINTIEN"] = "Maintenir la mesure",
        ["MODIFICATION"] = "Modifier la mesure",
        ["FIN"] = "Mettre fin à la mesure",
    };

    public static readonly IReadOnlyDictionary<string, string> Avancements = new Dictionary<string, string>
    {
        ["ATTEINT"] = "Atteint",
        ["EN_COURS"] = "En cours",
        ["NON_ATTEINT"] = "Non atteint",
        ["ABANDONNE"] = "Abandonné",
    };

    /// <summary>Dates of a rapport: accomplished facts, and shared with the parents and the child before it goes to the judge (D223-20).</summary>
    public static List<ErreurValidation> Dates(DateOnly? date, DateOnly? partage, DateOnly? transmission, DateOnly aujourdhui)
    {
        var erreurs = new List<ErreurValidation>();
        if (date is null) erreurs.Add(new("Date", "Date du rapport : valeur obligatoire (JJ/MM/AAAA)."));
        foreach (var (champ, libelle, valeur) in new[] { ("Date", "Date du rapport", date), ("DatePartage", "Date de partage", partage), ("DateTransmission", "Date de transmission", transmission) })
            erreurs.AddRange(Invariants.FaitAccompli(libelle, valeur, aujourdhui).Select(i => new ErreurValidation(champ, i.Message)));
        if (partage is { } p && date is { } d && p < d)
            erreurs.Add(new("DatePartage", "Date de partage : elle précède la date du rapport."));
        erreurs.AddRange(Invariants.Rapport("", partage, transmission)
            .Select(i => new ErreurValidation("DateTransmission", $"{i.Message} Règle : le rapport est partagé avec les parents et l'enfant avant d'être transmis au juge ({i.Source}).")));
        return erreurs;
    }
}

/// <summary>
/// Accès à l'autonomie (CASF L222-5, L222-5-1; loi 2022-140): who has a right to the accompagnement
/// jeune majeur, and the « sortie sèche » alert.
/// </summary>
public static class AccesAutonomie
{
    public const string Mineur = "A_PREPARER";
    public const string Accompagne = "ACCOMPAGNE";
    public const string Solution = "SOLUTION";
    public const string SortieSeche = "SORTIE_SECHE";

    public static readonly IReadOnlyDictionary<string, string> Etats = new Dictionary<string, string>
    {
        [Mineur] = "À préparer (17 ans, aucune solution enregistrée)",
        [Accompagne] = "Accompagnement jeune majeur en cours",
        [Solution] = "Solution enregistrée",
        [SortieSeche] = "Sortie sèche : majeur sans solution enregistrée",
    };

    public static readonly IReadOnlyDictionary<string, string> TypesSolution = new Dictionary<string, string>
    {
        ["APJM"] = "Accompagnement jeune majeur accepté",
        ["LOGEMENT"] = "Logement autonome ou foyer de jeunes travailleurs",
        ["FAMILLE"] = "Retour en famille ou chez un tiers",
        ["DISPOSITIF"] = "Autre dispositif (contrat d'engagement jeune, structure adaptée…)",
        ["REFUS"] = "Le jeune refuse tout accompagnement",
    };

    /// <summary>One young person of the eligibility list.</summary>
    public sealed record Ligne(string EnfantId, int Age, DateOnly Majorite, DateOnly FinDroit, string Etat);

    /// <summary>Confié à l'ASE (measures of (A), jeune majeur excluded) on a day before the 18th birthday: the right of loi 2022-140.</summary>
    public static bool ConfieAvantMajorite(DateOnly naissance, IEnumerable<SituationEnfant.MesureDatee> mesures)
    {
        var majorite = Ages.DateDesAns(naissance, 18);
        return mesures.Any(m => Catalogue.Trouver(m.Type) is { EstConfieA: true, JeuneMajeur: false } && m.Debut is { } d && d < majorite);
    }

    /// <summary>
    /// The young person's line on <paramref name="jour"/>, or null when outside the list: aged 17 to 20,
    /// confié before 18. A jeune majeur measure active that day = accompagné; else a solution recorded
    /// since the 17th birthday; else « à préparer » for a minor and « sortie sèche » from 18.
    /// </summary>
    public static Ligne? Evaluer(string enfantId, DateOnly naissance, IReadOnlyList<SituationEnfant.MesureDatee> mesures, IEnumerable<DateOnly> solutions, DateOnly jour)
    {
        var age = Ages.AgeAu(naissance, jour);
        if (age < 17 || age >= 21 || !ConfieAvantMajorite(naissance, mesures)) return null;
        var dixSept = Ages.DateDesAns(naissance, 17);
        string etat;
        if (mesures.Any(m => Catalogue.Trouver(m.Type)?.JeuneMajeur == true && Calendrier.ActifLe(m.Debut, m.Fin, jour))) etat = Accompagne;
        else if (solutions.Any(s => s >= dixSept && s <= jour)) etat = Solution;
        else etat = age < 18 ? Mineur : SortieSeche;
        return new(enfantId, age, Ages.DateDesAns(naissance, 18), Ages.DateDesAns(naissance, 21).AddDays(-1), etat);
    }
}

/// <summary>Relations parents-enfant and the délaissement alert (C. civ. 381-1, 381-2).</summary>
public static class Delaissement
{
    public static readonly IReadOnlyDictionary<string, string> TypesContact = new Dictionary<string, string>
    {
        ["VISITE"] = "Visite",
        ["VISITE_MEDIATISEE"] = "Visite médiatisée (en présence d'un tiers)",
        ["HEBERGEMENT"] = "Droit d'hébergement (week-end, vacances)",
        ["APPEL"] = "Appel téléphonique ou visio",
        ["COURRIER"] = "Courrier",
    };

    /// <summary>Types that count as « relations nécessaires à son éducation ou à son développement » (a letter alone does not).</summary>
    public static bool Compte(string type) => type != "COURRIER";

    /// <summary>
    /// The day the délaissement alert is due for a child accueilli since <paramref name="debutAccueil"/>:
    /// one year after the latest relation that took place (or after the start of the accueil), 29 February → 28 February.
    /// </summary>
    public static DateOnly Echeance(DateOnly debutAccueil, IEnumerable<DateOnly> relationsRealisees, DateOnly jour)
    {
        var passees = relationsRealisees.Where(r => r <= jour && r >= debutAccueil).ToList();
        var base_ = passees.Count > 0 ? passees.Max() : debutAccueil;
        return Calendrier.AjouterAnnees(base_, 1);
    }

    /// <summary>The alert is raised on the due day and after (one full year without the necessary relations).</summary>
    public static bool Alerte(DateOnly debutAccueil, IEnumerable<DateOnly> relationsRealisees, DateOnly jour) =>
        Echeance(debutAccueil, relationsRealisees, jour) <= jour;
}

/// <summary>
/// Who the CESSEC should examine (CASF L223-1, D223-26): children confiés for more than a year whom a
/// référent flagged (risk of délaissement, unsuited statut), and young children every 6 months (the échéancier).
/// </summary>
public static class ListeCessec
{
    public const string MotifJeuneEnfant = "JEUNE_ENFANT";
    public const string MotifSignalement = "SIGNALEMENT";

    public static readonly IReadOnlyDictionary<string, string> Motifs = new Dictionary<string, string>
    {
        [MotifJeuneEnfant] = "Jeune enfant confié : examen tous les 6 mois",
        [MotifSignalement] = "Confié depuis plus d'un an, risque signalé par le référent",
    };

    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>
    {
        ["PRESIDENT"] = "Président (représentant du président du conseil départemental)",
        ["CADRE_ASE"] = "Cadre de l'aide sociale à l'enfance",
        ["PSYCHOLOGUE"] = "Psychologue",
        ["MEDECIN"] = "Médecin",
        ["JURISTE"] = "Juriste",
        ["EDUCATION"] = "Représentant de l'Éducation nationale",
        ["EXTERIEUR"] = "Personne qualifiée extérieure au service",
    };

    public static readonly IReadOnlyDictionary<string, string> Avis = new Dictionary<string, string>
    {
        ["MAINTIEN"] = "Maintien du projet et du statut",
        ["PROJET"] = "Adapter le projet pour l'enfant",
        ["STATUT"] = "Engager un changement de statut (délégation, délaissement, tutelle)",
        ["RELATIONS"] = "Travailler les relations avec les parents",
    };

    public sealed record AExaminer(string EnfantId, string Motif, DateOnly Echeance, string? Raison);

    /// <summary>The child's reasons to be examined on <paramref name="jour"/>. A flag is answered by an examen dated on or after it.</summary>
    public static IEnumerable<AExaminer> Evaluer(SituationEnfant e, IEnumerable<(DateOnly Date, string Raison)> signalements, DateOnly jour, ParametresEcheances? parametres = null)
    {
        foreach (var x in Echeancier.Ouvertes(e, jour, parametres).Where(x => x.Type == Echeancier.Cessec))
            yield return new(e.EnfantId, MotifJeuneEnfant, x.Date, null);
        if (!e.Mesures.Any(m => Catalogue.Trouver(m.Type)?.EstConfieA == true && Calendrier.ActifLe(m.Debut, m.Fin, jour))) yield break;
        if (Echeancier.PeriodeAccueil(e, jour) is not { } accueil || Calendrier.AjouterAnnees(accueil.Debut, 1) > jour) yield break;
        var ouvert = signalements.Where(s => s.Date <= jour && !e.ExamensCessec.Any(x => x >= s.Date && x <= jour)).OrderBy(s => s.Date).FirstOrDefault();
        if (ouvert.Raison is not null) yield return new(e.EnfantId, MotifSignalement, ouvert.Date, ouvert.Raison);
    }
}
