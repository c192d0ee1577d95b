using Sillage.Domaine.Regles;

namespace Sillage.Web.Fonctionnalites.Parcours;

/// <summary>Where an échéance is met: the échéancier links each row to the page that closes it.</summary>
public static class LiensParcours
{
    public sealed record Lien(string Url, string Libelle);

    public static Lien? Action(string type, int enfantId) => type switch
    {
        Echeancier.Ppe => new($"/parcours/ppe?enfant={enfantId}", "Rédiger le PPE"),
        Echeancier.Rapport => new($"/parcours/rapport?enfant={enfantId}", "Enregistrer le rapport"),
        Echeancier.Entretien17 => new($"/parcours/enfant?enfant={enfantId}#titre-autonomie", "Enregistrer l'entretien"),
        Echeancier.Cessec => new("/parcours/cessec", "Voir la CESSEC"),
        _ => null,
    };
}
