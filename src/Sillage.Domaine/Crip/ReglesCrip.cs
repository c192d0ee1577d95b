using Sillage.Domaine.Regles;
using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Crip;

/// <summary>Where an evaluation deadline stands on a day: the CRIP sees J-30, J-15 and overdue everywhere.</summary>
public enum EtatDelai { DansLeDelai, J30, J15, EnRetard, Termine }

/// <summary>
/// The CRIP's closed lists and rules (CASF L226-2-1, L226-3, L226-4, L226-5, D226-2-3 to D226-2-8):
/// pure, dated, tested with tricky calendars.
/// </summary>
public static class ReglesCrip
{
    /// <summary>RETOUR_INFORMATEUR — a non-professional reporter who asks is answered within 3 months (CASF L226-5).</summary>
    public const int RetourInformateurMois = 3;

    public static readonly IReadOnlyDictionary<string, string> Canaux = new Dictionary<string, string>
    {
        ["TELEPHONE"] = "Téléphone",
        ["COURRIEL"] = "Courriel",
        ["COURRIER"] = "Courrier",
        ["FICHE_LIAISON"] = "Fiche de liaison / formulaire IP",
        ["SNATED_119"] = "Transmission du 119",
        ["ACCUEIL_PHYSIQUE"] = "Accueil physique",
    };

    /// <summary>Facts as closed fields, after the HAS trame of the evaluation framework (2021).</summary>
    public static readonly IReadOnlyDictionary<string, string> Faits = new Dictionary<string, string>
    {
        ["VIOLENCES_PHYSIQUES"] = "Violences physiques",
        ["VIOLENCES_PSYCHOLOGIQUES"] = "Violences psychologiques",
        ["VIOLENCES_SEXUELLES"] = "Violences sexuelles",
        ["NEGLIGENCES"] = "Négligences (soins, alimentation, hygiène, sécurité)",
        ["VIOLENCES_CONJUGALES"] = "Exposition aux violences conjugales",
        ["CONDITIONS_EDUCATION"] = "Conditions d'éducation compromises",
        ["DEFAUT_SCOLARITE"] = "Absentéisme, déscolarisation",
        ["SANTE_ENFANT"] = "Santé de l'enfant compromise",
        ["CONDUITES_RISQUE"] = "Conduites à risque, fugues",
        ["DIFFICULTES_PARENTS"] = "Difficultés des parents (addiction, santé psychique)",
        ["CONDITIONS_VIE"] = "Conditions matérielles de vie",
        ["AUTRE"] = "Autre (préciser dans le récit)",
    };

    public const string AnalyseIp = "IP";
    public const string AnalyseNonIp = "NON_IP";
    public const string AnalyseDejaConnue = "DEJA_CONNUE";

    public static readonly IReadOnlyDictionary<string, string> Analyses = new Dictionary<string, string>
    {
        [AnalyseIp] = "Information préoccupante",
        [AnalyseNonIp] = "Pas une information préoccupante",
        [AnalyseDejaConnue] = "Déjà connue, sans élément nouveau",
    };

    /// <summary>The four suites, same codes as the interchange format's conclusions.</summary>
    public static readonly IReadOnlyDictionary<string, string> Suites = new Dictionary<string, string>
    {
        ["CLASSEMENT"] = "Classement sans suite",
        ["ACCOMPAGNEMENT"] = "Accompagnement hors ASE (droit commun)",
        ["PRESTATION_ADMINISTRATIVE"] = "Prestation administrative (ASE)",
        ["SAISINE_JUDICIAIRE"] = "Saisine de l'autorité judiciaire",
    };

    public const string DangerGrave = "DANGER_GRAVE";

    /// <summary>Grounds of a saisine of the procureur (CASF L226-4).</summary>
    public static readonly IReadOnlyDictionary<string, string> Fondements = new Dictionary<string, string>
    {
        ["L226-4-1"] = "L226-4 1° : actions de protection administrative sans effet",
        ["L226-4-2"] = "L226-4 2° : refus ou impossibilité de la famille d'accepter l'intervention",
        ["L226-4-3"] = "L226-4 3° : impossibilité d'évaluer la situation",
        [DangerGrave] = "Danger grave et immédiat (L226-4, D226-2-4)",
    };

    public const string RetourParents = "INFORMATION_PARENTS";
    public const string RetourProfessionnel = "RETOUR_PROFESSIONNEL";
    public const string RetourInformateur = "REPONSE_INFORMATEUR";

    public static readonly IReadOnlyDictionary<string, string> TypesRetour = new Dictionary<string, string>
    {
        [RetourParents] = "Information des parents (CASF L226-2-1)",
        [RetourProfessionnel] = "Retour à l'informateur professionnel (CASF L226-5)",
        [RetourInformateur] = "Réponse à l'informateur non professionnel (CASF L226-5, 3 mois)",
    };

