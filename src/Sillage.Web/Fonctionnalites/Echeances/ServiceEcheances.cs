using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Echeances;

/// <param name="ReferentId">One référent's list (a manager looking at a team member's échéances); MesEnfants is the user's own.</param>
public sealed record FiltreEcheances(DateOnly Au, int? TerritoireId = null, bool MesEnfants = false, string? Type = null, string? Etat = null, string? ReferentId = null);

public sealed record LigneEcheance(int EnfantId, string IdEchange, string NumeroDossier, string Enfant, string Type, string Libelle,
    DateOnly Echeance, int Jours, string Etat, string Territoire, string? Referent);

/// <summary>The échéancier of the pages and the API: the open échéances of the children the user may see.</summary>
public sealed class ServiceEcheances(ChargeurSituations chargeur, PorteeAcces portee, SillageDbContext db, Administration.ServiceReglages reglages)
{
    public const string EnRetard = "en retard";
    public const string Sous15Jours = "J-15";
    public const string Sous30Jours = "J-30";
    public const string AVenir = "à venir";
    public static readonly string[] Etats = [EnRetard, Sous15Jours, Sous30Jours, AVenir];

    public static string EtatDe(DateOnly echeance, DateOnly au) => (echeance.DayNumber - au.DayNumber) switch
    {
        < 0 => EnRetard,
        <= 15 => Sous15Jours,
        <= 30 => Sous30Jours,
        _ => AVenir,
    };

    public async Task<List<LigneEcheance>> ListerAsync(FiltreEcheances f, CancellationToken ct = default)
    {
        var territoires = await portee.TerritoiresAsync(Permission.LireDossierEnfant, ct);
        if (f.TerritoireId is { } t) territoires = territoires is null || territoires.Contains(t) ? [t] : [];
        var situations = await chargeur.ChargerAsync(territoires, f.Au, ct);
        if (f.MesEnfants) situations = situations.Where(s => s.Enfant.ReferentId == portee.UtilisateurId).ToList();
        else if (f.ReferentId is { } r) situations = situations.Where(s => s.Enfant.ReferentId == r).ToList();
        var parId = situations.ToDictionary(s => s.Enfant.IdEchange, s => s.Enfant);
        var libellesTerritoires = await db.Territoires.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Libelle, ct);
        var referents = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.NomAffiche, ct);
        var parametres = await reglages.LireAsync(ct);
        return Echeancier.Lister(situations.Select(s => s.Situation), f.Au, parametres, complementaires: true)
            .Where(e => f.Type is null || e.Type == f.Type)
            .Select(e =>
            {
                var enfant = parId[e.EnfantId];
                return new LigneEcheance(enfant.Id, enfant.IdEchange, enfant.NumeroDossier, $"{enfant.Prenoms} {enfant.Nom}", e.Type,
                    Echeancier.Libelles[e.Type], e.Date, e.Date.DayNumber - f.Au.DayNumber, EtatDe(e.Date, f.Au),
                    libellesTerritoires.GetValueOrDefault(enfant.TerritoireId, ""), enfant.ReferentId is null ? null : referents.GetValueOrDefault(enfant.ReferentId));
            })
            .Where(l => f.Etat is null || l.Etat == f.Etat)
            .ToList();
    }
}
