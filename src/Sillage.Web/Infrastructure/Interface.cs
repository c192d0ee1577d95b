using Microsoft.AspNetCore.Mvc;
using Sillage.Domaine.Securite;
using Sillage.Web.Fonctionnalites.Administration;
using Sillage.Web.Fonctionnalites.Echange;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Infrastructure;

/// <summary>The server-rendered pages: one folder per module under Fonctionnalites/.</summary>
public static class Interface
{
    public static IServiceCollection AddSillageInterface(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<IdentiteDepartement>();
        services.AddSingleton<Impression.ImprimantePdf>();
        services.AddScoped<Impression.DocumentImprimable>();
        services.AddScoped<ComptesService>();
        services.AddScoped<TerritoiresService>();
        services.AddScoped<ServiceReglages>();
        services.AddScoped<Fonctionnalites.Mesures.ServiceMesures>();
        services.AddScoped<Fonctionnalites.Lieux.ServiceLieux>();
        services.AddSingleton<Fonctionnalites.Lieux.CacheLieux>();
        services.AddScoped<Fonctionnalites.Crip.ServiceCrip>();
        services.AddScoped<Fonctionnalites.Crip.TableauDeBordCrip>();
        services.AddScoped<Fonctionnalites.Audit.RechercheJournal>();
        services.AddScoped<Fonctionnalites.Echeances.ChargeurSituations>();
        services.AddScoped<Fonctionnalites.Echeances.ServiceEcheances>();
        services.AddScoped<Fonctionnalites.Observatoire.ChargeurInstantane>();
        services.AddScoped<Fonctionnalites.Observatoire.ServiceObservatoire>();
        services.AddScoped<Fonctionnalites.Schema.ImportSchema>();
        services.AddScoped<Fonctionnalites.Schema.ServiceSchema>();
        services.AddScoped<Fonctionnalites.Parcours.ServicePpe>();
        services.AddScoped<Fonctionnalites.Parcours.ServiceRapport>();
        services.AddScoped<Fonctionnalites.Parcours.ServiceSuivi>();
        services.AddSingleton<Fonctionnalites.Observatoire.CacheObservatoire>();
        services.AddSingleton<Fonctionnalites.Observatoire.Pseudonymes>();
        services.AddScoped<Fonctionnalites.Observatoire.FiabiliteDonnees>();
        services.AddScoped<Fonctionnalites.Observatoire.DetailObservatoire>();
        services.AddScoped<Fonctionnalites.Observatoire.ImportPopulation>();
        services.AddScoped<Fonctionnalites.Observatoire.ComparaisonsDrees>();
        services.AddScoped<Fonctionnalites.Enfants.RechercheEnfants>();
        services.AddScoped<Fonctionnalites.Enfants.DossierEnfant>();
        services.AddScoped<Fonctionnalites.Enfants.EditionEnfant>();
        Fonctionnalites.Enfants.ServicesEnfants.AddDossierEnfant(services);
        services.AddSillageEchange();
        services.AddSingleton<Domaine.Olinpe.IPseudonymiseur, Domaine.Olinpe.PseudonymiseurSha1>();
        services.AddScoped<Fonctionnalites.Olinpe.ServiceOlinpe>();
        services.AddScoped<Fonctionnalites.Conservation.ServiceConservation>();
        services.AddScoped<Fonctionnalites.Droits.ServiceDroits>();
        services.AddScoped<Fonctionnalites.Droits.ExportDossierComplet>();
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Fonctionnalites";
                o.Conventions.AuthorizeFolder("/Administration", nameof(Permission.Administrer));
                o.Conventions.AuthorizeFolder("/Audit", nameof(Permission.LireJournalAudit));
                o.Conventions.AuthorizeFolder("/Enfants", nameof(Permission.LireDossierEnfant));
                o.Conventions.AuthorizeFolder("/Echeances", nameof(Permission.LireDossierEnfant));
                o.Conventions.AuthorizeFolder("/Mesures", nameof(Permission.LireDossierEnfant));
                o.Conventions.AuthorizeFolder("/Lieux", nameof(Permission.ConsulterLieux));
                o.Conventions.AuthorizeFolder("/Crip", nameof(Permission.ConsulterCrip));
                o.Conventions.AuthorizePage("/Crip/Nouvelle", nameof(Permission.TraiterInformation));
                o.Conventions.AddPageRoute("/Lieux/Edition", "/lieux/{id:int}/modifier");
                o.Conventions.AuthorizeFolder("/Parcours", nameof(Permission.ModifierDossierEnfant));
                o.Conventions.AuthorizeFolder("/Observatoire", nameof(Permission.ConsulterObservatoire));
                o.Conventions.AuthorizeFolder("/Qualite", nameof(Permission.Administrer));
                o.Conventions.AuthorizeFolder("/Schema", nameof(Permission.ConsulterSchema));
                o.Conventions.AuthorizeFolder("/Olinpe", nameof(Permission.TransmettreOlinpe));
                o.Conventions.AuthorizeFolder("/Conservation", nameof(Permission.GererConservation));
                o.Conventions.AuthorizeFolder("/Droits", nameof(Permission.GererDemandesDroits));
                o.Conventions.AllowAnonymousToPage("/Compte/Connexion");
                o.Conventions.AllowAnonymousToPage("/Erreur");
                o.Conventions.AddPageRoute("/Enfants/Edition", "/enfants/{id:int}/modifier");
                o.Conventions.AddPageRoute("/Administration/Utilisateur", "/administration/utilisateurs/{id}");
                o.Conventions.AllowAnonymousToPage("/AccesRefuse");
            })
            .AddMvcOptions(o => MessagesFrancais(o.ModelBindingMessageProvider));
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        return services;
    }

    public static WebApplication MapSillageInterface(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    private static void MessagesFrancais(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider m)
    {
        m.SetAttemptedValueIsInvalidAccessor((v, champ) => $"{champ} : la valeur « {v} » n'est pas valide.");
        m.SetMissingBindRequiredValueAccessor(champ => $"{champ} : valeur obligatoire.");
        m.SetMissingKeyOrValueAccessor(() => "Valeur obligatoire.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Le corps de la requête est obligatoire.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"La valeur « {v} » n'est pas valide.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur fournie n'est pas valide.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Ce champ doit être un nombre.");
        m.SetUnknownValueIsInvalidAccessor(champ => $"{champ} : la valeur fournie n'est pas valide.");
        m.SetValueIsInvalidAccessor(v => $"La valeur « {v} » n'est pas valide.");
        m.SetValueMustBeANumberAccessor(champ => $"{champ} doit être un nombre.");
        m.SetValueMustNotBeNullAccessor(champ => $"{champ} : valeur obligatoire.");
    }
}
