using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Administration;

namespace Sillage.Web.Hote;

public static class PreparationBase
{
    /// <summary>Migrates, creates the roles and the département row, and the first administrator when there is no account.</summary>
    public static async Task PreparerBaseAsync(this WebApplication app, TextWriter? console = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await PreparerAsync(scope.ServiceProvider, console ?? Console.Out);
    }

    public static async Task PreparerAsync(IServiceProvider services, TextWriter console)
    {
        var db = services.GetRequiredService<SillageDbContext>();
        await db.Database.MigrateAsync();

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var r in Role.Tous)
            if (!await roles.RoleExistsAsync(r.Code))
                await roles.CreateAsync(new IdentityRole(r.Code));

        if (!await db.Departements.AnyAsync())
        {
            db.Departements.Add(new Departement { Nom = "Département (à renseigner)", CodeInsee = "00" });
            await db.SaveChangesAsync();
        }

        if (!await db.Users.AnyAsync())
        {
            var comptes = services.GetRequiredService<ComptesService>();
            var (_, motDePasse, erreurs) = await comptes.CreerAsync("admin", "Administrateur", [Role.Admin], []);
            if (erreurs.Count > 0) throw new InvalidOperationException(string.Join(" ", erreurs));
            console.WriteLine();
            console.WriteLine("Premier démarrage : compte administrateur créé.");
            console.WriteLine("  identifiant : admin");
            console.WriteLine($"  mot de passe à usage unique : {motDePasse}");
            console.WriteLine("Ce mot de passe n'est affiché qu'une fois ; il devra être changé à la première connexion.");
            console.WriteLine();
        }
    }

    /// <summary>A random password that satisfies the policy (16 characters, every class).</summary>
    public static string GenererMotDePasse()
    {
        const string minuscules = "abcdefghijkmnopqrstuvwxyz";
        const string majuscules = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string chiffres = "23456789";
        const string symboles = "-_.!?@#%+=";
        var tous = minuscules + majuscules + chiffres + symboles;
        var c = new char[16];
        c[0] = minuscules[RandomNumberGenerator.GetInt32(minuscules.Length)];
        c[1] = majuscules[RandomNumberGenerator.GetInt32(majuscules.Length)];
        c[2] = chiffres[RandomNumberGenerator.GetInt32(chiffres.Length)];
        c[3] = symboles[RandomNumberGenerator.GetInt32(symboles.Length)];
        for (var i = 4; i < c.Length; i++) c[i] = tous[RandomNumberGenerator.GetInt32(tous.Length)];
        RandomNumberGenerator.Shuffle(c.AsSpan());
        return new string(c);
    }
}
