using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Echeances;

/// <summary>
/// The personal iCalendar feed of a référent's échéances: protected by its own token (scope AGENDA,
/// useless on the API), with file numbers only, never a name.
/// </summary>
public static class Agenda
{
    public static WebApplication MapAgenda(this WebApplication app)
    {
        app.MapGet("/agenda/{jeton}.ics", Flux).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<string> CreerJetonAsync(SillageDbContext db, string utilisateurId)
    {
        var valeur = AuthentificationJeton.Generer();
        db.JetonsApi.Add(new JetonApi
        {
            UtilisateurId = utilisateurId, Nom = "Agenda des échéances", Prefixe = valeur[..8], Empreinte = AuthentificationJeton.Empreinte(valeur),
            CreeLe = DateTime.UtcNow, ExpireLe = DateTime.UtcNow.AddYears(1), Portee = JetonApi.PorteeAgenda,
        });
        await db.SaveChangesAsync();
        return valeur;
    }

    private static async Task<IResult> Flux(string jeton, HttpContext ctx, SillageDbContext db, UserManager<Utilisateur> utilisateurs,
        IUserClaimsPrincipalFactory<Utilisateur> fabrique, ServiceEcheances service)
    {
        var empreinte = AuthentificationJeton.Empreinte(jeton);
        var maintenant = DateTime.UtcNow;
        var j = await db.JetonsApi.AsNoTracking().FirstOrDefaultAsync(x => x.Empreinte == empreinte && x.Portee == JetonApi.PorteeAgenda && x.RevoqueLe == null && x.ExpireLe > maintenant);
        var u = j is null ? null : await utilisateurs.FindByIdAsync(j.UtilisateurId);
        if (u is null || !u.Actif || await utilisateurs.IsLockedOutAsync(u)) return Results.NotFound();
        ctx.User = await fabrique.CreateAsync(u); // the feed sees exactly what its owner sees
        var lignes = await service.ListerAsync(new FiltreEcheances(DateOnly.FromDateTime(DateTime.Today), MesEnfants: true));
        var sb = new StringBuilder();
        sb.Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sillage//Echeances//FR\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:Sillage — mes échéances\r\n");
        var horodatage = maintenant.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var l in lignes)
        {
            var jour = l.Echeance.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            sb.Append("BEGIN:VEVENT\r\n");
            sb.Append(CultureInfo.InvariantCulture, $"UID:{l.Type}-{l.NumeroDossier}-{jour}@sillage\r\n");
            sb.Append(CultureInfo.InvariantCulture, $"DTSTAMP:{horodatage}\r\n");
            sb.Append(CultureInfo.InvariantCulture, $"DTSTART;VALUE=DATE:{jour}\r\n");
            sb.Append(CultureInfo.InvariantCulture, $"SUMMARY:{Echapper(l.Libelle.Split(" (")[0])} — dossier {l.NumeroDossier}\r\n");
            sb.Append("END:VEVENT\r\n");
        }
        sb.Append("END:VCALENDAR\r\n");
        return Results.Text(sb.ToString(), "text/calendar; charset=utf-8");
    }

    private static string Echapper(string s) => s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,");
}
