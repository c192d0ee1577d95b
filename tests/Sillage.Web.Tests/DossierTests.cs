using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Enfants;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>The child's file: timeline (page and API), current situation, fratrie, parents, follow-up, documents, merge.</summary>
public class DossierTests(ServeurSillage serveur) : IClassFixture<ServeurSillage>
{
    private static readonly DateOnly Aujourdhui = DateOnly.FromDateTime(DateTime.Today);
    private static int _numero;

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> TerritoireAsync(string code)
    {
        await using var db = serveur.Contexte();
        return (await db.Territoires.SingleAsync(t => t.Code == code)).Id;
    }

    /// <summary>A new child of its own, so that tests of this class do not see each other's records.</summary>
    private async Task<Enfant> EnfantAsync(string territoire, string nom, string prenoms, DateOnly naissance, string? famille = null)
    {
        await using var db = serveur.Contexte();
        var e = new Enfant
        {
            NumeroDossier = $"T{Interlocked.Increment(ref _numero):0000000}", Nom = nom, Prenoms = prenoms, Sexe = "F", DateNaissance = naissance,
            TerritoireId = await TerritoireAsync(territoire), Famille = famille, CleRecherche = Domaine.Enfants.CleRecherche.Calculer(nom, prenoms),
        };
        db.Enfants.Add(e);
        await db.SaveChangesAsync();
        return e;
    }

    private async Task<LieuAccueil> LieuAsync(string nom, string type, string territoire)
    {
        await using var db = serveur.Contexte();
        var l = new LieuAccueil { Nom = nom, Type = type, TerritoireId = await TerritoireAsync(territoire), Capacite = 10 };
        db.Lieux.Add(l);
        await db.SaveChangesAsync();
        return l;
    }

    private sealed record Histoire(Enfant Enfant, InformationEnfant Evaluation, Mesure Placement, Mesure Renouvellement, Mesure EnAttente, Sejour Sejour, Sejour SejourActuel);

    /// <summary>A complete history: an IP and its evaluation, a placement and its renewal, a waiting AEMO, two séjours, PPE, rapport, entretien, CESSEC.</summary>
    private async Task<Histoire> HistoireAsync()
    {
        var enfant = await EnfantAsync("NORD", "MARCHAND", "Inès", D("2009-02-28"));
        var mecs = await LieuAsync("MECS Les Tilleuls", "MECS", "NORD");
        var af = await LieuAsync("Famille d'accueil Roux", "ASSISTANT_FAMILIAL", "NORD");
        await using var db = serveur.Contexte();
        var info = new InformationEntrante { DateReception = D("2024-01-10"), Origine = "EDUCATION_NATIONALE", Qualification = "IP", DateQualification = D("2024-01-12") };
        var evaluation = new InformationEnfant { Information = info, EnfantId = enfant.Id, DateFinEvaluation = D("2024-03-01"), Conclusion = "SAISINE_JUDICIAIRE", DateDecision = D("2024-03-05") };
        db.Informations.Add(info);
        db.InformationsEnfants.Add(evaluation);
        var placement = new Mesure { EnfantId = enfant.Id, Type = "PLACEMENT_ASE", DateDecision = D("2024-03-10"), DateDebut = D("2024-03-20"), DateFinPrevue = D("2026-03-19"), DateFin = D("2025-03-19"), MotifFin = "ECHEANCE" };
        db.Mesures.Add(placement);
        await db.SaveChangesAsync();
        var renouvellement = new Mesure { EnfantId = enfant.Id, Type = "PLACEMENT_ASE", DateDecision = D("2025-03-15"), DateDebut = D("2025-03-20"), DateFinPrevue = Aujourdhui.AddDays(200), RenouvelleId = placement.Id };
        var attente = new Mesure { EnfantId = enfant.Id, Type = "AEMO", DateDecision = Aujourdhui.AddDays(-10) };
        db.Mesures.AddRange(renouvellement, attente);
        await db.SaveChangesAsync();
        var sejour = new Sejour { EnfantId = enfant.Id, MesureId = placement.Id, LieuId = mecs.Id, Mode = "LIEU", DateDebut = D("2024-03-20"), DateFin = D("2024-06-30") };
        var actuel = new Sejour { EnfantId = enfant.Id, MesureId = renouvellement.Id, LieuId = af.Id, Mode = "LIEU", DateDebut = Aujourdhui.AddDays(-40) };
        db.Sejours.AddRange(sejour, actuel);
        db.Ppes.Add(new ProjetPourEnfant { EnfantId = enfant.Id, DateSignature = D("2024-05-02") });
        db.Rapports.Add(new RapportSituation { EnfantId = enfant.Id, Date = D("2025-01-15"), DatePartage = D("2025-01-20"), DateTransmissionJuge = D("2025-01-25") });
        db.Entretiens.Add(new Entretien17Ans { EnfantId = enfant.Id, Date = D("2026-03-01") });
        db.ExamensCessec.Add(new ExamenCessec { EnfantId = enfant.Id, DateExamen = D("2025-06-12") });
        await db.SaveChangesAsync();
        return new Histoire(enfant, evaluation, placement, renouvellement, attente, sejour, actuel);
    }