    /// <summary>The evaluation deadline of one child: receipt + 3 months, the under-2 setting when the child is under 2 on the day of receipt (D226-2-4).</summary>
    public static DateOnly EcheanceEvaluation(DateOnly naissance, DateOnly reception, ParametresEcheances? p = null) =>
        Echeancier.EcheanceEvaluation(naissance, reception, p ?? ParametresEcheances.ParDefaut);

    /// <summary>Overdue the day after the deadline; J-15 within 15 days of it; J-30 within 30 days.</summary>
    public static EtatDelai Etat(DateOnly echeance, DateOnly jour, bool termine = false)
    {
        if (termine) return EtatDelai.Termine;
        var reste = echeance.DayNumber - jour.DayNumber;
        return reste < 0 ? EtatDelai.EnRetard : reste <= 15 ? EtatDelai.J15 : reste <= 30 ? EtatDelai.J30 : EtatDelai.DansLeDelai;
    }

    public static string Libelle(EtatDelai e) => e switch
    {
        EtatDelai.EnRetard => "En retard",
        EtatDelai.J15 => "J-15",
        EtatDelai.J30 => "J-30",
        EtatDelai.Termine => "Terminée",
        _ => "Dans le délai",
    };

    /// <summary>The reply to a non-professional reporter is due 3 months after the request (CASF L226-5).</summary>
    public static DateOnly EcheanceReponseInformateur(DateOnly demande) => Calendrier.AjouterMois(demande, RetourInformateurMois);

    /// <summary>Refusals of the recueil: the receipt is a fact already accomplished, the facts are mandatory.</summary>
    public static IEnumerable<ErreurValidation> Recueil(DateOnly? reception, TimeOnly? heure, DateTime maintenant, string? canal, string? origine,
        IReadOnlyCollection<string> faits, int enfants, bool? professionnel, DateOnly? demandeRetour)
    {
        var aujourdhui = DateOnly.FromDateTime(maintenant);
        if (reception is null) yield return new("DateReception", "Date de réception : valeur obligatoire (JJ/MM/AAAA) — le délai légal court à partir d'elle.");
        else if (reception > aujourdhui || (reception == aujourdhui && heure is { } h && h > TimeOnly.FromDateTime(maintenant).AddMinutes(5)))
            yield return new("DateReception", "Date de réception : une information ne peut pas avoir été reçue dans le futur.");
        if (heure is null) yield return new("HeureReception", "Heure de réception : valeur obligatoire (HH:MM).");
        if (canal is null || !Canaux.ContainsKey(canal)) yield return new("Canal", "Canal : choisissez un canal de la liste.");
        if (origine is null || !Echange.Codes.Origines.ContainsKey(origine)) yield return new("Origine", "Origine : choisissez une origine de la liste.");
        if (professionnel is null) yield return new("InformateurProfessionnel", "Informateur : indiquez s'il s'agit d'un professionnel ou non.");
        if (faits.Count == 0) yield return new("Faits", "Faits : cochez au moins un fait (trame HAS) ; le récit libre ne suffit pas.");
        foreach (var f in faits.Where(f => !Faits.ContainsKey(f))) yield return new("Faits", $"Faits : « {f} » n'est pas dans la liste.");
        if (enfants == 0) yield return new("Enfants", "Enfants concernés : au moins un enfant (tous les mineurs du foyer doivent être considérés).");
        if (demandeRetour is { } d && reception is { } r && d < r) yield return new("DateDemandeRetour", "Demande de retour : elle précède la réception de l'information.");
        if (demandeRetour > aujourdhui) yield return new("DateDemandeRetour", "Demande de retour : elle ne peut pas être dans le futur.");
    }

    /// <summary>A date of a step: not in the future, not before the receipt (nor before <paramref name="apres"/> when given).</summary>
    public static IEnumerable<ErreurValidation> DateEtape(string champ, string libelle, DateOnly? date, DateOnly reception, DateOnly aujourdhui, bool obligatoire = true,
        DateOnly? apres = null, string? libelleApres = null)
    {
        if (date is null)
        {
            if (obligatoire) yield return new(champ, $"{libelle} : valeur obligatoire (JJ/MM/AAAA).");
            yield break;
        }
        if (date > aujourdhui) yield return new(champ, $"{libelle} : elle ne peut pas être dans le futur.");
        if (date < reception) yield return new(champ, $"{libelle} : elle précède la réception de l'information ({reception:dd/MM/yyyy}).");
        else if (apres is { } a && date < a) yield return new(champ, $"{libelle} : elle précède {libelleApres} ({a:dd/MM/yyyy}).");
    }
}
