using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Regles;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Administration;

/// <summary>The rule settings in force: defaults of the domain, overridden by what an administrator recorded (audited like every write).</summary>
public sealed class ServiceReglages(SillageDbContext db)
{
    public async Task<ParametresEcheances> LireAsync(CancellationToken ct = default) =>
        ParametresEcheances.Depuis(await db.ParametresRegles.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Valeur, ct));

    public async Task<List<string>> EnregistrerAsync(IReadOnlyDictionary<string, int?> valeurs, string? login, CancellationToken ct = default)
    {
        var erreurs = new List<string>();
        foreach (var r in ParametresEcheances.Reglages)
        {
            if (!valeurs.TryGetValue(r.Code, out var v)) continue;
            if (v is null || v < r.Minimum || v > r.Maximum)
                erreurs.Add($"{r.Libelle} : valeur entière entre {r.Minimum} et {r.Maximum} {r.Unite} obligatoire.");
        }
        if (erreurs.Count > 0) return erreurs;
        var existants = await db.ParametresRegles.ToDictionaryAsync(p => p.Code, ct);
        foreach (var r in ParametresEcheances.Reglages)
        {
            if (!valeurs.TryGetValue(r.Code, out var v) || v is not { } valeur) continue;
            if (existants.TryGetValue(r.Code, out var p))
            {
                if (p.Valeur == valeur) continue;
                p.Valeur = valeur;
                p.ModifieLe = DateTime.UtcNow;
                p.ModifiePar = login;
            }
            else if (valeur != r.Defaut)
                db.ParametresRegles.Add(new ParametreRegle { Code = r.Code, Valeur = valeur, ModifieLe = DateTime.UtcNow, ModifiePar = login });
        }
        await db.SaveChangesAsync(ct);
        return [];
    }
}
