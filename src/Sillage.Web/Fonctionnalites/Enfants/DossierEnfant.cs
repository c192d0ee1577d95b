using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Securite;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

public sealed record Frere(int? Id, string Description);

public sealed record VueDossier(Enfant Enfant, string Territoire, IReadOnlyList<Frere> Fratrie);

/// <summary>
/// Opens a child's file for the current user: null when the child does not exist or lies
/// outside the user's territories (the caller answers 404 either way). Every opening, and
/// every refused one, is written to the audit journal.
/// </summary>
public sealed class DossierEnfant(PorteeAcces portee, JournalAudit audit)
{
    public async Task<VueDossier?> OuvrirAsync(int id, string page, CancellationToken ct = default)
    {
        var visibles = await portee.EnfantsAsync(Permission.LireDossierEnfant, ct);
        var enfant = await visibles.AsNoTracking().Include(e => e.Territoire).FirstOrDefaultAsync(e => e.Id == id, ct);
        var cle = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (enfant is null)
        {
            await audit.EnregistrerAsync(TypeEvenementAudit.AccesRefuse, nameof(Enfant), cle, new { page }, ct: ct);
            return null;
        }
        await audit.EnregistrerAsync(TypeEvenementAudit.ConsultationDossierEnfant, nameof(Enfant), cle, new { page }, ct: ct);

        var fratrie = new List<Frere>();
        if (!string.IsNullOrEmpty(enfant.Famille))
        {
            var freres = await visibles.AsNoTracking()
                .Where(e => e.Famille == enfant.Famille && e.Id != enfant.Id)
                .OrderBy(e => e.DateNaissance)
                .Select(e => new { e.Id, e.Prenoms, e.Nom, e.DateNaissance, Territoire = e.Territoire!.Libelle })
                .ToListAsync(ct);
            fratrie.AddRange(freres.Select(f => new Frere(f.Id, $"{f.Prenoms} {f.Nom}, né(e) le {f.DateNaissance:dd/MM/yyyy} — {f.Territoire}")));
        }
        return new VueDossier(enfant, enfant.Territoire?.Libelle ?? "", fratrie);
    }
}
