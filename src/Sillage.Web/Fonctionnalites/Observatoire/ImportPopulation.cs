using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Observatoire;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>
/// Imports INSEE population by age and territory, all or nothing: the file is read and checked (territory codes included)
/// before anything is written; then the (année, territoire) pairs of the file replace what was recorded, in one transaction.
/// </summary>
public sealed class ImportPopulation(SillageDbContext db, JournalAudit audit)
{
    public sealed record Resultat(int Lignes, List<string> Erreurs)
    {
        public bool Reussi => Erreurs.Count == 0;
    }

    public async Task<Resultat> ImporterAsync(TextReader lecteur, CancellationToken ct = default)
    {
        var (lignes, erreurs) = LecturePopulation.Lire(lecteur);
        var territoires = await db.Territoires.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        foreach (var inconnu in lignes.Select(l => l.Territoire).Where(t => t != Instantane.Departement && !territoires.ContainsKey(t)).Distinct())
            erreurs.Add($"Colonne territoire : le territoire « {inconnu} » n'existe pas (codes : {string.Join(", ", territoires.Keys.Order())}, ou * pour le département).");
        if (erreurs.Count > 0) return new(0, erreurs);

        int? Id(string code) => code == Instantane.Departement ? null : territoires[code];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var groupe in lignes.GroupBy(l => (l.Annee, l.Territoire)))
        {
            var territoire = Id(groupe.Key.Territoire);
            await db.Populations.Where(p => p.Annee == groupe.Key.Annee && p.TerritoireId == territoire).ExecuteDeleteAsync(ct);
            db.Populations.AddRange(groupe.Select(l => new Population { Annee = l.Annee, TerritoireId = territoire, Age = l.Age, Effectif = l.Effectif }));
        }
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerAsync(TypeEvenementAudit.ImportPopulation, nameof(Population), null,
            new { lignes = lignes.Count, annees = lignes.Select(l => l.Annee).Distinct().Order().ToList() }, ct: ct);
        await transaction.CommitAsync(ct);
        return new(lignes.Count, []);
    }
}
