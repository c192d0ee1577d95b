using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Donnees.Audit;

namespace Sillage.Donnees;

public static class ServicesDonnees
{
    public static IServiceCollection AddSillageDonnees(this IServiceCollection services, BaseDeDonnees bd)
    {
        services.AddSingleton(bd);
        // Contexts come from a pool (ADR 0019): creating one and its internal services at every request cost a twentieth of
        // the server's time under load. EF Core resets a context when it returns to the pool (tracked entities, transaction,
        // connection); the acting user is set again at each lease.
        services.AddPooledDbContextFactory<SillageDbContext>(o => bd.Configurer(o));
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<SillageDbContext>>().CreateDbContext();
            db.UtilisateurCourant = sp.GetService<IUtilisateurCourant>() ?? IUtilisateurCourant.Systeme;
            return db;
        });
        services.AddScoped<JournalAudit>();
        return services;
    }

    /// <summary>Creates a context outside dependency injection (command line, tests, design time).</summary>
    public static SillageDbContext CreerContexte(BaseDeDonnees bd, IUtilisateurCourant? qui = null)
    {
        var b = new DbContextOptionsBuilder<SillageDbContext>();
        bd.Configurer(b);
        return new SillageDbContext(b.Options) { UtilisateurCourant = qui ?? IUtilisateurCourant.Systeme };
    }
}
