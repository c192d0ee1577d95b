using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Observatoire;
using Sillage.Domaine.Schema;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Observatoire;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Schema;

/// <summary>Saisie of a fiche's editable part (lists: one entry per line; calendar: "libellé | 2018-S1 2018-S2").</summary>
public sealed class SaisieFiche
{
    public string? Pilotes { get; set; }
    public string? Copilotes { get; set; }
    public string? Partenaires { get; set; }
    public string? PeriodeDebut { get; set; }
    public string? PeriodeFin { get; set; }
    public string? Calendrier { get; set; }
    public int Version { get; set; }
}

public sealed record SaisieSuivi(string? Statut, DateOnly? Date, string? Note, string? DebutReel, string? FinReelle, int Version);

public sealed record SaisieIndicateur(string? Cible, string? CodeObservatoire, int Version);

/// <summary>Reads and follows the schéma: the pages, the API and the bilan use this one service.</summary>
public sealed class ServiceSchema(SillageDbContext db, PorteeAcces portee, ServiceObservatoire observatoire, JournalAudit journal)
{
    private const string MessageConflit = "a été modifié(e) par quelqu'un d'autre entre-temps : rien n'a été enregistré, rechargez la page.";

    public Task<List<PlanSchema>> PlansAsync(CancellationToken ct = default) =>
        db.PlansSchema.AsNoTracking().OrderByDescending(p => p.AnneeDebut).ThenBy(p => p.NomDepartement).ToListAsync(ct);

    public async Task<VuePlan?> PlanAsync(int id, bool valeursObservatoire = true, CancellationToken ct = default)
    {
        var plan = await db.PlansSchema.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return null;
        var axes = await db.AxesSchema.AsNoTracking().Where(a => a.PlanId == id).OrderBy(a => a.Ordre).ToListAsync(ct);
        var fiches = await db.FichesSchema.AsNoTracking().Where(f => f.PlanId == id).OrderBy(f => f.Ordre).ToListAsync(ct);
        var ficheIds = fiches.Select(f => f.Id).ToList();
        var actions = await db.ActionsSchema.AsNoTracking().Where(a => ficheIds.Contains(a.FicheId)).OrderBy(a => a.Ordre).ToListAsync(ct);
        var actionIds = actions.Select(a => a.Id).ToList();
        var notes = (await db.NotesSuiviSchema.AsNoTracking().Where(n => actionIds.Contains(n.ActionId)).ToListAsync(ct))
            .OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).ToLookup(n => n.ActionId);
        var indicateurs = await db.IndicateursSchema.AsNoTracking().Where(i => i.PlanId == id).OrderBy(i => i.Ordre).ToListAsync(ct);
        var indicIds = indicateurs.Select(i => i.Id).ToList();
        var valeurs = (await db.ValeursIndicateursSchema.AsNoTracking().Where(v => indicIds.Contains(v.IndicateurId)).ToListAsync(ct)).ToLookup(v => v.IndicateurId);
        var pilotes = (await (from p in db.PilotesFichesSchema.AsNoTracking()
                              join u in db.Users.AsNoTracking() on p.UtilisateurId equals u.Id
                              where ficheIds.Contains(p.FicheId)
                              select new { p.FicheId, u.UserName }).ToListAsync(ct)).ToLookup(p => p.FicheId, p => p.UserName ?? "");

        async Task<VueIndicateur> Indicateur(IndicateurSchema i)
        {
            var v = valeurs[i.Id].ToDictionary(x => x.Annee, x => x.Valeur);
            if (i.CodeObservatoire is { } code && valeursObservatoire)
            {
                v.Clear();
                foreach (var annee in Enumerable.Range(plan.AnneeDebut, plan.AnneeFin - plan.AnneeDebut + 1).Where(a => a < DateTime.Today.Year))
                    if ((await observatoire.AnneeAsync(annee, ct)).FirstOrDefault(x => x.Code == code && x.Territoire == "*") is { } calcul)
                        v[annee] = calcul.Valeur;
            }
            return new VueIndicateur { Indicateur = i, Valeurs = v };
        }

