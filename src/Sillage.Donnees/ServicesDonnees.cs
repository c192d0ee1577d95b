using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Donnees.Audit;

namespace Sillage.Donnees;

public static class ServicesDonnees
{
    public static IServiceCollection AddSillageDonnees(this IServiceCollection services, BaseDeDonnees bd)
    {
        services.AddSingleton(bd);
        services.AddDbContext<SillageDbContext>(o => bd.Configurer(o));
        services.AddScoped<JournalAudit>();
        return services;
    }

    /// <summary>Creates a context outside dependency injection (command line, tests, design time).</summary>
    public static SillageDbContext CreerContexte(BaseDeDonnees bd, IUtilisateurCourant? qui = null)
    {
        var b = new DbContextOptionsBuilder<SillageDbContext>();
        bd.Configurer(b);
        return new SillageDbContext(b.Options, qui);
    }
}
