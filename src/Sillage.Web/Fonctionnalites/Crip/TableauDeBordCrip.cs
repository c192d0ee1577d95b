using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Crip;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Crip;

public sealed record LigneEvaluation(int InformationId, string Numero, int EnfantId, string NumeroDossier, string Enfant, string Territoire,
    DateOnly Reception, DateOnly Echeance, EtatDelai Etat, int JoursRestants, string Evaluateurs);

public sealed record LigneInformation(int Id, string Numero, DateOnly Reception, string Origine, string Statut, int Enfants, string Territoires);

public sealed record TableauCrip(IReadOnlyList<LigneInformation> Informations, IReadOnlyList<LigneEvaluation> Evaluations,
    IReadOnlyList<ValeurIndicateur> Mois, IReadOnlyList<RetourOuvert> Retours);

public sealed record RetourOuvert(int InformationId, int RetourId, string Type, DateOnly Echeance, bool EnRetard);

/// <summary>
/// The CRIP dashboard: informations by status, open evaluations by deadline (overdue first), open feedback tasks,
/// and the month's figures computed by the observatoire's engine (<see cref="MoteurIndicateurs.Crip"/>) — same definitions.
/// </summary>
public sealed class TableauDeBordCrip(ServiceCrip service, SillageDbContext db)
{
    public async Task<TableauCrip> ChargerAsync(DateOnly jour, DateOnly mois, CancellationToken ct = default)
    {
        var p = await service.ParametresAsync(ct);
        var visibles = await service.InformationsAsync(ct: ct);
        var infos = await visibles.AsNoTracking().Include(i => i.Enfants).ToListAsync(ct);
        var ids = infos.SelectMany(i => i.Enfants.Select(e => e.EnfantId)).Distinct().ToList();
        var enfants = await db.Enfants.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.SourceId, e.NumeroDossier, Nom = e.ArchiveIntermediaireLe == null ? e.Nom : Enfants.EditionEnfant.ArchiveMasquee,
                Prenoms = e.ArchiveIntermediaireLe == null ? e.Prenoms : "", e.DateNaissance, Territoire = e.Territoire!.Libelle, Code = e.Territoire.Code }).ToDictionaryAsync(e => e.Id, ct);
        var idsInfos = infos.Select(i => i.Id).ToList();
        var evaluateurs = (await db.EvaluateursInformations.AsNoTracking().Where(x => idsInfos.Contains(x.InformationId))
                .Select(x => new { x.InformationId, Nom = x.Utilisateur!.NomAffiche == "" ? x.Utilisateur.UserName! : x.Utilisateur.NomAffiche }).ToListAsync(ct))
            .ToLookup(x => x.InformationId, x => x.Nom);

        var lignes = infos.Select(i => new LigneInformation(i.Id, i.SourceId ?? $"IP-{i.Id}", i.DateReception, Domaine.Echange.Codes.Origines.GetValueOrDefault(i.Origine, i.Origine),
                ServiceCrip.Statut(i), i.Enfants.Count, string.Join(", ", i.Enfants.Select(e => enfants.TryGetValue(e.EnfantId, out var x) ? x.Territoire : "").Distinct())))
            .OrderByDescending(l => l.Reception).ThenByDescending(l => l.Id).ToList();
        var evaluations = infos.Where(i => i.Qualification == "IP")
            .SelectMany(i => i.Enfants.Where(e => e.DateFinEvaluation is null && e.DateDecision is null && enfants.ContainsKey(e.EnfantId)).Select(e =>
            {
                var x = enfants[e.EnfantId];
                var echeance = ReglesCrip.EcheanceEvaluation(x.DateNaissance, i.DateReception, p);
                return new LigneEvaluation(i.Id, i.SourceId ?? $"IP-{i.Id}", e.EnfantId, x.NumeroDossier, $"{x.Prenoms} {x.Nom}", x.Territoire, i.DateReception, echeance,
                    ReglesCrip.Etat(echeance, jour), echeance.DayNumber - jour.DayNumber, string.Join(", ", evaluateurs[i.Id].Order()));
            }))
            .OrderBy(l => l.Echeance).ThenBy(l => l.NumeroDossier, StringComparer.Ordinal).ToList();

        // Month figures: the observatoire's engine over the informations of the user's scope.
        var instantane = new Instantane([], enfants.Values.Select(e => new Instantane.Enfant(e.Id.ToString(), e.Code, e.DateNaissance, false, null)).ToList(),
            infos.Select(i => new Instantane.Information(i.Id.ToString(), i.DateReception, i.Qualification,
                i.Enfants.Select(e => new Instantane.Evaluation(e.EnfantId.ToString(), e.DateFinEvaluation, e.Conclusion, e.DateDecision)).ToList())).ToList(),
            [], [], [], [], [], [], [], []);
        var debut = new DateOnly(mois.Year, mois.Month, 1);
        var chiffres = MoteurIndicateurs.Crip(instantane, debut, debut.AddMonths(1).AddDays(-1), Instantane.Departement);

        var retours = (await db.RetoursCrip.AsNoTracking().Where(r => idsInfos.Contains(r.InformationId) && r.DateFaite == null).ToListAsync(ct))
            .Select(r => new RetourOuvert(r.InformationId, r.Id, ReglesCrip.TypesRetour.GetValueOrDefault(r.Type, r.Type), r.Echeance, r.Echeance < jour))
            .OrderBy(r => r.Echeance).ToList();
        return new(lignes, evaluations, chiffres, retours);
    }
}