        var vuesAxes = new List<VueAxe>();
        foreach (var a in axes)
        {
            var objectifs = JsonListes.Lire<ObjectifLu>(a.ObjectifsJson);
            var vf = new List<VueFiche>();
            foreach (var f in fiches.Where(f => f.AxeId == a.Id))
            {
                var ind = new List<VueIndicateur>();
                foreach (var i in indicateurs.Where(i => i.FicheId == f.Id)) ind.Add(await Indicateur(i));
                vf.Add(new VueFiche
                {
                    Fiche = f, AxeTitre = a.Titre, AxeNumero = a.Numero, ObjectifTitre = objectifs.FirstOrDefault(o => o.Numero == f.Objectif)?.Titre,
                    Diagnostic = JsonListes.Textes(f.DiagnosticJson), ObjectifsOperationnels = JsonListes.Textes(f.ObjectifsOperationnelsJson),
                    Pilotes = JsonListes.Textes(f.PilotesJson), Copilotes = JsonListes.Textes(f.CopilotesJson),
                    PartiesPrenantes = JsonListes.Textes(f.PartiesPrenantesJson), Partenaires = JsonListes.Textes(f.PartenairesJson),
                    Calendrier = JsonListes.Lire<LigneCalendrier>(f.CalendrierJson), PointsVigilance = JsonListes.Textes(f.PointsVigilanceJson),
                    Actions = actions.Where(x => x.FicheId == f.Id).Select(x => new VueAction { Action = x, Details = JsonListes.Textes(x.DetailsJson), Notes = notes[x.Id].ToList() }).ToList(),
                    Indicateurs = ind, ComptesPilotes = pilotes[f.Id].Order().ToList(),
                });
            }
            vuesAxes.Add(new VueAxe { Axe = a, Objectifs = objectifs, Fiches = vf });
        }
        var impact = new List<VueIndicateur>();
        foreach (var i in indicateurs.Where(i => i.FicheId is null)) impact.Add(await Indicateur(i));
        return new VuePlan
        {
            Plan = plan, Axes = vuesAxes, IndicateursImpact = impact, Sources = JsonListes.Textes(plan.SourcesJson),
            Gouvernance = JsonListes.Textes(plan.GouvernanceJson), BilanPrecedent = JsonListes.Lire<BilanLu>(plan.BilanPrecedentJson),
        };
    }

    public async Task<int?> PlanDeLaFicheAsync(int ficheId, CancellationToken ct = default) =>
        await db.FichesSchema.Where(f => f.Id == ficheId).Select(f => (int?)f.PlanId).FirstOrDefaultAsync(ct);

    /// <summary>ADMIN edits every fiche; a PILOTE account edits the fiches it was designated for.</summary>
    public async Task<bool> PeutModifierAsync(int ficheId, CancellationToken ct = default) =>
        portee.Peut(Permission.AdministrerSchema)
        || portee.UtilisateurId is { } u && await db.PilotesFichesSchema.AnyAsync(p => p.FicheId == ficheId && p.UtilisateurId == u, ct);

    /// <summary>Does the action exist, and may the current user follow it (right on its fiche)?</summary>
    public async Task<(bool Existe, bool Peut)> DroitActionAsync(int actionId, CancellationToken ct = default)
    {
        var fiche = await db.ActionsSchema.Where(a => a.Id == actionId).Select(a => (int?)a.FicheId).FirstOrDefaultAsync(ct);
        return fiche is null ? (false, false) : (true, await PeutModifierAsync(fiche.Value, ct));
    }

    /// <summary>Same for an indicator; the plan-wide indicators are edited by ADMIN only.</summary>
    public async Task<(bool Existe, bool Peut)> DroitIndicateurAsync(int indicateurId, CancellationToken ct = default)
    {
        var i = await db.IndicateursSchema.Where(a => a.Id == indicateurId).Select(a => new { a.FicheId }).FirstOrDefaultAsync(ct);
        if (i is null) return (false, false);
        return (true, i.FicheId is { } f ? await PeutModifierAsync(f, ct) : portee.Peut(Permission.AdministrerSchema));
    }

    private string Auteur => portee.Utilisateur.Identity?.Name ?? "système";

    private static List<string> Lignes(string? texte) =>
        (texte ?? "").Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();

    public static string CalendrierEnTexte(IEnumerable<LigneCalendrier> lignes) =>
        string.Join("\n", lignes.Select(l => $"{l.Libelle} | {string.Join(' ', l.Periodes)}"));

    public async Task<List<ErreurValidation>> ModifierFicheAsync(int ficheId, SaisieFiche s, CancellationToken ct = default)
    {
        var erreurs = new List<ErreurValidation>();
        var debut = string.IsNullOrWhiteSpace(s.PeriodeDebut) ? null : s.PeriodeDebut.Trim();
        var fin = string.IsNullOrWhiteSpace(s.PeriodeFin) ? null : s.PeriodeFin.Trim();
        if (debut is not null && !LecteurSchema.PeriodeValide(debut)) erreurs.Add(new("PeriodeDebut", "Début : une période « AAAA » ou « AAAA-S1 »/« AAAA-S2 » est attendue."));
        if (fin is not null && !LecteurSchema.PeriodeValide(fin)) erreurs.Add(new("PeriodeFin", "Fin : une période « AAAA » ou « AAAA-S1 »/« AAAA-S2 » est attendue."));
        if (debut is not null && fin is not null && string.CompareOrdinal(fin, debut) < 0) erreurs.Add(new("PeriodeFin", "Fin : elle précède le début."));
        var calendrier = new List<LigneCalendrier>();
        foreach (var (ligne, n) in Lignes(s.Calendrier).Select((l, i) => (l, i + 1)))
        {
            var k = ligne.LastIndexOf('|');
            var periodes = k < 0 ? [] : ligne[(k + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (k <= 0 || string.IsNullOrWhiteSpace(ligne[..k]) || periodes.Any(p => !LecteurSchema.PeriodeValide(p)))
                erreurs.Add(new("Calendrier", $"Calendrier, ligne {n} : écrivez « libellé | 2018-S1 2018-S2 » (périodes AAAA ou AAAA-S1/S2)."));
            else calendrier.Add(new(ligne[..k].TrimEnd(), periodes));
        }
        if (erreurs.Count > 0) return erreurs;
        var f = await db.FichesSchema.FirstAsync(x => x.Id == ficheId, ct);
        db.Entry(f).Property(x => x.Version).OriginalValue = s.Version;
        db.VersionsFichesSchema.Add(new VersionFicheSchema
        {
            FicheId = f.Id, Version = f.Version, Le = DateTime.UtcNow, Par = Auteur,
            ContenuJson = ImportSchema.Json(new { pilotes = f.PilotesJson, copilotes = f.CopilotesJson, partenaires = f.PartenairesJson, periodeDebut = f.PeriodeDebut, periodeFin = f.PeriodeFin, calendrier = f.CalendrierJson }),
        });
        f.PilotesJson = ImportSchema.Json(Lignes(s.Pilotes));
        f.CopilotesJson = ImportSchema.Json(Lignes(s.Copilotes));
        f.PartenairesJson = ImportSchema.Json(Lignes(s.Partenaires));
        f.PeriodeDebut = debut; f.PeriodeFin = fin;
        f.CalendrierJson = ImportSchema.Json(calendrier);
        return await EnregistrerAsync(TypeEvenementAudit.SchemaFicheModifiee, nameof(FicheSchema), f.Id, new { version = s.Version + 1 }, "La fiche", ct);
    }

    public async Task<List<ErreurValidation>> SuivreActionAsync(int actionId, SaisieSuivi s, CancellationToken ct = default)
    {
        var erreurs = new List<ErreurValidation>();
        var statut = SuiviSchema.Lire(s.Statut);
        if (statut is null) erreurs.Add(new("Statut", $"Statut : choisissez parmi {string.Join(", ", SuiviSchema.Statuts.Select(x => x.Libelle))}."));
        if (s.Date is { } d && d > DateOnly.FromDateTime(DateTime.Today)) erreurs.Add(new("Date", "Date de la note : elle ne peut pas être dans le futur."));
        if (s.Note is { Length: > 4000 }) erreurs.Add(new("Note", "Note : 4 000 caractères au plus."));
        foreach (var (champ, v) in new[] { ("DebutReel", s.DebutReel), ("FinReelle", s.FinReelle) })
            if (!string.IsNullOrWhiteSpace(v) && !LecteurSchema.PeriodeValide(v.Trim()))
                erreurs.Add(new(champ, $"{(champ == "DebutReel" ? "Début réel" : "Fin réelle")} : une période « AAAA » ou « AAAA-S1 »/« AAAA-S2 » est attendue."));
        if (erreurs.Count > 0) return erreurs;
        var a = await db.ActionsSchema.FirstAsync(x => x.Id == actionId, ct);
        db.Entry(a).Property(x => x.Version).OriginalValue = s.Version;
        var code = SuiviSchema.Presentation(statut!.Value).Code;
        var avant = a.Statut;
        a.Statut = code;
        a.DebutReel = string.IsNullOrWhiteSpace(s.DebutReel) ? null : s.DebutReel.Trim();
        a.FinReelle = string.IsNullOrWhiteSpace(s.FinReelle) ? null : s.FinReelle.Trim();
        if (!string.IsNullOrWhiteSpace(s.Note) || avant != code)
            db.NotesSuiviSchema.Add(new NoteSuiviSchema
            {
                ActionId = a.Id, Date = s.Date ?? DateOnly.FromDateTime(DateTime.Today), Statut = code,
                Texte = string.IsNullOrWhiteSpace(s.Note) ? $"Statut : {SuiviSchema.Presentation(statut.Value).Libelle}." : s.Note.Trim(),
                Auteur = Auteur, EcriteLe = DateTime.UtcNow,
            });
        return await EnregistrerAsync(TypeEvenementAudit.SchemaStatutAction, nameof(ActionSchema), a.Id, new { avant, apres = code }, "L'action", ct);
    }

    public async Task<List<ErreurValidation>> ModifierIndicateurAsync(int indicateurId, SaisieIndicateur s, CancellationToken ct = default)
    {
        var code = string.IsNullOrWhiteSpace(s.CodeObservatoire) ? null : s.CodeObservatoire.Trim();
        if (code is not null && Indicateurs.Trouver(code) is null)
            return [new("CodeObservatoire", $"Indicateur de l'observatoire : le code « {code} » n'existe pas dans le catalogue (INDICATEURS.md).")];
        if (s.Cible is { Length: > 200 }) return [new("Cible", "Cible : 200 caractères au plus.")];
        var i = await db.IndicateursSchema.FirstAsync(x => x.Id == indicateurId, ct);
        db.Entry(i).Property(x => x.Version).OriginalValue = s.Version;
        i.Cible = string.IsNullOrWhiteSpace(s.Cible) ? null : s.Cible.Trim();
        i.CodeObservatoire = code;
        return await EnregistrerAsync(TypeEvenementAudit.SchemaIndicateurModifie, nameof(IndicateurSchema), i.Id, new { cible = i.Cible, code }, "L'indicateur", ct);
    }

    public async Task<List<ErreurValidation>> SaisirValeurAsync(int indicateurId, int annee, decimal? valeur, CancellationToken ct = default)
    {
        var i = await db.IndicateursSchema.FirstAsync(x => x.Id == indicateurId, ct);
        var plan = await db.PlansSchema.AsNoTracking().FirstAsync(p => p.Id == i.PlanId, ct);
        if (i.CodeObservatoire is not null) return [new("Valeur", "Valeur : cet indicateur est lié à l'observatoire, sa valeur se calcule seule.")];
        if (annee < plan.AnneeDebut || annee > plan.AnneeFin) return [new("Annee", $"Année : elle doit être dans la période du schéma ({plan.AnneeDebut}–{plan.AnneeFin}).")];
        var v = await db.ValeursIndicateursSchema.FirstOrDefaultAsync(x => x.IndicateurId == i.Id && x.Annee == annee, ct);
        if (valeur is null) { if (v is not null) db.ValeursIndicateursSchema.Remove(v); }
        else if (v is null) db.ValeursIndicateursSchema.Add(new ValeurIndicateurSchema { IndicateurId = i.Id, Annee = annee, Valeur = valeur.Value, Auteur = Auteur });
        else { v.Valeur = valeur.Value; v.Auteur = Auteur; }
        return await EnregistrerAsync(TypeEvenementAudit.SchemaValeurIndicateur, nameof(IndicateurSchema), i.Id, new { annee, valeur }, "L'indicateur", ct);
    }

    /// <summary>Designates the accounts (logins) that hold the PILOTE right on a fiche (ADMIN only).</summary>
    public async Task<List<ErreurValidation>> DesignerPilotesAsync(int ficheId, IEnumerable<string> logins, CancellationToken ct = default)
    {
        var demandes = logins.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
        var comptes = await db.Users.Where(u => demandes.Contains(u.UserName!)).Select(u => new { u.Id, u.UserName }).ToListAsync(ct);
        var inconnus = demandes.Except(comptes.Select(c => c.UserName!)).ToList();
        if (inconnus.Count > 0) return [new("Comptes", $"Comptes pilotes : {string.Join(", ", inconnus)} — aucun compte ne porte ce nom.")];
        db.PilotesFichesSchema.RemoveRange(db.PilotesFichesSchema.Where(p => p.FicheId == ficheId));
        db.PilotesFichesSchema.AddRange(comptes.Select(c => new PiloteFicheSchema { FicheId = ficheId, UtilisateurId = c.Id }));
        return await EnregistrerAsync(TypeEvenementAudit.SchemaPilotesDesignes, nameof(FicheSchema), ficheId, new { comptes = demandes }, "La fiche", ct);
    }

    public Task<List<VersionFicheSchema>> VersionsAsync(int ficheId, CancellationToken ct = default) =>
        db.VersionsFichesSchema.AsNoTracking().Where(v => v.FicheId == ficheId).OrderByDescending(v => v.Version).ToListAsync(ct);

    public Task AuditerBilanAsync(int planId, string format, int? annee, CancellationToken ct = default) =>
        journal.EnregistrerAsync(TypeEvenementAudit.SchemaBilanImprime, nameof(PlanSchema), planId.ToString(), new { format, annee }, ct: ct);

    private async Task<List<ErreurValidation>> EnregistrerAsync(TypeEvenementAudit type, string cible, int id, object details, string quoi, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return [new(ErreurValidation.ChampVersion, $"{quoi} {MessageConflit}")];
        }
        await journal.EnregistrerAsync(type, cible, id.ToString(), details, ct: ct);
        await tx.CommitAsync(ct);
        return [];
    }
}
