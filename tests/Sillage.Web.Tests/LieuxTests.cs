using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Donnees.Entites;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

public class LieuxTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private static string J(int jours) => DateTime.Today.AddDays(jours).ToString("yyyy-MM-dd");

    private async Task<int> CreerLieuAsync(ClientSillage lieux, string nom, string type, int capacite)
    {
        await using var db = serveur.Contexte();
        var nord = await db.Territoires.SingleAsync(t => t.Code == "NORD");
        var r = await lieux.SoumettreAsync("/lieux/nouveau", [new("Saisie.Type", type), new("Saisie.Nom", nom), new("Saisie.TerritoireId", nord.Id.ToString()), new("Saisie.Capacite", capacite.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return int.Parse(r.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Reserver_pour_une_fratrie_puis_admettre_fait_baisser_les_places_libres()
    {
        using var gestionnaire = await serveur.ConnecterAsync("lieux");
        var village = await CreerLieuAsync(gestionnaire, "Village des Tilleuls", "VILLAGE_ENFANTS", 4);
        var invalide = await gestionnaire.SoumettreAsync("/lieux/nouveau", [new("Saisie.Type", "CHATEAU"), new("Saisie.Nom", ""), new("Saisie.Capacite", "-1")]);
        var texte = await ClientSillage.Texte(invalide);
        Assert.Contains("Type : choisissez un type de lieu.", texte);
        Assert.Contains("Places installées : nombre entier positif ou nul obligatoire.", texte);

        await using (var db = serveur.Contexte())
        {
            foreach (var e in new[] { serveur.EnfantNord, serveur.EnfantNord2 })
                db.Mesures.Add(new Mesure { EnfantId = e, Type = "PLACEMENT_ASE", DateDecision = DateOnly.Parse(J(-5)), DateDebut = DateOnly.Parse(J(-5)), DateFinPrevue = DateOnly.Parse(J(300)) });
            await db.SaveChangesAsync();
        }
        using var referent = await serveur.ConnecterAsync("referent.nord");
        var resultats = await referent.LireTexteAsync($"/lieux/recherche?dossiers=E0000001+E0000002&date={J(0)}&territoire=NORD&ensemble=true&recherche=1");
        Assert.Contains("Village des Tilleuls", resultats);
        Assert.Contains("oui, toute la fratrie", resultats);

        var reservation = await referent.SoumettreAsync($"/lieux/recherche?dossiers=E0000001+E0000002&date={J(0)}&recherche=1",
            [new("lieu", village.ToString()), new("date", J(0)), new("dossiers", "E0000001 E0000002")], "/lieux/recherche?handler=Reserver");
        Assert.True(reservation.StatusCode == HttpStatusCode.Redirect, await ClientSillage.Texte(reservation));
        var api = await referent.Http.GetFromJsonAsync<JsonElement>("/api/v1/lieux");
        var ligne = api.EnumerateArray().Single(l => l.GetProperty("id").GetInt32() == village);
        Assert.Equal(2, ligne.GetProperty("libres").GetInt32());
        Assert.Equal(2, ligne.GetProperty("occupation").GetProperty("reservations").GetInt32());

        await using var db2 = serveur.Contexte();
        var ids = await db2.Reservations.Where(r => r.LieuId == village).Select(r => r.Id).ToListAsync();
        foreach (var id in ids)
        {
            var adm = await referent.SoumettreAsync("/lieux/reservations", [], $"/lieux/reservations?handler=Admettre&id={id}");
            Assert.Equal(HttpStatusCode.Redirect, adm.StatusCode);
        }
        Assert.Equal(2, await db2.Sejours.CountAsync(s => s.LieuId == village));
        ligne = (await referent.Http.GetFromJsonAsync<JsonElement>("/api/v1/lieux")).EnumerateArray().Single(l => l.GetProperty("id").GetInt32() == village);
        Assert.Equal(2, ligne.GetProperty("libres").GetInt32());
        Assert.Equal(2, ligne.GetProperty("occupation").GetProperty("sejours").GetInt32());
        Assert.Contains("Éloïse Marie LEFÈVRE", await referent.LireTexteAsync($"/lieux/{village}"));

        // The LIEUX role declares unavailable places; free places drop at once.
        var indispo = await gestionnaire.SoumettreAsync($"/lieux/{village}", [new("places", "1"), new("debut", J(0)), new("motif", "Travaux")], $"/lieux/{village}?handler=Indisponibilite");
        Assert.Equal(HttpStatusCode.Redirect, indispo.StatusCode);
        ligne = (await referent.Http.GetFromJsonAsync<JsonElement>("/api/v1/lieux")).EnumerateArray().Single(l => l.GetProperty("id").GetInt32() == village);
        Assert.Equal(1, ligne.GetProperty("libres").GetInt32());
        var unite = await gestionnaire.SoumettreAsync($"/lieux/{village}", [new("nom", "Maison des petits"), new("places", "2"), new("ageMin", "3"), new("ageMax", "10")], $"/lieux/{village}?handler=Unite");
        Assert.Equal(HttpStatusCode.Redirect, unite.StatusCode);
        var trop = await gestionnaire.SoumettreAsync($"/lieux/{village}", [new("nom", "Maison des grands"), new("places", "3")], $"/lieux/{village}?handler=Unite");
        Assert.Contains("ne peuvent dépasser la capacité du lieu", await ClientSillage.Texte(trop));
        // The lieu's manager does not see the children's names.
        Assert.DoesNotContain("LEFÈVRE", await gestionnaire.LireTexteAsync($"/lieux/{village}"));
    }

    [Fact]
    public async Task Une_lecture_partagee_du_cache_des_lieux_se_fait_une_fois_sur_un_contexte_a_elle()
    {
        // 32 requests asking at once for the occupation of a day: one read, on a context that none of them holds (a shared
        // read on a request's context ran on beside that request's next query, or after the context went back to the pool).
        var fabrique = new FabriqueComptee(serveur.App.Services.GetRequiredService<IDbContextFactory<Sillage.Donnees.SillageDbContext>>());
        var cache = new Sillage.Web.Fonctionnalites.Lieux.CacheLieux(fabrique);
        var lectures = 0;
        var contextes = new System.Collections.Concurrent.ConcurrentBag<Sillage.Donnees.SillageDbContext>();
        var depart = new TaskCompletionSource();
        var jour = new DateOnly(2031, 4, 1);
        var demandes = Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
        {
            await depart.Task;
            return await cache.OccupationsAsync(jour, async db =>
            {
                Interlocked.Increment(ref lectures);
                contextes.Add(db);
                await Task.Delay(200);
                return await Sillage.Web.Fonctionnalites.Lieux.ServiceLieux.LireOccupationsAsync(db, jour, default);
            });
        })).ToList();
        depart.SetResult();
        var resultats = await Task.WhenAll(demandes);
        Assert.Equal(1, lectures);
        Assert.All(resultats, r => Assert.Same(resultats[0], r));
        // The read ran on a context the cache took for itself.
        Assert.Equal(1, fabrique.Crees);
        Assert.Single(contextes);
    }

    [Fact]
    public async Task Pendant_la_relecture_periodique_la_copie_precedente_est_servie_mais_jamais_apres_une_ecriture()
    {
        var horloge = new HorlogeReglable();
        long generation = 1; // this test's own data version (the process's one moves with the other tests' writes)
        var cache = new Sillage.Web.Fonctionnalites.Lieux.CacheLieux(
            serveur.App.Services.GetRequiredService<IDbContextFactory<Sillage.Donnees.SillageDbContext>>(), horloge, () => generation);
        static Task<Sillage.Domaine.Lieux.LieuxParNom> Lieux(params string[] noms) => Task.FromResult(Sillage.Domaine.Lieux.LieuxParNom.Trier(
            noms.Select((n, i) => new Sillage.Domaine.Lieux.LieuOffre(i + 1, "MECS", n, "NORD", 5, null, null, null, null, null, new HashSet<string>()))));
        var premiere = await cache.OffresAsync(_ => Lieux("Avant"));
        Assert.Equal("Avant", premiere[0].Nom);
        // 11 s later, nothing written in this process: the reread starts, the previous copy is served meanwhile.
        horloge.Avancer(TimeSpan.FromSeconds(11));
        var relecture = new TaskCompletionSource<Sillage.Domaine.Lieux.LieuxParNom>();
        var pendant = cache.OffresAsync(_ => relecture.Task);
        Assert.True(pendant.IsCompletedSuccessfully);
        Assert.Same(premiere, await pendant);
        relecture.SetResult(await Lieux("Après"));
        Assert.Equal("Après", (await cache.OffresAsync(_ => Lieux("jamais lu")))[0].Nom);
        // After a write of this process, the old copy is wrong: the request waits for the new one.
        generation++;
        var apresEcriture = new TaskCompletionSource<Sillage.Domaine.Lieux.LieuxParNom>();
        var attente = cache.OffresAsync(_ => apresEcriture.Task);
        Assert.False(attente.IsCompleted);
        apresEcriture.SetResult(await Lieux("Écrit"));
        Assert.Equal("Écrit", (await attente)[0].Nom);
    }

    private sealed class HorlogeReglable : TimeProvider
    {
        private DateTimeOffset _maintenant = new(2031, 1, 1, 8, 0, 0, TimeSpan.Zero);
        public void Avancer(TimeSpan d) => _maintenant += d;
        public override DateTimeOffset GetUtcNow() => _maintenant;
    }

    private sealed class FabriqueComptee(IDbContextFactory<Sillage.Donnees.SillageDbContext> fabrique) : IDbContextFactory<Sillage.Donnees.SillageDbContext>
    {
        public int Crees;

        public Sillage.Donnees.SillageDbContext CreateDbContext()
        {
            Interlocked.Increment(ref Crees);
            return fabrique.CreateDbContext();
        }
    }

    [Fact]
    public async Task Un_territoire_cree_ou_renomme_figure_aussitot_dans_le_formulaire_de_recherche()
    {
        // The form's territoires are the shared copy (CacheLieux): read again after any write, not after ten seconds.
        using var referent = await serveur.ConnecterAsync("referent.nord");
        Assert.DoesNotContain("Délégation Ouest-Bocage", await referent.LireAsync("/lieux/recherche"));
        using var admin = await serveur.ConnecterAsync("administrateur");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SoumettreAsync("/administration/territoires", [new("Code", "OUESTB"), new("Libelle", "Délégation Ouest-Bocage")])).StatusCode);
        Assert.Contains("<option value=\"OUESTB\">Délégation Ouest-Bocage</option>", await referent.LireAsync("/lieux/recherche"));
        await using var db = serveur.Contexte();
        var t = await db.Territoires.SingleAsync(x => x.Code == "OUESTB");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SoumettreAsync($"/administration/territoires?modifier={t.Id}",
            [new("Modifier", t.Id.ToString()), new("Version", "0"), new("Code", "OUESTB"), new("Libelle", "Délégation du Bocage")])).StatusCode);
        var page = await referent.LireAsync("/lieux/recherche");
        Assert.Contains("Délégation du Bocage", page);
        Assert.DoesNotContain("Délégation Ouest-Bocage", page);
    }

    [Fact]
    public async Task L_occupation_d_un_jour_compte_les_sejours_en_cours_ce_jour_la_et_eux_seuls()
    {
        // Read through the index on the end date (ServiceLieux.LireOccupationsAsync): the bounds of "active on day D".
        await using var db = serveur.Contexte();
        var nord = await db.Territoires.SingleAsync(t => t.Code == "NORD");
        var lieu = new LieuAccueil { Type = "MECS", Nom = "Maison du Bief", TerritoireId = nord.Id, Capacite = 10 };
        db.Lieux.Add(lieu);
        // A child of its own: the other tests of this class admit E0000001 and E0000002 elsewhere.
        var enfant = new Enfant { NumeroDossier = "E0000091", Nom = "BERTIN", Prenoms = "Anaïs", Sexe = "F", DateNaissance = new DateOnly(2020, 1, 9), TerritoireId = nord.Id,
            CleRecherche = Sillage.Domaine.Enfants.CleRecherche.Calculer("BERTIN", "Anaïs") };
        db.Enfants.Add(enfant);
        await db.SaveChangesAsync();
        var jour = new DateOnly(2031, 3, 15);
        var mesure = new Mesure { EnfantId = enfant.Id, Type = "PLACEMENT_ASE", DateDecision = jour.AddYears(-1), DateDebut = jour.AddYears(-1) };
        db.Mesures.Add(mesure);
        await db.SaveChangesAsync();
        (DateOnly Debut, DateOnly? Fin)[] sejours =
        [
            (jour.AddDays(-10), null),           // en cours, sans fin : compté
            (jour.AddDays(-10), jour),           // finit ce jour-là : compté (dates incluses)
            (jour, jour.AddDays(5)),             // commence ce jour-là : compté
            (jour.AddDays(-10), jour.AddDays(-1)), // fini la veille
            (jour.AddDays(1), null),             // commence le lendemain
        ];
        foreach (var (debut, fin) in sejours)
            db.Sejours.Add(new Sejour { EnfantId = enfant.Id, MesureId = mesure.Id, LieuId = lieu.Id, Mode = "LIEU", DateDebut = debut, DateFin = fin });
        await db.SaveChangesAsync();
        Assert.Equal(3, (await Sillage.Web.Fonctionnalites.Lieux.ServiceLieux.LireOccupationsAsync(db, jour, default))[lieu.Id].Sejours);
        Assert.Equal(3, (await Sillage.Web.Fonctionnalites.Lieux.ServiceLieux.LireOccupationsAsync(db, jour.AddDays(1), default))[lieu.Id].Sejours);
        Assert.Equal(2, (await Sillage.Web.Fonctionnalites.Lieux.ServiceLieux.LireOccupationsAsync(db, jour.AddDays(6), default))[lieu.Id].Sejours);
        Assert.False((await Sillage.Web.Fonctionnalites.Lieux.ServiceLieux.LireOccupationsAsync(db, jour.AddDays(-11), default)).ContainsKey(lieu.Id));
    }

    [Fact]
    public async Task Separer_une_fratrie_exige_un_motif_et_l_admission_exige_une_mesure()
    {
        using var gestionnaire = await serveur.ConnecterAsync("lieux");
        var a = await CreerLieuAsync(gestionnaire, "Famille Martin", "ASSISTANT_FAMILIAL", 1);
        var b = await CreerLieuAsync(gestionnaire, "Famille Bernard", "ASSISTANT_FAMILIAL", 1);
        await using var db = serveur.Contexte();
        var territoire = (await db.Enfants.SingleAsync(e => e.Id == serveur.EnfantNord)).TerritoireId;
        var aine = new Enfant { NumeroDossier = "E0000098", Nom = "MOREAU", Prenoms = "Hugo", Sexe = "M", DateNaissance = new(2013, 1, 1), TerritoireId = territoire, Famille = "FAM9", CleRecherche = "HUGO MOREAU" };
        var nouvelle = new Enfant { NumeroDossier = "E0000099", Nom = "MOREAU", Prenoms = "Jade", Sexe = "F", DateNaissance = new(2016, 1, 1), TerritoireId = territoire, Famille = "FAM9", CleRecherche = "JADE MOREAU" };
        db.Enfants.AddRange(aine, nouvelle);
        await db.SaveChangesAsync();
        var m = new Mesure { EnfantId = aine.Id, Type = "AP_MINEUR", DateDecision = DateOnly.Parse(J(-3)), DateAccordParents = DateOnly.Parse(J(-3)), DateDebut = DateOnly.Parse(J(-3)), DateFinPrevue = DateOnly.Parse(J(200)) };
        db.Mesures.Add(m);
        await db.SaveChangesAsync();
        db.Sejours.Add(new Sejour { EnfantId = aine.Id, MesureId = m.Id, LieuId = a, Mode = "LIEU", DateDebut = DateOnly.Parse(J(-3)) });
        db.Reservations.Add(new Reservation { LieuId = b, EnfantId = nouvelle.Id, DateArrivee = DateOnly.Parse(J(0)), Expiration = DateOnly.Parse(J(3)) });
        await db.SaveChangesAsync();
        var reservation = await db.Reservations.SingleAsync(r => r.EnfantId == nouvelle.Id);

        using var referent = await serveur.ConnecterAsync("referent.nord");
        var sansMesure = await referent.SoumettreAsync("/lieux/reservations", [], $"/lieux/reservations?handler=Admettre&id={reservation.Id}");
        Assert.Contains("Aucune mesure d'accueil", await ClientSillage.Texte(sansMesure));
        db.Mesures.Add(new Mesure { EnfantId = nouvelle.Id, Type = "PLACEMENT_ASE", DateDecision = DateOnly.Parse(J(-1)), DateDebut = DateOnly.Parse(J(0)), DateFinPrevue = DateOnly.Parse(J(300)) });
        await db.SaveChangesAsync();
        var sansMotif = await referent.SoumettreAsync("/lieux/reservations", [], $"/lieux/reservations?handler=Admettre&id={reservation.Id}");
        Assert.Contains("C. civ. 375-7", await ClientSillage.Texte(sansMotif));
        var avecMotif = await referent.SoumettreAsync("/lieux/reservations", [new("motif", "Besoins de soins distincts, avis du pédopsychiatre")], $"/lieux/reservations?handler=Admettre&id={reservation.Id}");
        Assert.Equal(HttpStatusCode.Redirect, avecMotif.StatusCode);
        await using var db2 = serveur.Contexte();
        Assert.Equal("Besoins de soins distincts, avis du pédopsychiatre", (await db2.Sejours.SingleAsync(s => s.EnfantId == nouvelle.Id)).Motif);
        var rapport = await referent.LireTexteAsync("/lieux/fratries");
        Assert.Contains("FAM9", rapport);
        Assert.Contains("Besoins de soins distincts", rapport);
        Assert.Contains("aucun motif enregistré", rapport); // the elder's séjour carries none
    }

    [Fact]
    public async Task L_hotel_n_admet_qu_un_jeune_de_16_ans_avec_motif_pour_deux_mois_au_plus()
    {
        using var gestionnaire = await serveur.ConnecterAsync("lieux");
        var hotel = await CreerLieuAsync(gestionnaire, "Hôtel de la Gare", "HOTEL", 5);
        await using var db = serveur.Contexte();
        var territoire = (await db.Enfants.SingleAsync(e => e.Id == serveur.EnfantNord)).TerritoireId;
        var jeune = new Enfant { NumeroDossier = "E0000097", Nom = "FABRE", Prenoms = "Nino", Sexe = "M", DateNaissance = DateOnly.FromDateTime(DateTime.Today).AddYears(-16).AddDays(-10), TerritoireId = territoire, CleRecherche = "FABRE NINO" };
        db.Enfants.Add(jeune);
        await db.SaveChangesAsync();
        db.Mesures.Add(new Mesure { EnfantId = jeune.Id, Type = "PLACEMENT_ASE", DateDecision = DateOnly.Parse(J(-1)), DateDebut = DateOnly.Parse(J(0)), DateFinPrevue = DateOnly.Parse(J(300)) });
        db.Reservations.Add(new Reservation { LieuId = hotel, EnfantId = jeune.Id, DateArrivee = DateOnly.Parse(J(0)), Expiration = DateOnly.Parse(J(2)) });
        await db.SaveChangesAsync();
        var id = (await db.Reservations.SingleAsync(r => r.EnfantId == jeune.Id)).Id;
        using var referent = await serveur.ConnecterAsync("referent.nord");
        var sansMotif = await referent.SoumettreAsync("/lieux/reservations", [], $"/lieux/reservations?handler=Admettre&id={id}");
        Assert.Contains("CASF L221-2-3", await ClientSillage.Texte(sansMotif));
        var ok = await referent.SoumettreAsync("/lieux/reservations", [new("motif", "Urgence, aucune place adaptée ce soir")], $"/lieux/reservations?handler=Admettre&id={id}");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await using var db2 = serveur.Contexte();
        Assert.Equal(DateOnly.FromDateTime(DateTime.Today).AddMonths(2), (await db2.Sejours.SingleAsync(s => s.EnfantId == jeune.Id)).DateFin);
        Assert.Contains("dérogation hôtel", await referent.LireTexteAsync($"/lieux/{hotel}"));
        Assert.Contains("Occupation moyenne", await referent.LireTexteAsync("/lieux"));
    }

    [Fact]
    public async Task La_recherche_par_api_explique_les_refus()
    {
        using var c = await serveur.ConnecterAsync("crip");
        Assert.Equal(HttpStatusCode.BadRequest, (await c.Http.GetAsync("/api/v1/lieux/recherche")).StatusCode);
        var r = await c.Http.GetFromJsonAsync<JsonElement>("/api/v1/lieux/recherche?ages=2F&type=LOGEMENT_AUTONOME");
        Assert.All(r.EnumerateArray(), p => Assert.False(p.GetProperty("convient").GetBoolean()));
        using var odpe = await serveur.ConnecterAsync("odpe");
        Assert.Equal(HttpStatusCode.Forbidden, (await odpe.Http.GetAsync("/api/v1/lieux")).StatusCode);
    }
}