    [Fact]
    public async Task La_page_du_dossier_montre_la_situation_et_la_chronologie_avec_les_durees()
    {
        var h = await HistoireAsync();
        using var c = await serveur.ConnecterAsync("referent.nord");
        var html = await c.LireTexteAsync($"/enfants/{h.Enfant.Id}");

        Assert.Contains("28/02/2009", html);
        Assert.Contains($"({Domaine.Temps.Ages.AgeAu(D("2009-02-28"), Aujourdhui)} ans)", html);
        // Current situation: the séjour in the foster family, the renewed placement and the waiting AEMO.
        Assert.Contains($"Famille d'accueil Roux (Assistant(e) familial(e)) — En lieu d'accueil, depuis le {Textes.Date(Aujourdhui.AddDays(-40))} (40 jours)", html);
        var situation = html[html.IndexOf("Mesures en cours", StringComparison.Ordinal)..html.IndexOf("id=\"titre-chronologie\"", StringComparison.Ordinal)];
        Assert.Contains("Enfant confié à l'ASE par le juge (OPP comprise)", situation);
        Assert.Contains("judiciaire", situation);
        Assert.Contains(Textes.Jours(Aujourdhui.DayNumber - D("2025-03-20").DayNumber), situation);
        Assert.Contains(Textes.Date(Aujourdhui.AddDays(200)), situation);
        Assert.Contains("en attente d'exécution", situation);
        Assert.DoesNotContain("19/03/2025", situation); // the ended placement is not current

        // Timeline: evaluation 10/01/2024 → 01/03/2024 = 51 days, waiting 10 days, durations, places, renewal link.
        Assert.Contains("Évaluation terminée le 01/03/2024, 51 jours après la réception", html);
        Assert.Contains("Conclusion : Saisine judiciaire (signalement au Parquet)", html);
        Assert.Contains("Début le 20/03/2024, 10 jours après la décision", html);
        Assert.Contains("Fin le 19/03/2025 (motif : Échéance)", html);
        Assert.Contains("Durée : 364 jours", html);
        Assert.Contains($"href=\"#evt-Mesure-{h.Placement.Id}\">Renouvelle la mesure PLACEMENT_ASE décidée le 10/03/2024", html);
        Assert.Contains("Action éducative en milieu ouvert (AEMO) — mesure judiciaire — en attente d'exécution", html);
        Assert.Contains("En attente d'exécution depuis 10 jours", html);
        Assert.Contains("Séjour — MECS Les Tilleuls (Maison d'enfants à caractère social)", html);
        Assert.Contains("Du 20/03/2024 au 30/06/2024", html);
        Assert.Contains("Durée : 102 jours", html);
        Assert.Contains("En cours depuis 40 jours", html);
        Assert.Contains("Signé le 02/05/2024", html);
        Assert.Contains("Transmis au juge le 25/01/2025", html);
        Assert.Contains("Entretien du 01/03/2026", html);
        Assert.Contains("Examen du 12/06/2025", html);

        // Most recent first by default; the toggle gives the chronological order.
        Assert.True(html.IndexOf("Examen du 12/06/2025", StringComparison.Ordinal) < html.IndexOf("Signé le 02/05/2024", StringComparison.Ordinal));
        var chrono = await c.LireTexteAsync($"/enfants/{h.Enfant.Id}?ordre=chrono");
        Assert.True(chrono.IndexOf("Examen du 12/06/2025", StringComparison.Ordinal) > chrono.IndexOf("Signé le 02/05/2024", StringComparison.Ordinal));
        Assert.Contains("Afficher les plus récents d'abord", chrono);
    }

    [Fact]
    public async Task L_api_donne_la_meme_chronologie_et_trace_la_consultation()
    {
        var h = await HistoireAsync();
        using var c = await serveur.ConnecterAsync("referent.nord");
        var r = await c.Http.GetAsync($"/api/v1/enfants/{h.Enfant.Id}/chronologie?ordre=chrono");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var json = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        var evenements = json.RootElement.GetProperty("evenements").EnumerateArray().ToList();
        Assert.Equal(["Information", "Mesure", "Sejour", "Ppe", "Rapport", "Mesure", "Cessec", "Entretien17Ans", "Sejour", "Mesure"],
            evenements.Select(e => e.GetProperty("type").GetString()!).ToList());
        JsonElement Evt(string type, int id) => evenements.Single(e => e.GetProperty("type").GetString() == type && e.GetProperty("id").GetInt32() == id);
        Assert.Equal(51, Evt("Information", h.Evaluation.Id).GetProperty("dureeJours").GetInt32());
        var placement = Evt("Mesure", h.Placement.Id);
        Assert.Equal(10, placement.GetProperty("attenteJours").GetInt32());
        Assert.Equal(364, placement.GetProperty("dureeJours").GetInt32());
        Assert.False(placement.GetProperty("enCours").GetBoolean());
        var renouvellement = Evt("Mesure", h.Renouvellement.Id);
        Assert.Equal($"evt-Mesure-{h.Placement.Id}", renouvellement.GetProperty("lienVers").GetString());
        Assert.True(renouvellement.GetProperty("enCours").GetBoolean());
        Assert.Equal(10, Evt("Mesure", h.EnAttente.Id).GetProperty("attenteJours").GetInt32());
        Assert.Equal(JsonValueKind.Null, Evt("Mesure", h.EnAttente.Id).GetProperty("debut").ValueKind);
        Assert.Equal(102, Evt("Sejour", h.Sejour.Id).GetProperty("dureeJours").GetInt32());
        Assert.Equal(40, Evt("Sejour", h.SejourActuel.Id).GetProperty("dureeJours").GetInt32());
        Assert.Contains("Famille d'accueil Roux", Evt("Sejour", h.SejourActuel.Id).GetProperty("titre").GetString());
        var dates = evenements.Select(e => e.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal).ToList(), dates);

        var consultations = (await serveur.JournalAsync())
            .Where(e => e.Type == (int)TypeEvenementAudit.ConsultationDossierEnfant && e.CibleId == h.Enfant.Id.ToString() && e.Details!.Contains("api-chronologie"))
            .ToList();
        Assert.Single(consultations);
        Assert.Equal("referent.nord", consultations[0].Login);

