using Sillage.Domaine.Echange;
using Sillage.Domaine.Mesures;

namespace Sillage.Domaine.Observatoire;

public enum Theme { Crip, Mesures, Enfants, Attente, Parcours, Lieux }

/// <summary>One indicator of INDICATEURS.md: its code (a contract), French label and exact definition.</summary>
public sealed record DefinitionIndicateur(string Code, Theme Theme, string Libelle, string Definition, bool EstCompte);

/// <summary>The indicator catalogue, in the order of INDICATEURS.md. The engine computes exactly these codes.</summary>
public static class Indicateurs
{
    public static readonly IReadOnlyList<string> Conclusions = ["CLASSEMENT", "ACCOMPAGNEMENT", "PRESTATION_ADMINISTRATIVE", "SAISINE_JUDICIAIRE"];
    public static readonly IReadOnlyList<string> TypesLieu = Codes.TypesLieu.Keys.ToList();

    public static readonly IReadOnlyList<DefinitionIndicateur> Tous = Construire().ToList();

    private static readonly Dictionary<string, DefinitionIndicateur> ParCode = Tous.ToDictionary(d => d.Code, StringComparer.Ordinal);

    public static DefinitionIndicateur? Trouver(string code) => ParCode.GetValueOrDefault(code);

    private static IEnumerable<DefinitionIndicateur> Construire()
    {
        DefinitionIndicateur C(string code, Theme t, string l, string d) => new(code, t, l, d, true);
        DefinitionIndicateur R(string code, Theme t, string l, string d) => new(code, t, l, d, false);

        yield return C("IP_RECUES", Theme.Crip, "Informations entrantes reçues", "Informations entrantes dont la date de réception est dans l'année (une par information, quel que soit le nombre d'enfants).");
        yield return C("IP_QUALIFIEES", Theme.Crip, "Informations qualifiées IP", "Parmi les informations reçues dans l'année, celles qualifiées information préoccupante.");
        yield return R("IP_TAUX_QUALIFICATION", Theme.Crip, "Taux de qualification (%)", "IP_QUALIFIEES / IP_RECUES × 100.");
        yield return C("IP_ENFANTS", Theme.Crip, "Enfants concernés par une IP", "Enfants distincts concernés par une information qualifiée IP reçue dans l'année.");
        yield return C("EVAL_TERMINEES", Theme.Crip, "Évaluations terminées", "Évaluations (information × enfant) dont la date de fin d'évaluation est dans l'année.");
        yield return R("EVAL_DELAI_MOYEN_J", Theme.Crip, "Délai moyen d'évaluation (jours)", "Moyenne de (fin d'évaluation − réception) en jours sur EVAL_TERMINEES.");
        yield return R("EVAL_DELAI_MEDIAN_J", Theme.Crip, "Délai médian d'évaluation (jours)", "Médiane de (fin d'évaluation − réception) en jours sur EVAL_TERMINEES.");
        yield return R("EVAL_PART_DANS_DELAI", Theme.Crip, "Évaluations dans le délai légal (%)", "Part de EVAL_TERMINEES finies au plus tard 3 mois après la réception (CASF D226-2-4).");
        yield return C("EVAL_EN_RETARD", Theme.Crip, "Évaluations en retard au 31/12", "Évaluations d'informations qualifiées IP non terminées au 31/12 (ni fin d'évaluation ni décision au plus tard le 31/12) dont l'échéance réception + 3 mois est antérieure au 31/12.");
        foreach (var c in Conclusions)
            yield return C($"SUITE_{c}", Theme.Crip, $"Suites : {Codes.Conclusions[c]}", $"Conclusions par enfant « {Codes.Conclusions[c]} » dont la date de décision est dans l'année.");
        foreach (var c in Conclusions)
            yield return R($"SUITE_PART_{c}", Theme.Crip, $"Part des suites : {Codes.Conclusions[c]} (%)", $"SUITE_{c} × 100 / somme des quatre suites.");

        yield return C("MES_ADM", Theme.Mesures, "Mesures administratives au 31/12", "Mesures actives au 31/12 de cadre administratif, hors aide financière.");
        yield return C("MES_JUD", Theme.Mesures, "Mesures judiciaires au 31/12", "Mesures actives au 31/12 de cadre judiciaire.");
        foreach (var t in Catalogue.Types)
            yield return C($"MES_{t.Code}", Theme.Mesures, $"Mesures {t.Libelle} au 31/12", $"Mesures de type {t.Code} actives au 31/12 ({t.Source}).");
        yield return R("PART_JUDICIAIRE", Theme.Mesures, "Part des mesures judiciaires (%)", "MES_JUD / (MES_ADM + MES_JUD) × 100.");
        yield return C("CONFIES_A", Theme.Mesures, "Mesures d'enfants confiés à l'ASE (A)", "Mesures actives au 31/12 comptées par la DREES parmi les enfants confiés à l'ASE (A).");
        yield return C("PLACEMENTS_DIRECTS_B", Theme.Mesures, "Placements directs (B)", "Mesures actives au 31/12 comptées parmi les placements directs par le juge (B).");
        yield return C("ACCUEILLIS", Theme.Mesures, "Mesures d'accueil (A + B)", "CONFIES_A + PLACEMENTS_DIRECTS_B.");
        yield return C("ACTIONS_EDUCATIVES", Theme.Mesures, "Actions éducatives (AED, AEMO)", "Mesures actives au 31/12 de type AED, AEMO ou AEMO_R.");
        yield return C("HEBERG_FAMILLES_ACCUEIL", Theme.Mesures, "Confiés hébergés en famille d'accueil", "Mesures de CONFIES_A dont l'enfant est, au 31/12, en séjour chez un assistant familial.");
        yield return C("HEBERG_ETABLISSEMENTS", Theme.Mesures, "Confiés hébergés en établissement", "Mesures de CONFIES_A dont l'enfant est, au 31/12, en MECS, FDE, pouponnière, LVA, village d'enfants, centre maternel ou foyer jeunes majeurs.");
        yield return C("HEBERG_AUTONOMES", Theme.Mesures, "Confiés en logement autonome", "Mesures de CONFIES_A dont l'enfant est, au 31/12, en logement autonome.");
        yield return C("HEBERG_AUTRES", Theme.Mesures, "Confiés : autres hébergements", "Mesures de CONFIES_A dont l'enfant est, au 31/12, à l'hôtel, dans un autre lieu, au domicile, chez un tiers, ou sans séjour.");

        yield return C("ENFANTS_SUIVIS", Theme.Enfants, "Enfants suivis au 31/12", "Enfants distincts ayant au moins une mesure active au 31/12, hors aide financière.");
        yield return R("ENFANTS_SUIVIS_POUR_1000", Theme.Enfants, "Enfants suivis pour 1 000 jeunes de 0 à 20 ans", "Enfants suivis âgés de 0 à 20 ans au 31/12 × 1 000 / population de 0 à 20 ans au 1er janvier suivant.");
        yield return R("MESURES_POUR_1000", Theme.Enfants, "Mesures pour 1 000 jeunes de 0 à 20 ans", "(MES_ADM + MES_JUD) des enfants de 0 à 20 ans au 31/12 × 1 000 / population de 0 à 20 ans au 1er janvier suivant (taux DREES).");
        yield return C("ENFANTS_ACCUEILLIS", Theme.Enfants, "Enfants accueillis au 31/12", "Enfants distincts ayant une mesure (A) ou (B) active au 31/12.");
        yield return R("ENFANTS_ACCUEILLIS_POUR_100_MINEURS", Theme.Enfants, "Mineurs accueillis pour 100 mineurs", "Mineurs parmi ENFANTS_ACCUEILLIS × 100 / population de 0 à 17 ans au 1er janvier suivant.");
        yield return C("MNA", Theme.Enfants, "Mineurs non accompagnés suivis", "Enfants distincts MNA ayant une mesure active au 31/12.");
        yield return C("JEUNES_MAJEURS", Theme.Enfants, "Jeunes majeurs suivis", "Enfants distincts âgés de 18 ans ou plus au 31/12 ayant une mesure active au 31/12.");
        yield return C("ENTREES_ACCUEIL", Theme.Enfants, "Entrées en accueil", "Enfants dont une période d'accueil commence dans l'année.");
        yield return C("SORTIES_ACCUEIL", Theme.Enfants, "Sorties d'accueil", "Enfants dont une période d'accueil se termine dans l'année.");
        yield return R("DUREE_MOYENNE_ACCUEIL_J", Theme.Enfants, "Durée moyenne des accueils terminés (jours)", "Durée moyenne en jours des périodes d'accueil se terminant dans l'année.");

        yield return C("ATTENTE", Theme.Attente, "Mesures en attente d'exécution au 31/12", "Mesures décidées au plus tard le 31/12, non commencées au 31/12 et non terminées.");
        foreach (var t in Catalogue.Types)
            yield return C($"ATTENTE_{t.Code}", Theme.Attente, $"En attente : {t.Libelle}", $"Mesures {t.Code} en attente d'exécution au 31/12.");
        yield return R("ATTENTE_DELAI_MOYEN_J", Theme.Attente, "Délai moyen d'exécution (jours)", "Moyenne de (début − décision) en jours des mesures commencées dans l'année.");

        yield return R("PPE_TAUX", Theme.Parcours, "Enfants ayant un PPE (%)", "Parmi les mineurs dont le parcours actif au 31/12 a commencé au moins 3 mois avant, part ayant un PPE signé depuis le début de ce parcours (CASF L223-1-1).");
        yield return C("RAPPORTS_EN_RETARD", Theme.Parcours, "Rapports de situation en retard", "Échéances RAPPORT ouvertes au 31/12 dont la date est antérieure au 31/12 (CASF L223-5).");
        yield return C("ENTRETIENS_17_EN_RETARD", Theme.Parcours, "Entretiens 17 ans en retard", "Échéances ENTRETIEN_17 ouvertes au 31/12 dont la date est antérieure au 31/12 (CASF L222-5-1).");

        foreach (var t in TypesLieu)
            yield return C($"PLACES_{t}", Theme.Lieux, $"Places : {Codes.TypesLieu[t]}", $"Capacité totale des lieux de type {t} ouverts au 31/12.");
        foreach (var t in TypesLieu)
            yield return R($"OCCUPATION_{t}", Theme.Lieux, $"Occupation au 31/12 : {Codes.TypesLieu[t]} (%)", $"Séjours actifs au 31/12 dans les lieux de type {t} × 100 / PLACES_{t} (peut dépasser 100).");
        foreach (var t in TypesLieu)
            yield return R($"OCCUPATION_MOYENNE_{t}", Theme.Lieux, $"Occupation moyenne de l'année : {Codes.TypesLieu[t]} (%)", $"Journées réalisées dans l'année × 100 / somme des capacités × jours d'ouverture dans l'année, lieux de type {t}.");
        yield return C("FRATRIES_SEPAREES", Theme.Lieux, "Fratries séparées au 31/12", "Fratries d'au moins deux enfants accueillis au 31/12 dont les séjours ne sont pas tous dans le même lieu (CC 375-7).");
    }
}
