using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Conservation;
using Sillage.Domaine.Regles;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Administration;

/// <summary>The rule settings in force: defaults of the domain, overridden by what an administrator recorded (audited like every write).</summary>
public sealed class ServiceReglages(SillageDbContext db)
{
    public async Task<ParametresEcheances> LireAsync(CancellationToken ct = default) =>
        ParametresEcheances.Depuis(await ValeursAsync(ct));

    /// <summary>The retention rules in force (RGPD): defaults of the domain, overridden by the recorded settings.</summary>
    public async Task<IReadOnlyList<ReglesConservation>> ConservationAsync(CancellationToken ct = default) =>
        ReglesConservation.Depuis(await ValeursAsync(ct));

    private Task<Dictionary<string, int>> ValeursAsync(CancellationToken ct) =>
        db.ParametresRegles.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Valeur, ct);

    /// <summary>Every editable setting: the deadlines, then the retention durations.</summary>
    public static IReadOnlyList<(string Code, string Libelle, int Minimum, int Maximum, string Unite, int Defaut)> Bornes { get; } =
        ParametresEcheances.Reglages.Select(r => (r.Code, r.Libelle, r.Minimum, r.Maximum, r.Unite, r.Defaut))
            .Concat(ReglesConservation.Reglages.Select(r => (r.Code, r.Libelle, r.Minimum, r.Maximum, r.Unite, r.Defaut))).ToList();

    /// <summary>The current value of every setting (the page's form).</summary>
    public async Task<Dictionary<string, int?>> FormulaireAsync(CancellationToken ct = default)
    {
        var valeurs = await ValeursAsync(ct);
        var p = ParametresEcheances.Depuis(valeurs);
        var resultat = ParametresEcheances.Reglages.ToDictionary(r => r.Code, r => (int?)r.Lire(p));
        foreach (var r in ReglesConservation.Reglages) resultat[r.Code] = r.Lire(valeurs);
        return resultat;
    }

    /// <summary>Records the given settings, all or nothing; each change is audited (before/after) like every write.</summary>
    public async Task<List<string>> EnregistrerAsync(IReadOnlyDictionary<string, int?> valeurs, string? login, CancellationToken ct = default)
    {
        var erreurs = new List<string>();
        foreach (var r in Bornes)
        {
            if (!valeurs.TryGetValue(r.Code, out var v)) continue;
            if (v is null || v < r.Minimum || v > r.Maximum)
                erreurs.Add($"{r.Libelle} : valeur entière entre {r.Minimum} et {r.Maximum} {r.Unite} obligatoire.".Replace("  ", " "));
        }
        if (erreurs.Count > 0) return erreurs;
        var existants = await db.ParametresRegles.ToDictionaryAsync(p => p.Code, ct);
        foreach (var r in Bornes)
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
