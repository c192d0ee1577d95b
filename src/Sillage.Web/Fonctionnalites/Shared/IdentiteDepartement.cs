using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Shared;

/// <summary>The département's name and INSEE code for the header, cached until an administrator edits them.</summary>
public sealed class IdentiteDepartement(SillageDbContext db, IMemoryCache cache)
{
    private const string Cle = "identite-departement";

    public async Task<(string Nom, string CodeInsee)> LireAsync()
    {
        return await cache.GetOrCreateAsync(Cle, async e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            var d = await db.Departements.AsNoTracking().OrderBy(x => x.Id).FirstOrDefaultAsync();
            return (d?.Nom ?? "Département", d?.CodeInsee ?? "");
        });
    }

    public void Invalider() => cache.Remove(Cle);
}