        using var sud = await serveur.ConnecterAsync("referent.sud");
        Assert.Equal(HttpStatusCode.NotFound, (await sud.Http.GetAsync($"/api/v1/enfants/{h.Enfant.Id}/chronologie")).StatusCode);
        Assert.Contains(await serveur.JournalAsync(), e => e.Type == (int)TypeEvenementAudit.AccesRefuse && e.Login == "referent.sud" && e.CibleId == h.Enfant.Id.ToString());
    }

    [Fact]
    public async Task La_fratrie_dit_ou_vit_chaque_frere_et_soeur_sans_identite_hors_territoire()
    {
        var famille = "FAM-OU-" + Guid.NewGuid().ToString("N")[..6];
        var a = await EnfantAsync("NORD", "PETIT", "Anna", D("2012-04-01"), famille);
        var b = await EnfantAsync("NORD", "PETIT", "Basile", D("2013-05-01"), famille);
        var c = await EnfantAsync("SUD", "PETIT", "Camille", D("2014-06-01"), famille);
        var d = await EnfantAsync("NORD", "PETIT", "Daphné", D("2015-07-01"), famille);
        var e = await EnfantAsync("NORD", "PETIT", "Émile", D("2016-08-01"), famille);
        var lieu = await LieuAsync("Village d'enfants du Nord", "VILLAGE_ENFANTS", "NORD");
        await using (var db = serveur.Contexte())
        {
            Mesure M(Enfant x) => new() { EnfantId = x.Id, Type = "PLACEMENT_ASE", DateDecision = Aujourdhui.AddDays(-60), DateDebut = Aujourdhui.AddDays(-60) };
            var (ma, mb, mc, md, me) = (M(a), M(b), M(c), M(d), M(e));
            db.Mesures.AddRange(ma, mb, mc, md, me);
            await db.SaveChangesAsync();
            db.Sejours.AddRange(
                new Sejour { EnfantId = a.Id, MesureId = ma.Id, LieuId = lieu.Id, Mode = "LIEU", DateDebut = Aujourdhui.AddDays(-60) },
                new Sejour { EnfantId = b.Id, MesureId = mb.Id, LieuId = lieu.Id, Mode = "LIEU", DateDebut = Aujourdhui.AddDays(-60) },
                new Sejour { EnfantId = c.Id, MesureId = mc.Id, Mode = "DOMICILE", DateDebut = Aujourdhui.AddDays(-60) },
                new Sejour { EnfantId = d.Id, MesureId = md.Id, Mode = "TDC", DateDebut = Aujourdhui.AddDays(-60) },
                // An ended séjour: today Émile has no accueil.
                new Sejour { EnfantId = e.Id, MesureId = me.Id, LieuId = lieu.Id, Mode = "LIEU", DateDebut = Aujourdhui.AddDays(-60), DateFin = Aujourdhui.AddDays(-1) });
            await db.SaveChangesAsync();
        }
        using var client = await serveur.ConnecterAsync("referent.nord");
        var html = await client.LireTexteAsync($"/enfants/{a.Id}");
        var fratrie = System.Text.RegularExpressions.Regex.Replace(
            html[html.IndexOf("id=\"titre-fratrie\"", StringComparison.Ordinal)..html.IndexOf("id=\"titre-situation\"", StringComparison.Ordinal)], @"\s+", " ");
        Assert.Contains("Basile PETIT, né(e) le 01/05/2013 — Délégation Nord</a> — vit actuellement : <span class=\"ou-vit\">Village d'enfants du Nord (Village d'enfants)", fratrie);
        Assert.Contains("Daphné PETIT, né(e) le 01/07/2015 — Délégation Nord</a> — vit actuellement : <span class=\"ou-vit\">chez un tiers digne de confiance", fratrie);
        Assert.Contains("Émile PETIT, né(e) le 01/08/2016 — Délégation Nord</a> — vit actuellement : <span class=\"ou-vit\">pas d'accueil en cours", fratrie);
        Assert.DoesNotContain("Camille", fratrie);
        Assert.Contains("Un frère ou une sœur suivi(e) par un autre territoire (Délégation Sud) : identité non communiquée</span> — vit actuellement : <span class=\"ou-vit\">au domicile", fratrie);

        var api = JsonDocument.Parse(await client.Http.GetStringAsync($"/api/v1/enfants/{a.Id}"));
        var freres = api.RootElement.GetProperty("fratrie").EnumerateArray().ToList();
        Assert.Equal(4, freres.Count);
        Assert.Single(freres, f => f.GetProperty("id").ValueKind == JsonValueKind.Null && f.GetProperty("ouVit").GetString() == "au domicile");
    }

    private static KeyValuePair<string, string> Champ(string nom, string valeur) => new(nom, valeur);

    [Fact]
    public async Task Les_parents_s_ajoutent_se_modifient_et_se_retirent_avec_controle_de_version()
    {
        var enfant = await EnfantAsync("NORD", "ROY", "Léa", D("2016-01-01"));
        var page = $"/enfants/{enfant.Id}/parents";
        using var c = await serveur.ConnecterAsync("referent.nord");

        var invalide = await c.SoumettreAsync(page, [Champ("Saisie.Lien", ""), Champ("Saisie.Nom", ""), Champ("Saisie.Prenoms", "Paul"), Champ("Saisie.Telephone", "abc")]);
        Assert.Equal(HttpStatusCode.OK, invalide.StatusCode);
        var erreurs = await ClientSillage.Texte(invalide);
        Assert.Contains("Lien avec l'enfant : valeur obligatoire.", erreurs);
        Assert.Contains("Nom : valeur obligatoire.", erreurs);
        Assert.Contains("Téléphone : numéro non valide", erreurs);

        var ajout = await c.SoumettreAsync(page, [Champ("Saisie.Lien", "MERE"), Champ("Saisie.Nom", "ROY"), Champ("Saisie.Prenoms", "Claire"),
            Champ("Saisie.AutoriteParentale", "true"), Champ("Saisie.Adresse", "3 rue des Lilas, 59000 Lille"), Champ("Saisie.Telephone", "06 12 34 56 78")]);
        Assert.Equal(HttpStatusCode.Redirect, ajout.StatusCode);
        Parent parent;
        await using (var db = serveur.Contexte()) parent = await db.Parents.AsNoTracking().SingleAsync(p => p.EnfantId == enfant.Id);
        Assert.Equal(("MERE", "Claire", true, "06 12 34 56 78"), (parent.Lien, parent.Prenoms, parent.AutoriteParentale, parent.Telephone));
        var dossier = await c.LireTexteAsync($"/enfants/{enfant.Id}");
        Assert.Contains("Mère</strong> : Claire ROY — titulaire de l'autorité parentale, tél. 06 12 34 56 78, 3 rue des Lilas, 59000 Lille", dossier);

        var edition = $"{page}?parent={parent.Id}";
        Assert.Contains("value=\"Claire\"", await c.LireAsync(edition));
        var modif = await c.SoumettreAsync(edition, [Champ("Saisie.Id", parent.Id.ToString()), Champ("Saisie.Version", parent.Version.ToString()),
            Champ("Saisie.Lien", "MERE"), Champ("Saisie.Nom", "ROY"), Champ("Saisie.Prenoms", "Claire Anne")]);
        Assert.Equal(HttpStatusCode.Redirect, modif.StatusCode);

        // A second edit from the same stale form is refused, nothing is overwritten.
        var perime = await c.SoumettreAsync(edition, [Champ("Saisie.Id", parent.Id.ToString()), Champ("Saisie.Version", parent.Version.ToString()),
            Champ("Saisie.Lien", "PERE"), Champ("Saisie.Nom", "ROY"), Champ("Saisie.Prenoms", "Écrasé")]);
        Assert.Equal(HttpStatusCode.OK, perime.StatusCode);
        Assert.Contains("a été modifié par quelqu'un d'autre", await ClientSillage.Texte(perime));
        await using (var db = serveur.Contexte())
        {
            var p = await db.Parents.AsNoTracking().SingleAsync(x => x.Id == parent.Id);
            Assert.Equal(("Claire Anne", "MERE", false, parent.Version + 1), (p.Prenoms, p.Lien, p.AutoriteParentale, p.Version));
        }
        var suppressionPerimee = await c.SoumettreAsync(page, [Champ("parentId", parent.Id.ToString()), Champ("version", parent.Version.ToString())], page + "?handler=Supprimer");
        Assert.Contains("a été modifié par quelqu'un d'autre", await ClientSillage.Texte(suppressionPerimee));
        var suppression = await c.SoumettreAsync(page, [Champ("parentId", parent.Id.ToString()), Champ("version", (parent.Version + 1).ToString())], page + "?handler=Supprimer");
        Assert.Equal(HttpStatusCode.Redirect, suppression.StatusCode);
        await using (var db = serveur.Contexte()) Assert.False(await db.Parents.AnyAsync(p => p.EnfantId == enfant.Id));
        var journal = await serveur.JournalAsync();
        Assert.Contains(journal, e => e.Cible == "Parent" && e.CibleId == parent.Id.ToString() && e.Type == (int)TypeEvenementAudit.Suppression);

        // Without the permission or outside the territories: no access.
        using var evaluateur = await serveur.ConnecterAsync("evaluateur.nord");
        var refus = await evaluateur.Http.GetAsync(page);
        Assert.True(refus.StatusCode == HttpStatusCode.Redirect && refus.Headers.Location!.OriginalString.Contains("acces-refuse"));
        using var sud = await serveur.ConnecterAsync("referent.sud");
        Assert.Equal(HttpStatusCode.NotFound, (await sud.Http.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task Le_referent_et_le_statut_juridique_se_choisissent_dans_le_territoire()
    {
        var enfant = await EnfantAsync("NORD", "FAURE", "Tom", D("2011-11-11"));
        string referentNord, referentSud;
        await using (var db = serveur.Contexte())
        {
            referentNord = (await db.Users.SingleAsync(u => u.UserName == "referent.nord")).Id;
            referentSud = (await db.Users.SingleAsync(u => u.UserName == "referent.sud")).Id;
        }
        var page = $"/enfants/{enfant.Id}/modifier";
        var action = page + "?handler=Suivi";
        using var c = await serveur.ConnecterAsync("cadre.nord");
        var formulaire = await c.LireAsync(page);
        Assert.Contains($"value=\"{referentNord}\"", formulaire);
        Assert.DoesNotContain(referentSud, formulaire);

        var mauvais = await c.SoumettreAsync(page, [Champ("Suivi.ReferentId", referentSud), Champ("Suivi.StatutJuridique", "Tutelle"), Champ("Suivi.Version", "0")], action);
        Assert.Equal(HttpStatusCode.OK, mauvais.StatusCode);
        Assert.Contains("Référent ASE : choisissez un référent ASE actif du territoire de l'enfant.", await ClientSillage.Texte(mauvais));

        var ok = await c.SoumettreAsync(page, [Champ("Suivi.ReferentId", referentNord), Champ("Suivi.StatutJuridique", "Délégation d'autorité parentale"), Champ("Suivi.Version", "0")], action);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var dossier = await c.LireTexteAsync($"/enfants/{enfant.Id}");
        Assert.Contains("<dt>Référent ASE</dt><dd>referent.nord</dd>", dossier);
        Assert.Contains("<dt>Statut juridique</dt><dd>Délégation d'autorité parentale</dd>", dossier);

        var perime = await c.SoumettreAsync(page, [Champ("Suivi.ReferentId", ""), Champ("Suivi.StatutJuridique", "Tutelle"), Champ("Suivi.Version", "0")], action);
        Assert.Contains("a été modifié par quelqu'un d'autre", await ClientSillage.Texte(perime));
        await using (var db = serveur.Contexte())
        {
            var e = await db.Enfants.AsNoTracking().SingleAsync(x => x.Id == enfant.Id);
            Assert.Equal((referentNord, "Délégation d'autorité parentale", 1), (e.ReferentId, e.StatutJuridique, e.Version));
        }

        // A deactivated référent is no longer proposed.
        await using (var db = serveur.Contexte())
        {
            var u = await db.Users.SingleAsync(x => x.Id == referentNord);
            u.Actif = false;
            await db.SaveChangesAsync();
        }
        try
        {
            var inactif = await c.SoumettreAsync(page, [Champ("Suivi.ReferentId", referentNord), Champ("Suivi.StatutJuridique", "Tutelle"), Champ("Suivi.Version", "1")], action);
            Assert.Contains("Référent ASE : choisissez", await ClientSillage.Texte(inactif));
        }
        finally
        {
            await using var db = serveur.Contexte();
            var u = await db.Users.SingleAsync(x => x.Id == referentNord);
            u.Actif = true;
            await db.SaveChangesAsync();
        }
    }

    private static async Task<HttpResponseMessage> DeposerAsync(ClientSillage c, int enfantId, string titre, string nomFichier, byte[] contenu, string? evenement = null)
    {
        var page = $"/enfants/{enfantId}/documents";
        var jeton = ClientSillage.JetonAntiforgery(await c.LireAsync(page))!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(jeton), "__RequestVerificationToken" },
            { new StringContent(titre), "Saisie.Titre" },
            { new StringContent(evenement ?? ""), "Saisie.Evenement" },
        };
        var fichier = new ByteArrayContent(contenu);
        fichier.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(fichier, "Fichier", nomFichier);
        return await c.Http.PostAsync(page, form);
    }

    private static byte[] Pdf(int taille)
    {
        var octets = new byte[taille];
        "%PDF-1.7\n"u8.CopyTo(octets);
        return octets;
    }

    [Fact]
    public async Task Un_document_se_depose_se_rattache_a_un_evenement_et_son_telechargement_est_trace()
    {
        var h = await HistoireAsync();
        using var c = await serveur.ConnecterAsync("referent.nord");
        var contenu = Pdf(2048);
        var r = await DeposerAsync(c, h.Enfant.Id, "Ordonnance de placement", "ordonnance.pdf", contenu, $"Mesure:{h.Placement.Id}");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DeposerAsync(c, h.Enfant.Id, "Photo", "photo.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3])).StatusCode);
        Document doc;
        await using (var db = serveur.Contexte())
            doc = await db.Documents.AsNoTracking().SingleAsync(d => d.EnfantId == h.Enfant.Id && d.Titre == "Ordonnance de placement");
        Assert.Equal(("Mesure", h.Placement.Id, "application/pdf", "referent.nord"), (doc.EvenementType, doc.EvenementId, doc.TypeContenu, doc.DeposePar));

        var html = await c.LireTexteAsync($"/enfants/{h.Enfant.Id}");
        var placement = html[html.IndexOf($"id=\"evt-Mesure-{h.Placement.Id}\"", StringComparison.Ordinal)..];
        placement = placement[..placement.IndexOf("<li id=\"evt-", StringComparison.Ordinal)];
        Assert.Contains($"href=\"/enfants/{h.Enfant.Id}/documents/{doc.Id}\">Ordonnance de placement (ordonnance.pdf)", placement);
        Assert.Contains("Document — Ordonnance de placement", html);
        Assert.Contains("Rattaché au dossier", html); // the photo
        var documents = html[html.IndexOf("id=\"titre-documents\"", StringComparison.Ordinal)..];
        Assert.Contains("Ordonnance de placement</a> — ordonnance.pdf, 2 Ko", documents);

        var telechargement = await c.Http.GetAsync($"/enfants/{h.Enfant.Id}/documents/{doc.Id}");
        Assert.Equal(HttpStatusCode.OK, telechargement.StatusCode);
        Assert.Equal("application/pdf", telechargement.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ordonnance.pdf", telechargement.Content.Headers.ContentDisposition!.FileNameStar ?? telechargement.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(contenu, await telechargement.Content.ReadAsByteArrayAsync());
        var trace = (await serveur.JournalAsync()).Where(e => e.Type == (int)TypeEvenementAudit.TelechargementDocument && e.CibleId == doc.Id.ToString()).ToList();
        Assert.Single(trace);
        Assert.Equal("referent.nord", trace[0].Login);
        Assert.Contains("ordonnance.pdf", trace[0].Details);
        Assert.Equal("Téléchargement d'un document", TypeEvenementAudit.TelechargementDocument.Libelle());

        using var sud = await serveur.ConnecterAsync("referent.sud");
        Assert.Equal(HttpStatusCode.NotFound, (await sud.Http.GetAsync($"/enfants/{h.Enfant.Id}/documents/{doc.Id}")).StatusCode);
        using var evaluateur = await serveur.ConnecterAsync("evaluateur.nord");
        Assert.Equal(HttpStatusCode.OK, (await evaluateur.Http.GetAsync($"/enfants/{h.Enfant.Id}/documents/{doc.Id}")).StatusCode);
        var refus = await DeposerAsync(evaluateur, h.Enfant.Id, "Refusé", "refuse.pdf", Pdf(100));
        Assert.True(refus.StatusCode == HttpStatusCode.Redirect && refus.Headers.Location!.OriginalString.Contains("acces-refuse"), $"{(int)refus.StatusCode} {refus.Headers.Location}");
        await using (var db = serveur.Contexte()) Assert.False(await db.Documents.AnyAsync(d => d.Titre == "Refusé"));
    }

    [Theory]
    [InlineData("virus.exe", "MZ", "le format de virus.exe n'est pas accepté")]
    [InlineData("faux.pdf", "MZ", "le contenu de faux.pdf ne correspond pas à son extension (.pdf)")]
    [InlineData("vide.pdf", "", "Fichier : choisissez un fichier à déposer")]
    [InlineData("gros.pdf", "GROS", "dépasse la taille maximale de 10 Mo")]
    [InlineData("tres-gros.pdf", "TRES_GROS", "dépasse la taille maximale de 10 Mo (25,0 Mo)")]
    public async Task Un_document_refuse_l_est_avec_un_message_en_francais(string nom, string debut, string message)
    {
        var enfant = await EnfantAsync("NORD", "BLANC", "Zoé", D("2015-05-05"));
        using var c = await serveur.ConnecterAsync("referent.nord");
        var contenu = debut switch
        {
            "GROS" => Pdf(10 * 1024 * 1024 + 1),
            "TRES_GROS" => Pdf(25 * 1024 * 1024),
            _ => System.Text.Encoding.ASCII.GetBytes(debut),
        };
        var r = await DeposerAsync(c, enfant.Id, "Pièce", nom, contenu);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains(message, await ClientSillage.Texte(r));
        await using var db = serveur.Contexte();
        Assert.False(await db.Documents.AnyAsync(d => d.EnfantId == enfant.Id));
    }

    [Fact]
    public async Task Un_document_ne_se_rattache_qu_a_un_evenement_du_meme_enfant()
    {
        var h = await HistoireAsync();
        var autre = await EnfantAsync("NORD", "NOIR", "Jules", D("2014-04-04"));
        using var c = await serveur.ConnecterAsync("referent.nord");
        var r = await DeposerAsync(c, autre.Id, "Pièce", "piece.pdf", Pdf(10), $"Mesure:{h.Placement.Id}");
        Assert.Contains("Rattachement : cet événement n'appartient pas au dossier de l'enfant.", await ClientSillage.Texte(r));
    }

    [Fact]
    public async Task La_fusion_reprend_chaque_evenement_regroupe_les_doublons_et_masque_le_doublon()
    {
        var garde = await EnfantAsync("NORD", "DURAND", "Maëlle", D("2012-12-12"), "FAM-FUSION");
        var doublon = await EnfantAsync("NORD", "DURANT", "Maelle", D("2012-12-12"));
        var ancien = await EnfantAsync("NORD", "DURAND", "Maël", D("2012-12-12"));
        int infoCommuneDoublon, infoCommuneGarde, entretienDoublon;
        await using (var db = serveur.Contexte())
        {
            var commune = new InformationEntrante { DateReception = D("2023-02-01"), Origine = "SANTE", Qualification = "IP" };
            var propre = new InformationEntrante { DateReception = D("2023-09-01"), Origine = "FAMILLE", Qualification = "IP" };
            db.Informations.AddRange(commune, propre);
            var ieGarde = new InformationEnfant { Information = commune, EnfantId = garde.Id };
            var ieDoublon = new InformationEnfant { Information = commune, EnfantId = doublon.Id, DateFinEvaluation = D("2023-04-15"), Conclusion = "ACCOMPAGNEMENT", DateDecision = D("2023-04-20") };
            db.InformationsEnfants.AddRange(ieGarde, ieDoublon, new InformationEnfant { Information = propre, EnfantId = doublon.Id });
            var mesure = new Mesure { EnfantId = doublon.Id, Type = "AP_MINEUR", DateDecision = D("2023-05-01"), DateDebut = D("2023-05-02"), DateFin = D("2023-12-31") };
            db.Mesures.AddRange(mesure, new Mesure { EnfantId = garde.Id, Type = "AED", DateDecision = D("2024-01-10"), DateDebut = D("2024-01-15") });
            await db.SaveChangesAsync();
            db.Sejours.Add(new Sejour { EnfantId = doublon.Id, MesureId = mesure.Id, Mode = "TDC", DateDebut = D("2023-05-02"), DateFin = D("2023-12-31") });
            db.Ppes.Add(new ProjetPourEnfant { EnfantId = doublon.Id, DateSignature = D("2023-07-01") });
            db.Rapports.Add(new RapportSituation { EnfantId = doublon.Id, Date = D("2023-11-01") });
            var entretien = new Entretien17Ans { EnfantId = doublon.Id, Date = D("2029-12-01") };
            db.Entretiens.AddRange(entretien, new Entretien17Ans { EnfantId = garde.Id, Date = D("2029-12-01") }, new Entretien17Ans { EnfantId = doublon.Id, Date = D("2030-01-15") });
            db.ExamensCessec.AddRange(new ExamenCessec { EnfantId = doublon.Id, DateExamen = D("2023-10-10") }, new ExamenCessec { EnfantId = garde.Id, DateExamen = D("2023-10-10") });
            db.Parents.AddRange(
                new Parent { EnfantId = garde.Id, Lien = "MERE", Nom = "DURAND", Prenoms = "Sophie" },
                new Parent { EnfantId = doublon.Id, Lien = "MERE", Nom = "Durand", Prenoms = "SOPHIE", AutoriteParentale = true, Telephone = "0102030405" },
                new Parent { EnfantId = doublon.Id, Lien = "PERE", Nom = "DURAND", Prenoms = "Marc", AutoriteParentale = true });
            await db.SaveChangesAsync();
            db.Documents.AddRange(
                new Document { EnfantId = doublon.Id, Titre = "Rapport d'évaluation", NomFichier = "eval.pdf", TypeContenu = "application/pdf", Contenu = Pdf(10), DeposeLe = DateTime.UtcNow, EvenementType = "Information", EvenementId = ieDoublon.Id },
                new Document { EnfantId = doublon.Id, Titre = "Compte rendu d'entretien", NomFichier = "entretien.pdf", TypeContenu = "application/pdf", Contenu = Pdf(10), DeposeLe = DateTime.UtcNow, EvenementType = "Entretien17Ans", EvenementId = entretien.Id });
            // A file merged earlier into the duplicate follows it to the survivor.
            (await db.Enfants.SingleAsync(e => e.Id == ancien.Id)).FusionneDansId = doublon.Id;
            await db.SaveChangesAsync();
            (infoCommuneDoublon, infoCommuneGarde, entretienDoublon) = (ieDoublon.Id, ieGarde.Id, entretien.Id);
        }
        ComptesDossier avantGarde, avantDoublon;
        await using (var db = serveur.Contexte())
        {
            avantGarde = await ComptesDossier.CompterAsync(db, garde.Id);
            avantDoublon = await ComptesDossier.CompterAsync(db, doublon.Id);
        }
        Assert.Equal(new ComptesDossier(2, 1, 1, 1, 1, 2, 1, 2, 2), avantDoublon);

        using var c = await serveur.ConnecterAsync("crip");
        var page = $"/enfants/{garde.Id}/fusionner?numero={doublon.NumeroDossier.ToLowerInvariant()}";
        var apercu = await c.LireTexteAsync(page);
        Assert.Contains($"Dossier absorbé (doublon) : {doublon.NumeroDossier}", apercu);
        Assert.Contains("Maelle DURANT", apercu);

        var sansConfirmation = await c.SoumettreAsync(page, [Champ("VersionConserve", "0"), Champ("VersionAbsorbe", "0")]);
        Assert.Contains("Confirmation : cochez la case", await ClientSillage.Texte(sansConfirmation));
        var perime = await c.SoumettreAsync(page, [Champ("VersionConserve", "0"), Champ("VersionAbsorbe", "5"), Champ("Confirme", "true")]);
        Assert.Contains("a été modifié par quelqu'un d'autre", await ClientSillage.Texte(perime));
        await using (var db = serveur.Contexte()) Assert.Equal(avantDoublon, await ComptesDossier.CompterAsync(db, doublon.Id));

        var r = await c.SoumettreAsync(page, [Champ("VersionConserve", "0"), Champ("VersionAbsorbe", "0"), Champ("Confirme", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal($"/enfants/{garde.Id}", r.Headers.Location!.OriginalString);

        await using (var db = serveur.Contexte())
        {
            var apres = await ComptesDossier.CompterAsync(db, garde.Id);
            // Nothing lost: everything moved, except one information, one entretien, one examen and one parent folded into their twin.
            Assert.Equal(new ComptesDossier(
                avantGarde.Informations + avantDoublon.Informations - 1, avantGarde.Mesures + avantDoublon.Mesures, avantGarde.Sejours + avantDoublon.Sejours,
                avantGarde.Ppes + avantDoublon.Ppes, avantGarde.Rapports + avantDoublon.Rapports, avantGarde.Entretiens + avantDoublon.Entretiens - 1,
                avantGarde.Cessec + avantDoublon.Cessec - 1, avantGarde.Documents + avantDoublon.Documents, avantGarde.Parents + avantDoublon.Parents - 1), apres);
            Assert.Equal(0, (await ComptesDossier.CompterAsync(db, doublon.Id)).Total);
            var evaluation = await db.InformationsEnfants.AsNoTracking().SingleAsync(x => x.Id == infoCommuneGarde);
            Assert.Equal((D("2023-04-15"), "ACCOMPAGNEMENT", D("2023-04-20")), (evaluation.DateFinEvaluation!.Value, evaluation.Conclusion, evaluation.DateDecision!.Value));
            Assert.False(await db.InformationsEnfants.AnyAsync(x => x.Id == infoCommuneDoublon));
            var rattache = await db.Documents.AsNoTracking().SingleAsync(d => d.Titre == "Rapport d'évaluation");
            Assert.Equal((garde.Id, "Information", infoCommuneGarde), (rattache.EnfantId, rattache.EvenementType!, rattache.EvenementId!.Value));
            var entretienGarde = await db.Entretiens.AsNoTracking().SingleAsync(x => x.EnfantId == garde.Id && x.Date == D("2029-12-01"));
            Assert.Equal(entretienGarde.Id, (await db.Documents.AsNoTracking().SingleAsync(d => d.Titre == "Compte rendu d'entretien")).EvenementId);
            Assert.False(await db.Entretiens.AnyAsync(x => x.Id == entretienDoublon));
            var mere = await db.Parents.AsNoTracking().SingleAsync(p => p.EnfantId == garde.Id && p.Lien == "MERE");
            Assert.Equal((true, "0102030405"), (mere.AutoriteParentale, mere.Telephone));
            var absorbe = await db.Enfants.AsNoTracking().SingleAsync(e => e.Id == doublon.Id);
            Assert.Equal(garde.Id, absorbe.FusionneDansId);
            Assert.Equal(garde.Id, (await db.Enfants.AsNoTracking().SingleAsync(e => e.Id == ancien.Id)).FusionneDansId);
            Assert.Equal(doublon.Famille ?? "FAM-FUSION", (await db.Enfants.AsNoTracking().SingleAsync(e => e.Id == garde.Id)).Famille);
        }

        var journal = await serveur.JournalAsync();
        var fusion = Assert.Single(journal, e => e.Type == (int)TypeEvenementAudit.FusionDossiers && e.CibleId == garde.Id.ToString());
        Assert.Equal("crip", fusion.Login);
        Assert.Contains(doublon.NumeroDossier, fusion.Details);
        Assert.Contains(journal, e => e.Type == (int)TypeEvenementAudit.Modification && e.Cible == "Enfant" && e.CibleId == doublon.Id.ToString() && e.Details!.Contains("FusionneDansId"));

        // Hidden from search and from the API; opening it leads to the survivor.
        Assert.Contains($"Dossier {doublon.NumeroDossier} fusionné dans ce dossier : 9 élément(s) repris, 4 doublon(s) regroupé(s).", await c.LireTexteAsync($"/enfants/{garde.Id}"));
        var recherche = await c.LireAsync("/enfants?naissance=2012-12-12");
        Assert.DoesNotContain(doublon.NumeroDossier, recherche);
        Assert.DoesNotContain(ancien.NumeroDossier, recherche);
        Assert.Contains($">{garde.NumeroDossier}</a>", recherche);
        var ouverture = await c.Http.GetAsync($"/enfants/{doublon.Id}");
        Assert.Equal(HttpStatusCode.Redirect, ouverture.StatusCode);
        Assert.Equal($"/enfants/{garde.Id}", ouverture.Headers.Location!.OriginalString);
        var viaAncien = await c.Http.GetAsync($"/enfants/{ancien.Id}");
        Assert.Equal($"/enfants/{garde.Id}", viaAncien.Headers.Location!.OriginalString);
        var api = await c.Http.GetAsync($"/api/v1/enfants/{doublon.Id}/chronologie");
        Assert.Equal(HttpStatusCode.MovedPermanently, api.StatusCode);
        var chronologie = await c.LireTexteAsync($"/enfants/{garde.Id}");
        Assert.Contains("Accueil provisoire d'un mineur (AP_MINEUR)", chronologie);
        Assert.Contains("Séjour — chez un tiers digne de confiance", chronologie);
        Assert.Contains("Conclusion : Orientation vers un accompagnement hors ASE", chronologie);
    }

    [Fact]
    public async Task Seuls_la_CRIP_et_les_cadres_fusionnent_dans_leur_perimetre()
    {
        var nord = await EnfantAsync("NORD", "MOREL", "Lina", D("2010-10-10"));
        var sud = await EnfantAsync("SUD", "MOREL", "Lina", D("2010-10-10"));
        using var referent = await serveur.ConnecterAsync("referent.nord");
        var refus = await referent.Http.GetAsync($"/enfants/{nord.Id}/fusionner");
        Assert.True(refus.StatusCode == HttpStatusCode.Redirect && refus.Headers.Location!.OriginalString.Contains("acces-refuse"));
        Assert.DoesNotContain("/fusionner", await referent.LireAsync($"/enfants/{nord.Id}"));
        using var admin = await serveur.ConnecterAsync("administrateur");
        var refusAdmin = await admin.Http.GetAsync($"/enfants/{nord.Id}/fusionner");
        Assert.True(refusAdmin.StatusCode == HttpStatusCode.Redirect && refusAdmin.Headers.Location!.OriginalString.Contains("acces-refuse"));

        using var cadre = await serveur.ConnecterAsync("cadre.nord");
        var html = await cadre.LireTexteAsync($"/enfants/{nord.Id}/fusionner?numero={sud.NumeroDossier}");
        Assert.Contains($"Dossier en double : aucun dossier n° {sud.NumeroDossier} dans votre périmètre", html);
        var soi = await cadre.LireTexteAsync($"/enfants/{nord.Id}/fusionner?numero={nord.NumeroDossier}");
        Assert.Contains("un dossier ne peut pas être fusionné avec lui-même", soi);
        var post = await cadre.SoumettreAsync($"/enfants/{nord.Id}/fusionner", [Champ("VersionConserve", "0"), Champ("VersionAbsorbe", "0"), Champ("Confirme", "true")],
            $"/enfants/{nord.Id}/fusionner?numero={sud.NumeroDossier}");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        await using var db = serveur.Contexte();
        Assert.Null((await db.Enfants.AsNoTracking().SingleAsync(e => e.Id == sud.Id)).FusionneDansId);
    }

    [Fact]
    public async Task Une_echeance_depassee_et_un_doublon_d_identite_differente_sont_signales()
    {
        var enfant = await EnfantAsync("NORD", "GIRARD", "Hugo", D("2013-03-03"));
        var autre = await EnfantAsync("NORD", "GIRARD", "Hugo", D("2013-03-04"));
        await using (var db = serveur.Contexte())
        {
            db.Mesures.Add(new Mesure { EnfantId = enfant.Id, Type = "AEMO", DateDecision = Aujourdhui.AddDays(-410), DateDebut = Aujourdhui.AddDays(-400), DateFinPrevue = Aujourdhui.AddDays(-30) });
            await db.SaveChangesAsync();
        }
        using var c = await serveur.ConnecterAsync("crip");
        var html = await c.LireTexteAsync($"/enfants/{enfant.Id}");
        Assert.Contains($"Fin prévue le {Textes.Date(Aujourdhui.AddDays(-30))} : échéance dépassée de 30 jours", html);
        Assert.Contains("<strong> (échéance dépassée)</strong>", html);
        Assert.Contains("En cours depuis 400 jours", html);

        var apercu = await c.LireTexteAsync($"/enfants/{enfant.Id}/fusionner?numero={autre.NumeroDossier}");
        Assert.Contains("les dates de naissance diffèrent entre les deux dossiers", apercu);
        Assert.DoesNotContain("le sexe diffère", apercu);
        Assert.Equal("512 octets", Textes.Taille(512));
        Assert.Equal("1,5 Mo", Textes.Taille(1536 * 1024));
    }
}

public class TextesTests
{
    [Theory]
    [InlineData(2024, 1, 5)]
    [InlineData(2026, 12, 31)]
    [InlineData(1999, 10, 1)]
    [InlineData(1, 2, 3)]
    [InlineData(9999, 12, 31)]
    public void Une_date_s_ecrit_jj_mm_aaaa(int annee, int mois, int jour) =>
        Assert.Equal(new DateOnly(annee, mois, jour).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            Textes.Date(new DateOnly(annee, mois, jour)));

    [Fact]
    public void Tous_les_jours_d_un_siecle_s_ecrivent_comme_le_formateur_general()
    {
        for (var d = new DateOnly(1950, 1, 1); d < new DateOnly(2050, 1, 1); d = d.AddDays(1))
            Assert.Equal(d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), Textes.Date(d));
    }
}
