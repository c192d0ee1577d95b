namespace Sillage.Web.Fonctionnalites.Enfants;

public static class ServicesEnfants
{
    /// <summary>The services of the child's file beyond identity: timeline, parents, follow-up, documents, merge.</summary>
    public static IServiceCollection AddDossierEnfant(this IServiceCollection services) => services
        .AddScoped<ChronologieEnfant>()
        .AddScoped<ParentsEnfant>()
        .AddScoped<SuiviEnfant>()
        .AddScoped<DocumentsEnfant>()
        .AddScoped<FusionDossiers>();
}
