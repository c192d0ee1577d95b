using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

/// <summary>The référent ASE and the statut juridique of a child (edit page, second form).</summary>
public sealed class SaisieSuivi
{
    public string? ReferentId { get; set; }
    public string? StatutJuridique { get; set; }
    public int Version { get; set; }
}

public sealed record ReferentPossible(string Id, string Nom);

/// <summary>Designates the référent (an active REFERENT_ASE account of the child's territory) and records the statut juridique.</summary>
public sealed class SuiviEnfant(SillageDbContext db, PorteeAcces portee)
{
    /// <summary>Common statuts, proposed to the user (free text remains possible).</summary>
    public static readonly IReadOnlyList<string> StatutsCourants =
    [
        "Autorité parentale exercée par les deux parents",
        "Autorité parentale exercée par un seul parent",
        "Délégation d'autorité parentale",
        "Tutelle",
        "Pupille de l'État",
        "Retrait partiel de l'autorité parentale",
        "Retrait total de l'autorité parentale",
        "Déclaration judiciaire de délaissement parental",
    ];

    public async Task<List<ReferentPossible>> ReferentsAsync(int territoireId, CancellationToken ct = default)
    {
        var role = await db.Roles.AsNoTracking().Where(r => r.Name == Role.ReferentAse).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return await db.Users.AsNoTracking()
            .Where(u => u.Actif && u.Territoires.Any(t => t.TerritoireId == territoireId) && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .OrderBy(u => u.NomAffiche).ThenBy(u => u.UserName)
            .Select(u => new ReferentPossible(u.Id, u.NomAffiche == "" ? u.UserName! : u.NomAffiche))
            .ToListAsync(ct);
    }

    /// <summary>null = child not found within the user's territories.</summary>
    public async Task<ResultatEcriture?> EnregistrerAsync(int enfantId, SaisieSuivi s, CancellationToken ct = default)
    {
        var visibles = await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct);
        var enfant = await visibles.FirstOrDefaultAsync(e => e.Id == enfantId, ct);
        if (enfant is null) return null;
        var erreurs = new List<ErreurValidation>();
        var referent = string.IsNullOrWhiteSpace(s.ReferentId) ? null : s.ReferentId.Trim();
        if (referent is not null && !(await ReferentsAsync(enfant.TerritoireId, ct)).Any(r => r.Id == referent))
            erreurs.Add(new("ReferentId", "Référent ASE : choisissez un référent ASE actif du territoire de l'enfant."));
        var statut = string.IsNullOrWhiteSpace(s.StatutJuridique) ? null : s.StatutJuridique.Trim();
        if (statut?.Length > 200) erreurs.Add(new("StatutJuridique", "Statut juridique : 200 caractères au plus."));
        if (erreurs.Count > 0) return new(erreurs);
        db.Entry(enfant).Property(e => e.Version).OriginalValue = s.Version;
        enfant.ReferentId = referent;
        enfant.StatutJuridique = statut;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ResultatEcriture.Perime("Ce dossier");
        }
        return ResultatEcriture.Ok;
    }
}
