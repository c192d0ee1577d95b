using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees.Audit;
using Sillage.Web.Commandes;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

public class AuditTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    [Fact]
    public async Task Chaque_ouverture_d_un_dossier_est_tracee_avec_la_page()
    {
        using var c = await serveur.ConnecterAsync("cadre.nord");
        await c.LireAsync($"/enfants/{serveur.EnfantNord2}");
        using var api = await serveur.ConnecterAsync("cadre.nord");
        await api.LireAsync($"/api/v1/enfants/{serveur.EnfantNord2}");
        var lectures = (await serveur.JournalAsync()).Where(e => e.Type == 2000 && e.CibleId == serveur.EnfantNord2.ToString() && e.Login == "cadre.nord").ToList();
        Assert.Equal(2, lectures.Count);
        Assert.Contains(lectures, e => e.Details!.Contains("dossier"));
        Assert.Contains(lectures, e => e.Details!.Contains("api"));
    }

    [Fact]
    public async Task Chaque_ecriture_est_tracee_avec_avant_et_apres()
    {
        using var c = await serveur.ConnecterAsync("administrateur");
        var r = await c.SoumettreAsync("/administration/territoires", [new("Code", "EST"), new("Libelle", "Délégation Est")]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        await using var db = serveur.Contexte();
        var t = await db.Territoires.SingleAsync(x => x.Code == "EST");
        var page = await c.LireAsync($"/administration/territoires?modifier={t.Id}");
        r = await c.SoumettreAsync($"/administration/territoires?modifier={t.Id}", [new("Modifier", t.Id.ToString()), new("Version", "0"), new("Code", "EST"), new("Libelle", "Délégation de l'Est")]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var j = (await serveur.JournalAsync()).Where(e => e.Cible == "Territoire" && e.CibleId == t.Id.ToString()).ToList();
        Assert.Equal([3000, 3001], j.Select(e => e.Type));
        Assert.All(j, e => Assert.Equal("administrateur", e.Login));
        Assert.Contains("Délégation Est", j[1].Details);
        Assert.Contains("Délégation de l'Est", j[1].Details);
    }

    [Fact]
    public async Task Le_DPO_filtre_et_exporte_le_journal()
    {
        using var referent = await serveur.ConnecterAsync("referent.nord");
        await referent.LireAsync($"/enfants/{serveur.EnfantNord}");
        using var dpo = await serveur.ConnecterAsync("dpo");
        var html = await dpo.LireTexteAsync($"/audit?type=2000&cible=Enfant&cibleId={serveur.EnfantNord}");
        Assert.Contains("referent.nord", html);
        Assert.Contains("Consultation d'un dossier d'enfant", html);
        var csv = await dpo.Http.GetAsync($"/audit?handler=Export&format=csv&type=2000&cibleId={serveur.EnfantNord}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var octets = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var texte = System.Text.Encoding.UTF8.GetString(octets[3..]);
        Assert.StartsWith("N°;Date (UTC);Utilisateur;Événement", texte);
        Assert.Contains("referent.nord", texte);
        var xlsx = await dpo.Http.GetAsync("/audit?handler=Export&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
        Assert.Contains(await serveur.JournalAsync(), e => e.Type == 2101 && e.Login == "dpo");
    }

    [Fact]
    public async Task La_chaine_detecte_une_entree_modifiee_ou_supprimee()
    {
        using (var c = await serveur.ConnecterAsync("crip"))
            await c.LireAsync($"/enfants/{serveur.EnfantSud}");
        var db = serveur.Bd.ArgumentDbCourant;
        var sortie = new StringWriter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["audit", "verifier", db], sortie, new StringWriter()));
        Assert.Contains("intact", sortie.ToString());

        await using var ctx = serveur.Contexte();
        var cible = await ctx.EvenementsAudit.Where(e => e.Type == 2000).OrderBy(e => e.Id).FirstAsync();
        // Tampering straight in the database, as an intruder would.
        await ctx.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"EvenementsAudit\" SET \"Login\" = {"quelquun"} WHERE \"Id\" = {cible.Id}");
        var (_, erreurs) = await new JournalAudit(ctx).VerifierAsync();
        Assert.Contains(erreurs, e => e.Contains($"n° {cible.Id}") && e.Contains("modifiée"));
        var err = new StringWriter();
        Assert.Equal(1, await LigneDeCommande.ExecuterAsync(["audit", "verifier", db], new StringWriter(), err));
        Assert.Contains($"n° {cible.Id}", err.ToString());

        await ctx.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"EvenementsAudit\" SET \"Login\" = {cible.Login} WHERE \"Id\" = {cible.Id}");
        Assert.Empty((await new JournalAudit(ctx).VerifierAsync()).Erreurs);
        await ctx.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"EvenementsAudit\" WHERE \"Id\" = {cible.Id}");
        (_, erreurs) = await new JournalAudit(ctx).VerifierAsync();
        Assert.Contains(erreurs, e => e.Contains("supprimée"));
    }
}
