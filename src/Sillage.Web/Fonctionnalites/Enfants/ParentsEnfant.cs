using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

/// <summary>What a user types for a parent or another holder of parental authority.</summary>
public sealed class SaisieParent
{
    public int? Id { get; set; }
    public string? Lien { get; set; }
    public string? Nom { get; set; }
    public string? Prenoms { get; set; }
    public bool AutoriteParentale { get; set; }
    public string? Adresse { get; set; }
    public string? Telephone { get; set; }
    /// <summary>The version the user started from (edits and removals): a stale one is refused.</summary>
    public int Version { get; set; }
}

/// <summary>Outcome of a write: null <see cref="Erreurs"/> entries mean success; <see cref="Conflit"/> = stale version.</summary>
public sealed record ResultatEcriture(IReadOnlyList<ErreurValidation> Erreurs, bool Conflit = false)
{
    public bool Reussi => Erreurs.Count == 0;
    public static readonly ResultatEcriture Ok = new([]);
    public static ResultatEcriture Perime(string quoi) =>
        new([new("", $"{quoi} a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert : vos changements n'ont pas été enregistrés. Rechargez la page pour voir la version actuelle.")], true);
}

/// <summary>Adds, edits and removes the parents of a child within the user's territories (ModifierDossierEnfant).</summary>
public sealed partial class ParentsEnfant(SillageDbContext db, PorteeAcces portee)
{
    [GeneratedRegex(@"^[0-9+().\s-]{6,40}$")]
    private static partial Regex FormatTelephone();

    /// <summary>The child when the user may edit it, else null.</summary>
    public async Task<Enfant?> EnfantModifiableAsync(int enfantId, CancellationToken ct = default)
    {
        var visibles = await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct);
        return await visibles.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enfantId, ct);
    }

    public static List<ErreurValidation> Valider(SaisieParent s)
    {
        var erreurs = new List<ErreurValidation>();
        if (string.IsNullOrWhiteSpace(s.Lien)) erreurs.Add(new("Lien", "Lien avec l'enfant : valeur obligatoire."));
        else if (!DossierEnfant.LiensParent.ContainsKey(s.Lien)) erreurs.Add(new("Lien", "Lien avec l'enfant : valeur inconnue (mère, père, tuteur ou autre)."));
        if (string.IsNullOrWhiteSpace(s.Nom)) erreurs.Add(new("Nom", "Nom : valeur obligatoire."));
        else if (s.Nom.Trim().Length > 200) erreurs.Add(new("Nom", "Nom : 200 caractères au plus."));
        if (string.IsNullOrWhiteSpace(s.Prenoms)) erreurs.Add(new("Prenoms", "Prénoms : valeur obligatoire."));
        else if (s.Prenoms.Trim().Length > 200) erreurs.Add(new("Prenoms", "Prénoms : 200 caractères au plus."));
        if (s.Adresse?.Trim().Length > 400) erreurs.Add(new("Adresse", "Adresse : 400 caractères au plus."));
        if (!string.IsNullOrWhiteSpace(s.Telephone) && !FormatTelephone().IsMatch(s.Telephone.Trim()))
            erreurs.Add(new("Telephone", "Téléphone : numéro non valide (chiffres, espaces, +, points, tirets ou parenthèses ; 6 à 40 caractères)."));
        return erreurs;
    }

    /// <summary>Creates (no <see cref="SaisieParent.Id"/>) or edits a parent; null = child or parent not found in scope.</summary>
    public async Task<ResultatEcriture?> EnregistrerAsync(int enfantId, SaisieParent s, CancellationToken ct = default)
    {
        if (await EnfantModifiableAsync(enfantId, ct) is null) return null;
        Parent parent;
        if (s.Id is { } id)
        {
            var p = await db.Parents.FirstOrDefaultAsync(x => x.Id == id && x.EnfantId == enfantId, ct);
            if (p is null) return null;
            parent = p;
        }
        else parent = new Parent { EnfantId = enfantId };
        var erreurs = Valider(s);
        if (erreurs.Count > 0) return new(erreurs);
        if (s.Id is not null) db.Entry(parent).Property(p => p.Version).OriginalValue = s.Version;
        parent.Lien = s.Lien!;
        parent.Nom = s.Nom!.Trim();
        parent.Prenoms = s.Prenoms!.Trim();
        parent.AutoriteParentale = s.AutoriteParentale;
        parent.Adresse = string.IsNullOrWhiteSpace(s.Adresse) ? null : s.Adresse.Trim();
        parent.Telephone = string.IsNullOrWhiteSpace(s.Telephone) ? null : s.Telephone.Trim();
        if (s.Id is null) db.Parents.Add(parent);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ResultatEcriture.Perime("Ce parent");
        }
        return ResultatEcriture.Ok;
    }

    public async Task<ResultatEcriture?> SupprimerAsync(int enfantId, int parentId, int version, CancellationToken ct = default)
    {
        if (await EnfantModifiableAsync(enfantId, ct) is null) return null;
        var p = await db.Parents.FirstOrDefaultAsync(x => x.Id == parentId && x.EnfantId == enfantId, ct);
        if (p is null) return null;
        db.Entry(p).Property(x => x.Version).OriginalValue = version;
        db.Parents.Remove(p);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ResultatEcriture.Perime("Ce parent");
        }
        return ResultatEcriture.Ok;
    }
}
