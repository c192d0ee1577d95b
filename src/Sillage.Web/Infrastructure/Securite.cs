using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using System.Threading.RateLimiting;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Infrastructure;

/// <summary>Login, roles, territories, tokens, headers: everything that keeps data to those who need it.</summary>
public static class Securite
{
    public const string SchemaSillage = "Sillage";
    public const string SchemaJeton = "Jeton";
    public const string ClaimNom = "sillage:nom";
    public const string ClaimDoitChangerMotDePasse = "sillage:doit_changer_mdp";
    public const int TentativesAvantVerrouillage = 5;
    public static readonly TimeSpan DureeVerrouillage = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DureeSession = TimeSpan.FromMinutes(30);

    /// <summary>Configuration key: login attempts (POST /connexion) allowed per client address and minute.</summary>
    public const string CleConnexionsParMinute = "Sillage:ConnexionsParMinute";
    public const int ConnexionsParMinuteParDefaut = 10;

    public static IServiceCollection AddSillageSecurite(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            // Password spraying across accounts is slowed per address; lockout (5 failures) protects each account.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
            {
                if (!HttpMethods.IsPost(ctx.Request.Method) || !ctx.Request.Path.Equals("/connexion", StringComparison.OrdinalIgnoreCase))
                    return RateLimitPartition.GetNoLimiter("");
                var limite = ctx.RequestServices.GetRequiredService<IConfiguration>().GetValue(CleConnexionsParMinute, ConnexionsParMinuteParDefaut);
                return RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "?", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limite,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, _) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask; // the French page comes from /erreur/429
            };
        });

        services.AddHttpContextAccessor();
        services.AddScoped<IUtilisateurCourant, UtilisateurCourantHttp>();
        services.AddScoped<PorteeAcces>();

        services.AddIdentity<Utilisateur, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = TentativesAvantVerrouillage;
                o.Lockout.DefaultLockoutTimeSpan = DureeVerrouillage;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789.-_";
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<SillageDbContext>()
            .AddErrorDescriber<ErreursIdentiteFrancais>()
            .AddClaimsPrincipalFactory<FabriquePrincipal>()
            .AddDefaultTokenProviders();

        // A disabled account or changed roles take effect within a minute, not at the next login.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sillage";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/connexion";
            o.LogoutPath = "/deconnexion";
            o.AccessDeniedPath = "/acces-refuse";
            o.ExpireTimeSpan = DureeSession;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => RepondreApi(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RepondreApi(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AuthentificationJeton>(SchemaJeton, null)
            .AddPolicyScheme(SchemaSillage, "Cookie ou jeton", o => o.ForwardDefaultSelector = ctx =>
                EstApi(ctx.Request.Path) && ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? SchemaJeton
                    : IdentityConstants.ApplicationScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = SchemaSillage;
            o.DefaultAuthenticateScheme = SchemaSillage;
            o.DefaultChallengeScheme = SchemaSillage;
            o.DefaultForbidScheme = SchemaSillage;
        });

        services.AddAuthorization(o =>
        {
            // Every page and endpoint requires a login unless it says AllowAnonymous (login page, /sante).
            o.FallbackPolicy = new AuthorizationPolicyBuilder(SchemaSillage).RequireAuthenticatedUser().Build();
            foreach (var p in Enum.GetValues<Permission>())
                o.AddPolicy(p.ToString(), b => b.AddAuthenticationSchemes(SchemaSillage).RequireAuthenticatedUser()
                    .RequireRole(MatriceAutorisations.RolesAccordant(p)));
        });

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sillage-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    public static WebApplication UseSillageSecurite(this WebApplication app)
    {
        app.UseMiddleware<EntetesSecurite>();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/erreur");
        app.UseWhen(ctx => !EstApi(ctx.Request.Path), b => b.UseStatusCodePagesWithReExecute("/erreur/{0}"));
        app.UseWhen(ctx => EstApi(ctx.Request.Path), b => b.Use(RequeteApiInvalideAsync));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseRequestLocalization("fr-FR");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ChangementMotDePasseObligatoire>();
        return app;
    }

    /// <summary>A body or parameter the API cannot bind (bad JSON, wrong type) is refused by ASP.NET with an empty 400:
    /// the client gets a French message in the API's error shape instead.</summary>
    private static async Task RequeteApiInvalideAsync(HttpContext ctx, Func<Task> suivant)
    {
        await suivant();
        if (ctx.Response.StatusCode == StatusCodes.Status400BadRequest && !ctx.Response.HasStarted && ctx.Response.ContentLength is null or 0)
            await ctx.Response.WriteAsJsonAsync(new
            {
                message = "Requête invalide : le corps JSON ou un paramètre n'a pas le format attendu (voir /openapi/v1.json). Rien n'a été enregistré.",
                erreurs = new[] { new { champ = "corps", message = "Corps ou paramètre au format invalide : JSON attendu, dates AAAA-MM-JJ, nombres entiers, booléens true/false." } },
            });
    }

    public static bool EstApi(PathString chemin) =>
        chemin.StartsWithSegments("/api") || chemin.StartsWithSegments("/openapi");

    private static Task RepondreApi(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int statut)
    {
        if (EstApi(ctx.Request.Path))
        {
            ctx.Response.StatusCode = statut;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
