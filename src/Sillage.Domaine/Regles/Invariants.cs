using Sillage.Domaine.Mesures;
using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Regles;

/// <summary>A broken legal rule: its code, the French message naming the rule, and its legal source.</summary>
public sealed record Infraction(string Regle, string Message, string Source);

/// <summary>
/// The invariants of REGLES.md: what the product refuses on entry (and flags when legacy
/// data is imported with --tolerant). Pure functions over dates; no database.
/// </summary>
public static class Invariants
{
    public const string DatesOrdre = "DATES_ORDRE";
    public const string DateFuture = "DATE_FUTURE";
    public const string NaissanceApresEvenement = "NAISSANCE_APRES_EVENEMENT";
    public const string DureeMesure = "DUREE_MESURE";
    public const string SejoursChevauchants = "SEJOURS_CHEVAUCHANTS";
    public const string SejourHorsMesure = "SEJOUR_HORS_MESURE";
    public const string AgeJeuneMajeur = "AGE_JEUNE_MAJEUR";
    public const string MineurSeulement = "MINEUR_SEULEMENT";
    public const string Hotel = "HOTEL";
    public const string FratrieSeparee = "FRATRIE_SEPAREE";
    public const string RapportTransmisAvantPartage = "RAPPORT_TRANSMIS_AVANT_PARTAGE";

    /// <summary>Placements in hotels and unauthorised structures are forbidden from this date (loi 2022-140).</summary>
    public static readonly DateOnly InterdictionHotel = new(2024, 2, 1);

    public static IEnumerable<Infraction> Periode(string objet, DateOnly? debut, DateOnly? fin)
    {
        if (debut is { } d && fin is { } f && f < d)
            yield return new(DatesOrdre, $"{objet} : la date de fin ({f:dd/MM/yyyy}) précède la date de début ({d:dd/MM/yyyy}).", "REGLES.md, invariants de dates");
    }

    /// <summary>A fact already accomplished (signed PPE, finished evaluation, ended measure…) cannot be dated in the future.</summary>
    public static IEnumerable<Infraction> FaitAccompli(string objet, DateOnly? date, DateOnly aujourdhui)
    {
        if (date is { } d && d > aujourdhui)
            yield return new(DateFuture, $"{objet} : la date {d:dd/MM/yyyy} est dans le futur pour un fait déjà accompli.", "REGLES.md, invariants de dates");
    }

    public static IEnumerable<Infraction> Naissance(DateOnly naissance, string objet, DateOnly? dateEvenement)
    {
        if (dateEvenement is { } d && d < naissance)
            yield return new(NaissanceApresEvenement, $"{objet} : l'événement du {d:dd/MM/yyyy} précède la naissance de l'enfant ({naissance:dd/MM/yyyy}).", "REGLES.md, invariants de dates");
    }

