using Sillage.Domaine.Securite;

namespace Sillage.Web.Fonctionnalites.Shared;

/// <summary>The main menu: one entry per module that exists, shown to the roles whose mission needs it.</summary>
public sealed record Module(string Libelle, string Url, Permission Permission, string Description);

public static class Modules
{
    public static readonly IReadOnlyList<Module> Tous =
    [
        new("Enfants", "/enfants", Permission.LireDossierEnfant, "Rechercher un enfant, ouvrir son dossier."),
        new("CRIP", "/crip", Permission.ConsulterCrip, "Informations préoccupantes : recueil, qualification, évaluation, décision, retours ; délais et chiffres du mois."),
        new("Mesures", "/mesures", Permission.LireDossierEnfant, "Les mesures décidées en attente d'exécution, par type, service et territoire."),
        new("Lieux d'accueil", "/lieux", Permission.ConsulterLieux, "Places disponibles en temps réel, recherche pour un enfant ou une fratrie, réservations et admissions."),
        new("Échéances", "/echeances", Permission.LireDossierEnfant, "Évaluations, PPE, rapports, fins de mesure, entretiens 17 ans, CESSEC : ce qui est dû, en retard d'abord."),
        new("Parcours", "/parcours", Permission.ModifierDossierEnfant, "Projet pour l'enfant, rapports, CESSEC, accès à l'autonomie ; alertes de délaissement et de sortie sèche."),
        new("Observatoire", "/observatoire", Permission.ConsulterObservatoire, "Les indicateurs de l'ODPE calculés à partir des dossiers, définitions et séries."),
        new("Schéma départemental", "/schema", Permission.ConsulterSchema, "Le schéma enfance-famille voté : axes, fiches actions, suivi des actions et des indicateurs, calendrier, bilan."),
        new("OLINPE", "/olinpe", Permission.TransmettreOlinpe, "La transmission annuelle pseudonymisée : contrôle avant envoi, fichier, historique."),
        new("Journal d'audit", "/audit", Permission.LireJournalAudit, "Qui a consulté ou modifié quoi, et quand."),
        new("Conservation", "/conservation", Permission.GererConservation, "Dossiers à archiver, à éliminer ou à verser aux archives (durées de conservation RGPD)."),
        new("Droits des personnes", "/droits", Permission.GererDemandesDroits, "Registre des demandes d'accès, de rectification, d'effacement… et de leur délai d'un mois ; export du dossier complet."),
        new("Administration", "/administration", Permission.Administrer, "Comptes, rôles, territoires, identité du département."),
    ];

    public static IEnumerable<Module> Visibles(IEnumerable<string> roles) =>
        Tous.Where(m => MatriceAutorisations.Autorise(roles, m.Permission));
}
