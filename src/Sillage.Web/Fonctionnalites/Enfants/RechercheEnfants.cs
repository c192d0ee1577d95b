using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Enfants;
using Sillage.Domaine.Securite;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

/// <summary>The criteria of a child search (page and API share them).</summary>
public sealed record CriteresRecherche(string? Texte, DateOnly? DateNaissance, string? Numero)
{
    public bool EstVide => string.IsNullOrWhiteSpace(Texte) && DateNaissance is null && string.IsNullOrWhiteSpace(Numero);
}

public sealed record LigneEnfant(int Id, string NumeroDossier, string Nom, string Prenoms, string Sexe, DateOnly DateNaissance, string Territoire);

/// <summary>
/// Finds children within the user's territories: every word of the text must appear in the
/// name key (accents, case and prénom order ignored), birth date and file number exact.
/// </summary>
public sealed class RechercheEnfants(PorteeAcces portee)
{
    public const int Limite = 200;

    public async Task<List<LigneEnfant>> ChercherAsync(CriteresRecherche c, CancellationToken ct = default)
    {
        if (c.EstVide) return [];
        var q = await portee.EnfantsAsync(Permission.LireDossierEnfant, ct);
        foreach (var mot in CleRecherche.Mots(c.Texte))
        {
            var m = mot;
            q = q.Where(e => e.CleRecherche.Contains(m));
        }
        if (c.DateNaissance is { } dn) q = q.Where(e => e.DateNaissance == dn);
        if (!string.IsNullOrWhiteSpace(c.Numero))
        {
            var n = c.Numero.Trim().ToUpperInvariant();
            q = q.Where(e => e.NumeroDossier == n || e.SourceId == c.Numero.Trim());
        }
        return await q.OrderBy(e => e.Nom).ThenBy(e => e.Prenoms).ThenBy(e => e.Id).Take(Limite)
            .Select(e => new LigneEnfant(e.Id, e.NumeroDossier, e.Nom, e.Prenoms, e.Sexe, e.DateNaissance, e.Territoire!.Libelle))
            .ToListAsync(ct);
    }
}
