using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Enfants;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

/// <summary>What a user types to create or edit a child (page form and API body).</summary>
public sealed class SaisieEnfant
{
    public string? Nom { get; set; }
    public string? Prenoms { get; set; }
    public string? Sexe { get; set; }
    public DateOnly? DateNaissance { get; set; }
    public int? TerritoireId { get; set; }
    public string? Famille { get; set; }
    public bool Mna { get; set; }
    /// <summary>The version the user started from: a stale one is refused, never overwritten.</summary>
    public int Version { get; set; }
    /// <summary>Set when the user confirmed that a similar file is another child.</summary>
    public bool ConfirmeDistinct { get; set; }
}

public sealed record ResultatEdition(Enfant? Enfant, IReadOnlyList<ErreurValidation> Erreurs, IReadOnlyList<LigneEnfant> Semblables)
{
    public bool Reussi => Enfant is not null && Erreurs.Count == 0;
}

/// <summary>Creates and edits children under the rules of the domain, within the user's territories.</summary>
public sealed class EditionEnfant(SillageDbContext db, PorteeAcces portee)
{
    /// <summary>What a duplicate in intermediate archive shows instead of its identity (RGPD, restricted access).</summary>
    public const string ArchiveMasquee = "DOSSIER EN ARCHIVE INTERMÉDIAIRE";
    public const string ArchiveReactivation = "(réactivation à demander au DPO)";

    public async Task<ResultatEdition> CreerAsync(SaisieEnfant s, CancellationToken ct = default)
    {
        var erreurs = await ValiderAsync(s, ct);
        if (erreurs.Count > 0) return new(null, erreurs, []);
        var cle = CleRecherche.Calculer(s.Nom, s.Prenoms);
        if (!s.ConfirmeDistinct)
        {
            var semblables = await SemblablesAsync(cle, s.Nom!, s.DateNaissance!.Value, null, ct);
            if (semblables.Count > 0)
                return new(null, [new("", "Un ou plusieurs dossiers ressemblent à cet enfant (même date de naissance, nom proche) : vérifiez qu'il ne s'agit pas du même enfant, puis confirmez la création.")], semblables);
        }
        var enfant = new Enfant { NumeroDossier = await NouveauNumeroAsync(ct) };
        Appliquer(enfant, s, cle);
        db.Enfants.Add(enfant);
        await db.SaveChangesAsync(ct);
        return new(enfant, [], []);
    }

    public async Task<ResultatEdition?> ModifierAsync(int id, SaisieEnfant s, CancellationToken ct = default)
    {
        var visibles = await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct);
        var enfant = await visibles.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enfant is null) return null;
        var erreurs = await ValiderAsync(s, ct);
        if (erreurs.Count > 0) return new(null, erreurs, []);
        db.Entry(enfant).Property(e => e.Version).OriginalValue = s.Version;
        Appliquer(enfant, s, CleRecherche.Calculer(s.Nom, s.Prenoms));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(null, [new(ErreurValidation.ChampVersion, "Ce dossier a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert : vos changements n'ont pas été enregistrés. Rechargez la page pour voir la version actuelle.")], []);
        }
        return new(enfant, [], []);
    }

    private async Task<List<ErreurValidation>> ValiderAsync(SaisieEnfant s, CancellationToken ct)
    {
        var erreurs = IdentiteEnfant.Valider(s.Nom, s.Prenoms, s.Sexe, s.DateNaissance, DateOnly.FromDateTime(DateTime.Today)).ToList();
        if (s.TerritoireId is not { } t)
            erreurs.Add(new("TerritoireId", "Territoire : valeur obligatoire."));
        else if (!await db.Territoires.AnyAsync(x => x.Id == t, ct))
            erreurs.Add(new("TerritoireId", "Territoire : territoire inconnu."));
        else if (!await portee.PeutVoirTerritoireAsync(t, Permission.ModifierDossierEnfant, ct))
            erreurs.Add(new("TerritoireId", "Territoire : vous ne pouvez créer ou rattacher un dossier que dans vos territoires."));
        if (s.Famille?.Trim().Length > 100) erreurs.Add(new("Famille", "Famille : 100 caractères au plus."));
        return erreurs;
    }

    private async Task<List<LigneEnfant>> SemblablesAsync(string cle, string nom, DateOnly naissance, int? sauf, CancellationToken ct)
    {
        // Looked up across the whole département: a duplicate in another territory is still a duplicate.
        var candidats = await db.Enfants.AsNoTracking().Where(e => e.DateNaissance == naissance && e.Id != sauf && e.FusionneDansId == null)
            // A file in intermediate archive is still a duplicate, but its identity stays restricted: the DPO brings it back.
            .Select(e => new { e.Id, e.NumeroDossier, Nom = e.ArchiveIntermediaireLe == null ? e.Nom : ArchiveMasquee, Prenoms = e.ArchiveIntermediaireLe == null ? e.Prenoms : ArchiveReactivation,
                e.Sexe, e.DateNaissance, e.CleRecherche, e.TerritoireId, Territoire = e.Territoire!.Libelle })
            .ToListAsync(ct);
        var territoires = await portee.TerritoiresAsync(Permission.LireDossierEnfant, ct);
        return candidats.Where(c => IdentiteEnfant.Ressemble(cle, naissance, nom, c.CleRecherche, c.DateNaissance, c.Nom))
            .Select(c => territoires is null || territoires.Contains(c.TerritoireId)
                ? new LigneEnfant(c.Id, c.NumeroDossier, c.Nom, c.Prenoms, c.Sexe, c.DateNaissance, c.Territoire)
                // Outside the user's territories: the existence is said, the identity is not.
                : new LigneEnfant(0, c.NumeroDossier, "(dossier d'un autre territoire)", "", c.Sexe, c.DateNaissance, c.Territoire))
            .ToList();
    }

    private static void Appliquer(Enfant e, SaisieEnfant s, string cle)
    {
        e.Nom = s.Nom!.Trim();
        e.Prenoms = s.Prenoms!.Trim();
        e.Sexe = s.Sexe!;
        e.DateNaissance = s.DateNaissance!.Value;
        e.TerritoireId = s.TerritoireId!.Value;
        e.Famille = string.IsNullOrWhiteSpace(s.Famille) ? null : s.Famille.Trim();
        e.Mna = s.Mna;
        e.CleRecherche = cle;
    }

    private async Task<string> NouveauNumeroAsync(CancellationToken ct)
    {
        while (true)
        {
            var n = $"E{DateTime.Today:yy}{RandomNumberGenerator.GetInt32(0, 1_000_000):000000}";
            if (!await db.Enfants.AnyAsync(e => e.NumeroDossier == n, ct)) return n;
        }
    }
}
