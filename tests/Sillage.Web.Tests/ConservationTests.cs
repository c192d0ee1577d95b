using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>Retention: the DPO sees what is due, applies the final fate with a visa; personal data go, the indicators stay.</summary>
public class ConservationTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    /// <summary>Three old files: an information without follow-up closed in 2014 (elimination due), a placement ended in 2011
    /// (transfer due), a placement ended in 2023 (intermediate archive).</summary>
    private async Task<(int SansSuite, int Ancien, int Recent)> PeuplerAsync()
    {
        using var d = new DossierEchange(
            ("enfants.csv", "id;nom;prenoms;sexe;date_naissance;territoire;famille;mna;nom_naissance_mere\n" +
                "CONS1;OUBLIANCE;Aurore;F;2005-04-02;SUD;;0;\nCONS2;ARCHIVAL;Bastien;M;1996-07-12;NORD;;0;\nCONS3;RECENTIN;Célia;F;2008-01-20;NORD;;0;\n"),
            ("informations.csv", "id;date_reception;origine;qualification;date_qualification\nICONS1;2014-03-01;FAMILLE;IP;2014-03-05\nICONS2;2009-11-02;FAMILLE;IP;2009-11-05\n"),
            ("informations_enfants.csv", "information_id;enfant_id;date_fin_evaluation;conclusion;date_decision\nICONS1;CONS1;2014-05-01;CLASSEMENT;2014-05-10\nICONS2;CONS2;2009-12-20;SAISINE_JUDICIAIRE;2009-12-28\n"),
            ("mesures.csv", "id;enfant_id;type;date_decision;date_debut;date_fin_prevue;date_fin;motif_fin;renouvelle\n" +
                "MCONS2;CONS2;PLACEMENT_ASE;2010-01-08;2010-01-10;2011-01-09;2011-01-09;ECHEANCE;\nMCONS3;CONS3;PLACEMENT_ASE;2022-07-01;2022-07-01;2023-06-30;2023-06-30;ECHEANCE;\n"));
        var (code, _, erreur) = await SauvegardeTests.ExecuterAsync("import", d.Chemin, serveur.Bd.ArgumentDbCourant);
        Assert.True(code == 0, erreur);
        await using var db = serveur.Contexte();
        int Id(string s) => db.Enfants.Single(e => e.SourceId == s).Id;
        var ids = (Id("CONS1"), Id("CONS2"), Id("CONS3"));
        db.Parents.Add(new Donnees.Entites.Parent { EnfantId = ids.Item1, Lien = "MERE", Nom = "OUBLIANCE", Prenoms = "Sylvie", Adresse = "3 impasse des Mouettes" });
        await db.SaveChangesAsync();
        return ids;
    }

    private Task<HttpResponseMessage> SortFinalAsync(ClientSillage c, int id, string visa, string reference = "") =>
        c.SoumettreAsync("/conservation", [new("id", id.ToString()), new("visa", visa), new("reference", reference)], "/conservation?handler=SortFinal");

    private async Task<string> IndicateursAsync()
    {
        var sortie = "";
        foreach (var annee in new[] { 2009, 2010, 2011, 2014, 2023 })
            sortie += (await SauvegardeTests.ExecuterAsync("indicateurs", "--annee", annee.ToString(), serveur.Bd.ArgumentDbCourant)).Sortie;
        return sortie;
    }

    [Fact]
    public async Task Le_dpo_elimine_et_verse_avec_visa_les_indicateurs_restent()
    {
        var (sansSuite, ancien, recent) = await PeuplerAsync();
        using var dpo = await serveur.ConnecterAsync("dpo");
        var page = await dpo.LireTexteAsync("/conservation");
        Assert.Contains(await NumeroAsync(sansSuite), page);
        Assert.Contains(await NumeroAsync(ancien), page);
        Assert.DoesNotContain(await NumeroAsync(recent), page); // intermediate archive, not due
        Assert.DoesNotContain("OUBLIANCE", page); // numbers only
        Assert.Contains(await NumeroAsync(recent), await dpo.LireTexteAsync("/conservation?etat=archive"));
        var csv = await dpo.LireTexteAsync("/conservation?handler=Export&format=csv");
        Assert.Contains(await NumeroAsync(ancien), csv);

        var indicateurs = await IndicateursAsync();
        Assert.Contains(";", indicateurs);
        var journalAvant = (await serveur.JournalAsync()).Count;

        // Refusals: no visa; a transfer without its archives reference; a file not yet due. Nothing written.
        var r = await SortFinalAsync(dpo, sansSuite, "");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("Visa : le nom et la fonction", await ClientSillage.Texte(r));
        r = await SortFinalAsync(dpo, ancien, "Mme Archiviste, directrice");
        Assert.Contains("bordereau de versement", await ClientSillage.Texte(r));
        r = await SortFinalAsync(dpo, recent, "Mme Archiviste, directrice", "BV-2026-1");
        Assert.Contains("n'est pas échu", await ClientSillage.Texte(r));
        Assert.Equal(journalAvant, (await serveur.JournalAsync()).Count);

        Assert.Equal(HttpStatusCode.Redirect, (await SortFinalAsync(dpo, sansSuite, "M. Délégué, DPO")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SortFinalAsync(dpo, ancien, "Mme Archiviste, directrice", "BV-2026-17")).StatusCode);

        await using var db = serveur.Contexte();
        foreach (var id in new[] { sansSuite, ancien })
        {
            var e = await db.Enfants.AsNoTracking().SingleAsync(x => x.Id == id);
            Assert.Equal("ANONYMISÉ", e.Nom);
            Assert.Equal("", e.Prenoms);
            Assert.StartsWith("ANON-", e.NumeroDossier);
        }
        Assert.False(await db.Parents.AnyAsync(p => p.EnfantId == sansSuite));
        Assert.Equal(1, await db.Mesures.CountAsync(m => m.EnfantId == ancien)); // the dated events stay, pseudonymised
        Assert.Equal("RECENTIN", (await db.Enfants.SingleAsync(x => x.Id == recent)).Nom);

        var journal = (await serveur.JournalAsync()).Skip(journalAvant).ToList();
        Assert.Contains(journal, e => e.Type == 4502 && e.CibleId == sansSuite.ToString() && e.Details!.Contains("M. Délégué, DPO"));
        Assert.Contains(journal, e => e.Type == 4503 && e.CibleId == ancien.ToString() && e.Details!.Contains("BV-2026-17"));
        Assert.DoesNotContain(journal, e => (e.Details ?? "").Contains("OUBLIANCE") || (e.Details ?? "").Contains("ARCHIVAL"));
        Assert.Equal(0, (await SauvegardeTests.ExecuterAsync("audit", "verifier", serveur.Bd.ArgumentDbCourant)).Code);

        Assert.Equal(indicateurs, await IndicateursAsync());
        var apres = await dpo.LireTexteAsync("/conservation");
        Assert.Contains("Sort final appliqué", apres);
        Assert.DoesNotContain(await NumeroAsync(sansSuite), apres.Replace("Sort final appliqué", ""));
    }

    private async Task<string> NumeroAsync(int id)
    {
        await using var db = serveur.Contexte();
        return (await db.Enfants.AsNoTracking().SingleAsync(e => e.Id == id)).NumeroDossier;
    }
}
