using Microsoft.AspNetCore.DataProtection;
using Sillage.Donnees;
using Sillage.Web.Api;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Hote;

/// <summary>Builds the web application: the same wiring for `./sillage serve`, the tests and the benchmarks.</summary>
public static class SillageApp
{
    public const string CleBaseDeDonnees = "Sillage:Db";

    public static WebApplication Construire(string[] args, BaseDeDonnees? bd = null, Action<WebApplicationBuilder>? ajuster = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = RacineContenu(),
            // Pages and endpoints are discovered in this assembly, whoever hosts it (tests, benchmarks).
            ApplicationName = typeof(SillageApp).Assembly.GetName().Name,
        });
        ajuster?.Invoke(builder);
        bd ??= BaseDeDonnees.Depuis(builder.Configuration[CleBaseDeDonnees] ?? Environment.GetEnvironmentVariable("SILLAGE_DB"));

        // No personal data in logs: EF Core's SQL (and its parameters) and ASP.NET's request details stay out.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddSillageDonnees(bd);
        builder.Services.AddSillageSecurite();
        builder.Services.AddDataProtection().SetApplicationName("Sillage").PersistKeysToDbContext<SillageDbContext>();
        builder.Services.AddSillageInterface();
        builder.Services.AddSillageApi();

        var app = builder.Build();

        app.UseSillageSecurite();
        app.MapGet("/sante", SanteEndpoint.Verifier).AllowAnonymous().ExcludeFromDescription();
        app.MapSillageApi();
        Fonctionnalites.Echeances.Agenda.MapAgenda(app);
        app.MapSillageInterface();
        return app;
    }

    /// <summary>The published folder holds wwwroot beside the binaries; in development, the project folder does.</summary>
    private static string RacineContenu()
    {
        var bin = AppContext.BaseDirectory;
        if (Directory.Exists(Path.Combine(bin, "wwwroot"))) return bin;
        for (var d = new DirectoryInfo(bin); d is not null; d = d.Parent)
        {
            var projet = Path.Combine(d.FullName, "src", "Sillage.Web");
            if (Directory.Exists(Path.Combine(projet, "wwwroot"))) return projet;
        }
        return Directory.GetCurrentDirectory();
    }
}
