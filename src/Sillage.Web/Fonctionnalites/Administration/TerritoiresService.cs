using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Administration;

/// <summary>The département's territorial units (pages and command line).</summary>
public sealed partial class TerritoiresService(SillageDbContext db)
{
    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex FormatCode();

    public async Task<List<string>> EnregistrerAsync(int? id, string? code, string? libelle, int version)
    {
        var erreurs = new List<string>();
        code = code?.Trim();
        libelle = libelle?.Trim();
        if (string.IsNullOrEmpty(code) || !FormatCode().IsMatch(code))
            erreurs.Add("Code : 1 à 40 caractères parmi lettres sans accent, chiffres, tiret et tiret bas.");
        if (string.IsNullOrEmpty(libelle)) erreurs.Add("Libellé : valeur obligatoire.");
        else if (libelle.Length > 200) erreurs.Add("Libellé : 200 caractères au plus.");
        if (erreurs.Count == 0 && await db.Territoires.AnyAsync(t => t.Code == code && t.Id != id))
            erreurs.Add($"Code : « {code} » est déjà utilisé par un autre territoire.");
        if (erreurs.Count > 0) return erreurs;

        Territoire? t;
        if (id is null)
        {
            t = new Territoire();
            db.Territoires.Add(t);
        }
        else
        {
            t = await db.Territoires.FirstOrDefaultAsync(x => x.Id == id);
            if (t is null) return ["Territoire introuvable."];
            db.Entry(t).Property(x => x.Version).OriginalValue = version;
        }
        t.Code = code!;
        t.Libelle = libelle!;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return ["Ce territoire a été modifié par quelqu'un d'autre entre-temps : rien n'a été enregistré, rechargez la page."];
        }
        return [];
    }
}
