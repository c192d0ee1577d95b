using Sillage.Domaine.Temps;

namespace Sillage.Domaine.Droits;

/// <summary>The rights a person exercises over their file (RGPD art. 15 to 21).</summary>
public enum TypeDroit { Acces, Rectification, Effacement, Limitation, Opposition }

/// <summary>
/// The deadline of a rights request (RGPD art. 12.3): one month from receipt, extendable by two further months
/// given the complexity or number of requests, provided the person is told why within the first month.
/// A former child in care after majority exercises the right of access to the whole file (CASF L223-7 / CRPA).
/// </summary>
public static class DelaiDroits
{
    public const int MoisReponse = 1;
    public const int MoisProlongationMax = 2;

    public static DateOnly Echeance(DateOnly recueLe, bool prolongee = false) =>
        Calendrier.AjouterMois(recueLe, MoisReponse + (prolongee ? MoisProlongationMax : 0));

    /// <summary>A prolongation is valid only with a reason, notified before the first month ends.</summary>
    public static IReadOnlyList<ErreurValidation> VerifierProlongation(DateOnly recueLe, DateOnly? notifieeLe, string? motif)
    {
        var e = new List<ErreurValidation>();
        if (string.IsNullOrWhiteSpace(motif)) e.Add(new("Motif", "Motif de la prolongation : obligatoire (complexité ou nombre des demandes, RGPD art. 12.3)."));
        if (notifieeLe is not { } n) e.Add(new("NotifieeLe", "Date d'information de la personne : obligatoire."));
        else if (n > Echeance(recueLe)) e.Add(new("NotifieeLe", $"La prolongation doit être notifiée dans le mois suivant la réception (au plus tard le {Echeance(recueLe):dd/MM/yyyy})."));
        return e;
    }

    public static bool EnRetard(DateOnly recueLe, bool prolongee, DateOnly? repondueLe, DateOnly au) =>
        (repondueLe ?? au) > Echeance(recueLe, prolongee);
}
