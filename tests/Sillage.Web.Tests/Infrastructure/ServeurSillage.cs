using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Hote;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>
/// The real application on Kestrel (127.0.0.1, free port) over a fresh database, with a small
/// département: territories NORD and SUD, a few children in each, and one account per role.
/// </summary>
public class ServeurSillage : IAsyncLifetime
{
    public const string MotDePasse = "Mot-de-passe-1234";
    public BaseDeTest Bd { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public Uri Adresse { get; private set; } = null!;
    public string SortieDemarrage { get; private set; } = "";
    public int EnfantNord { get; private set; }
    public int EnfantNord2 { get; private set; }
    public int EnfantSud { get; private set; }

    /// <summary>Login attempts allowed per minute: high for the tests, which all log in from 127.0.0.1.</summary>
    protected virtual int ConnexionsParMinute => 100_000;

    public async Task InitializeAsync()
    {
        Bd = await BaseDeTest.CreerAsync();
        App = SillageApp.Construire(["--urls", "http://127.0.0.1:0", "--environment", "Production", $"--{Securite.CleConnexionsParMinute}={ConnexionsParMinute}"], Bd.Base, b => b.Logging.ClearProviders());
        var sortie = new StringWriter();
        await App.PreparerBaseAsync(sortie);
        SortieDemarrage = sortie.ToString();
        await App.StartAsync();
        var adresse = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Adresse = new Uri(adresse);
        await PeuplerAsync();
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Bd.DisposeAsync();
    }

    public SillageDbContext Contexte() => ServicesDonnees.CreerContexte(Bd.Base);

    /// <summary>Accounts: login = role in lower case + territory; password <see cref="MotDePasse"/>.</summary>
    public static readonly (string Login, string Role, string[] Territoires)[] Comptes =
    [
        ("crip", "CRIP", []),
        ("evaluateur.nord", "EVALUATEUR", ["NORD"]),
        ("referent.nord", "REFERENT_ASE", ["NORD"]),
        ("referent.sud", "REFERENT_ASE", ["SUD"]),
        ("cadre.nord", "CADRE", ["NORD"]),
        ("lieux", "LIEUX", []),
        ("odpe", "ODPE", []),
        ("dpo", "DPO", []),
        ("administrateur", "ADMIN", []),
    ];

    private async Task PeuplerAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDbContext>();
        var nord = new Territoire { Code = "NORD", Libelle = "Délégation Nord" };
        var sud = new Territoire { Code = "SUD", Libelle = "Délégation Sud" };
        db.Territoires.AddRange(nord, sud);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        foreach (var (login, role, territoires) in Comptes)
        {
            var u = new Utilisateur
            {
                UserName = login,
                NomAffiche = login,
                CreeLe = DateTime.UtcNow,
                Territoires = territoires.Select(t => new UtilisateurTerritoire { TerritoireId = t == "NORD" ? nord.Id : sud.Id }).ToList(),
            };
            var r = await users.CreateAsync(u, MotDePasse);
            if (!r.Succeeded) throw new InvalidOperationException(string.Join(" ", r.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(u, role);
        }
        Enfant E(string num, string nom, string prenoms, string sexe, DateOnly n, Territoire t, string? famille) => new()
        {
            NumeroDossier = num, Nom = nom, Prenoms = prenoms, Sexe = sexe, DateNaissance = n, TerritoireId = t.Id, Famille = famille,
            CleRecherche = Domaine.Enfants.CleRecherche.Calculer(nom, prenoms),
        };
        var a = E("E0000001", "LEFÈVRE", "Éloïse Marie", "F", new DateOnly(2014, 2, 28), nord, "FAM1");
        var b = E("E0000002", "LEFÈVRE", "Noé", "M", new DateOnly(2017, 6, 1), nord, "FAM1");
        var c = E("E0000003", "GARNIER", "Lucas", "M", new DateOnly(2012, 9, 10), sud, null);
        db.Enfants.AddRange(a, b, c);
        await db.SaveChangesAsync();
        (EnfantNord, EnfantNord2, EnfantSud) = (a.Id, b.Id, c.Id);
    }

    public ClientSillage Client() => new(Adresse);

    public async Task<ClientSillage> ConnecterAsync(string login, string motDePasse = MotDePasse)
    {
        var c = Client();
        var r = await c.ConnecterAsync(login, motDePasse);
        if (r.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Connexion de {login} refusée : {(int)r.StatusCode}");
        return c;
    }

    public async Task<List<EvenementAudit>> JournalAsync()
    {
        await using var db = Contexte();
        return await db.EvenementsAudit.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }
}