    /// <summary>
    /// Length and age rules of a measure: administrative ≤ 1 year and judicial ≤ 2 years unless the
    /// CC 375 long-duration exception is recorded (statuts without a term excepted); AP_JM and PJM
    /// between 18 and 21 (extension to the end of the school year with a reason); minor-only
    /// measures end before the 18th birthday.
    /// </summary>
    public static IEnumerable<Infraction> Mesure(TypeMesure type, DateOnly? debut, DateOnly? finPrevue, DateOnly? fin,
        DateOnly naissance, bool exceptionLongueDuree, bool prolongationMotivee)
    {
        foreach (var i in Periode($"Mesure {type.Code}", debut, fin ?? finPrevue)) yield return i;
        if (debut is not { } d) yield break;
        var terme = fin ?? finPrevue;
        if (!type.SansTerme && !exceptionLongueDuree && terme is { } t && t > Calendrier.AjouterAnnees(d, type.DureeMaximaleAnnees))
            yield return new(DureeMesure,
                $"Mesure {type.Code} : {(type.Cadre == Cadre.Administratif ? "une mesure administrative dure au plus 1 an" : "une mesure judiciaire dure au plus 2 ans")} (du {d:dd/MM/yyyy} au {t:dd/MM/yyyy}), sauf décision de longue durée (art. 375 C. civ.).",
                type.Cadre == Cadre.Administratif ? "CASF L223-5" : "C. civ. 375");
        var majorite = Ages.DateDesAns(naissance, 18);
        if (type.JeuneMajeur)
        {
            var vingtEtUn = Ages.DateDesAns(naissance, 21);
            if (d < majorite)
                yield return new(AgeJeuneMajeur, $"Mesure {type.Code} : réservée aux jeunes majeurs de 18 à 21 ans ; l'enfant n'a pas 18 ans le {d:dd/MM/yyyy}.", "CASF L222-5 ; décret 75-96");
            else if (d >= vingtEtUn)
                yield return new(AgeJeuneMajeur, $"Mesure {type.Code} : réservée aux jeunes majeurs de moins de 21 ans ; le jeune a 21 ans le {vingtEtUn:dd/MM/yyyy}, avant le début de la mesure ({d:dd/MM/yyyy}).", "CASF L222-5 ; décret 75-96");
            else if (terme is { } t2 && t2 >= vingtEtUn && !prolongationMotivee)
                yield return new(AgeJeuneMajeur, $"Mesure {type.Code} : elle se poursuit après 21 ans (le {vingtEtUn:dd/MM/yyyy}) sans motif de prolongation jusqu'à la fin de l'année scolaire.", "CASF L222-5");
        }
        else if (type.MineurSeulement)
        {
            if (d >= majorite || terme is { } t3 && t3 >= majorite)
                yield return new(MineurSeulement, $"Mesure {type.Code} : mesure réservée aux mineurs, or l'enfant est majeur le {majorite:dd/MM/yyyy}.", "CASF L222-5 ; C. civ. 375");
        }
    }

    /// <summary>Séjours of one child never overlap.</summary>
    public static IEnumerable<Infraction> Chevauchements(IEnumerable<(string Id, Periode Periode)> sejours)
    {
        var tries = sejours.OrderBy(s => s.Periode.Debut).ToList();
        for (var i = 1; i < tries.Count; i++)
        {
            for (var j = i - 1; j >= 0; j--)
            {
                if (!tries[j].Periode.Chevauche(tries[i].Periode)) continue;
                yield return new(SejoursChevauchants, $"Séjour {tries[i].Id} : il chevauche le séjour {tries[j].Id} du même enfant.", "REGLES.md, invariants");
                break;
            }
        }
    }

    /// <summary>A séjour lies within the dates of its measure.</summary>
    public static IEnumerable<Infraction> SejourDansMesure(string idSejour, Periode sejour, DateOnly? debutMesure, DateOnly? finMesure)
    {
        var mesure = debutMesure is { } d ? new Periode(d, finMesure) : (Periode?)null;
        if (mesure is null || !mesure.Value.Inclut(sejour))
            yield return new(SejourHorsMesure, $"Séjour {idSejour} : ses dates sortent de celles de sa mesure.", "REGLES.md, invariants");
    }

    /// <summary>No hotel placement since 2024-02-01 except the urgency derogation: 16 or older, at most 2 months, with a reason.</summary>
    public static IEnumerable<Infraction> SejourHotel(string idSejour, Periode sejour, DateOnly naissance, string? motif)
    {
        if (sejour.Debut < InterdictionHotel) yield break;
        var age = Ages.AgeAu(naissance, sejour.Debut);
        var duree = sejour.Fin is { } f && f <= Calendrier.AjouterMois(sejour.Debut, 2);
        if (age < 16 || !duree || string.IsNullOrWhiteSpace(motif))
            yield return new(Hotel, $"Séjour {idSejour} : placement à l'hôtel interdit depuis le 01/02/2024, sauf urgence pour un jeune d'au moins 16 ans, 2 mois au plus et avec un motif.", "CASF L221-2-3");
    }

    /// <summary>A rapport is shared with the parents and the child before it is sent to the judge.</summary>
    public static IEnumerable<Infraction> Rapport(string idRapport, DateOnly? partage, DateOnly? transmissionJuge)
    {
        if (transmissionJuge is { } t && (partage is null || partage > t))
            yield return new(RapportTransmisAvantPartage, $"Rapport{(idRapport.Length > 0 ? " " + idRapport : "")} : transmis au juge le {t:dd/MM/yyyy} avant d'avoir été partagé avec les parents et l'enfant.", "CASF D223-20");
    }
}
