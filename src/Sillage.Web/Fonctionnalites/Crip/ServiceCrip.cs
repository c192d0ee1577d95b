using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Crip;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Securite;
using Sillage.Domaine.Temps;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Administration;
using Sillage.Web.Fonctionnalites.Mesures;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Crip;

public sealed record EnfantIp(InformationEnfant Ligne, Enfant Enfant, string Territoire, DateOnly Echeance, EtatDelai Etat, int IpAnterieures, IReadOnlyList<string> Mesures);

public sealed record Evaluateur(string Id, string Nom);

public sealed record VueInformation(InformationEntrante Info, string Statut, IReadOnlyList<EnfantIp> Enfants, IReadOnlyList<Evaluateur> Evaluateurs,
    IReadOnlyList<string> AlertesReferent, IReadOnlyList<RetourCrip> Retours)
{
    public string Numero => Info.SourceId ?? $"IP-{Info.Id}";
}

/// <summary>Result of a step: the errors (empty = done), whether it lost a version race, and warnings that do not block.</summary>
public sealed record ResultatCrip(IReadOnlyList<ErreurValidation> Erreurs, IReadOnlyList<string>? Avertissements = null, int? Id = null)
{
    public bool Reussi => Erreurs.Count == 0;
    public bool Conflit => Erreurs.Any(e => e.EstConflit);
    public static ResultatCrip Perime => new([new(ErreurValidation.ChampVersion,
        "Cette information a été modifiée par un autre agent depuis que vous l'avez ouverte : rien n'a été enregistré. Rechargez la page pour voir sa version actuelle.")]);
}

/// <summary>
/// The CRIP workflow, from receipt to decision and feedback (CASF L226-2-1 to L226-5, D226-2-3 to D226-2-8).
/// Pages, API and tests call the same methods; each step is audited with its own event (4000–4099).
/// </summary>
public sealed class ServiceCrip(SillageDbContext db, PorteeAcces portee, JournalAudit audit, ServiceMesures mesures, ServiceReglages reglages)
{
    public const string StatutAQualifier = "À qualifier";
    public const string StatutNonRetenue = "Non retenue";
    public const string StatutEnEvaluation = "En évaluation";
    public const string StatutADecider = "À décider";
    public const string StatutDecidee = "Décidée";
    public static readonly IReadOnlyList<string> Statuts = [StatutAQualifier, StatutEnEvaluation, StatutADecider, StatutDecidee, StatutNonRetenue];

    /// <summary>Feedback to parents and professionals once the suite is decided: due within a month (local default).</summary>
    public const int DelaiRetourMois = 1;

    private static DateOnly Aujourdhui => DateOnly.FromDateTime(DateTime.Now);
    private string Login => portee.Utilisateur.Identity?.Name ?? "";

    public static string Statut(InformationEntrante i)
    {
        if (i.Qualification == "NON_IP") return StatutNonRetenue;
        if (i.Qualification != "IP") return StatutAQualifier;
        if (i.Enfants.All(e => e.DateDecision is not null)) return StatutDecidee;
        return i.Enfants.All(e => e.DateFinEvaluation is not null || e.DateDecision is not null) ? StatutADecider : StatutEnEvaluation;
    }

    /// <summary>The informations the user may see: at least one child within their territories.</summary>
    public async Task<IQueryable<InformationEntrante>> InformationsAsync(Permission p = Permission.ConsulterCrip, CancellationToken ct = default)
    {
        var enfants = await portee.EnfantsAsync(p, ct);
        return db.Informations.Where(i => i.Enfants.Any(x => enfants.Any(e => e.Id == x.EnfantId)));
    }

    public async Task<ParametresEcheances> ParametresAsync(CancellationToken ct = default) => await reglages.LireAsync(ct);

    // ---------- Recueil

    public async Task<ResultatCrip> RecueillirAsync(SaisieRecueil s, CancellationToken ct = default)
    {
        var faits = s.Faits.Where(f => !string.IsNullOrWhiteSpace(f)).Distinct().ToList();
        var ids = s.Enfants.Distinct().ToList();
        var erreurs = ReglesCrip.Recueil(s.DateReception, s.HeureReception, DateTime.Now, s.Canal, s.Origine, faits, ids.Count, s.InformateurProfessionnel, s.DateDemandeRetour).ToList();
        var enfants = await (await portee.EnfantsAsync(Permission.TraiterInformation, ct)).Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        if (enfants.Count != ids.Count) erreurs.Add(new("Enfants", "Enfants concernés : un des enfants choisis est introuvable."));
        foreach (var e in enfants.Where(e => s.DateReception is { } r && e.DateNaissance > r))
            erreurs.Add(new("Enfants", $"Enfants concernés : {e.Prenoms} {e.Nom} est né(e) après la réception de l'information."));
        if (s.Recit?.Length > 2000) erreurs.Add(new("Recit", "Récit : 2 000 caractères au plus (les faits se saisissent dans la liste)."));
        if (s.InformateurProfessionnel == true && s.DateDemandeRetour is not null)
            erreurs.Add(new("DateDemandeRetour", "Demande de retour : un informateur professionnel est informé des suites sans demande (CASF L226-5)."));
        if (erreurs.Count > 0) return new(erreurs);

        var info = new InformationEntrante
        {
            DateReception = s.DateReception!.Value, HeureReception = s.HeureReception, Canal = s.Canal, Origine = s.Origine!, Qualification = "EN_COURS",
            InformateurProfessionnel = s.InformateurProfessionnel, InformateurIdentite = Nettoyer(s.InformateurIdentite), InformateurQualite = Nettoyer(s.InformateurQualite),
            DateDemandeRetour = s.DateDemandeRetour, Faits = string.Join(',', faits), Recit = Nettoyer(s.Recit), RecueillePar = Login,
            Enfants = ids.Select(id => new InformationEnfant { EnfantId = id }).ToList(),
        };
        db.Informations.Add(info);
        if (s.DateDemandeRetour is { } demande)
            db.RetoursCrip.Add(new RetourCrip { Information = info, Type = ReglesCrip.RetourInformateur, DateCreation = Aujourdhui, Echeance = ReglesCrip.EcheanceReponseInformateur(demande) });
        await db.SaveChangesAsync(ct);
        await Tracer(TypeEvenementAudit.RecueilInformation, info, new { enfants = ids.Count, s.Origine, s.Canal }, ct);
        return new([], Id: info.Id);
    }

    // ---------- Consultation

    public async Task<VueInformation?> LireAsync(int id, bool tracer = true, CancellationToken ct = default)
    {
        var visibles = await InformationsAsync(ct: ct);
        var info = await visibles.AsNoTracking().Include(i => i.Enfants).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (info is null)
        {
            if (tracer && await db.Informations.AnyAsync(i => i.Id == id, ct))
                await audit.EnregistrerAsync(TypeEvenementAudit.AccesRefuse, nameof(InformationEntrante), id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: ct);
            return null;
        }
        var p = await ParametresAsync(ct);
        var idsEnfants = info.Enfants.Select(e => e.EnfantId).ToList();
        var enfants = await db.Enfants.AsNoTracking().Include(e => e.Territoire).Where(e => idsEnfants.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        foreach (var archive in enfants.Values.Where(e => e.ArchiveIntermediaireLe is not null))
            (archive.Nom, archive.Prenoms, archive.NomNaissanceMere) = (Enfants.EditionEnfant.ArchiveMasquee, "", null); // read-only copy: identity restricted
        var anterieures = await db.InformationsEnfants.AsNoTracking().Where(x => idsEnfants.Contains(x.EnfantId) && x.InformationId != id && x.Information!.DateReception <= info.DateReception)
            .GroupBy(x => x.EnfantId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var mesuresEnfants = (await MesuresAsync(idsEnfants, ct)).ToLookup(m => m.EnfantId, m => m.Libelle);
        var lignes = info.Enfants.Select(l =>
        {
            var e = enfants[l.EnfantId];
            var echeance = ReglesCrip.EcheanceEvaluation(e.DateNaissance, info.DateReception, p);
            var etat = info.Qualification == "IP" ? ReglesCrip.Etat(echeance, Aujourdhui, l.DateFinEvaluation is not null || l.DateDecision is not null) : EtatDelai.Termine;
            return new EnfantIp(l, e, e.Territoire?.Libelle ?? "", echeance, etat, anterieures.GetValueOrDefault(l.EnfantId), mesuresEnfants[l.EnfantId].ToList());
        }).OrderBy(x => x.Enfant.DateNaissance).ToList();
        var evaluateurs = await db.EvaluateursInformations.AsNoTracking().Where(x => x.InformationId == id)
            .Select(x => new Evaluateur(x.UtilisateurId, x.Utilisateur!.NomAffiche == "" ? x.Utilisateur.UserName! : x.Utilisateur.NomAffiche)).ToListAsync(ct);
        var retours = await db.RetoursCrip.AsNoTracking().Where(r => r.InformationId == id).OrderBy(r => r.Echeance).ToListAsync(ct);
        if (tracer) await Tracer(TypeEvenementAudit.ConsultationInformation, info, null, ct);
        return new(info, Statut(info), lignes, evaluateurs, await AlertesReferentAsync(evaluateurs, lignes.Select(l => l.Enfant).ToList(), ct), retours);
    }

    public sealed record MesureEnfant(int EnfantId, string Libelle);

    /// <summary>Measures of the children (current or past), as a short French label.</summary>
    public async Task<List<MesureEnfant>> MesuresAsync(IReadOnlyCollection<int> enfants, CancellationToken ct = default) =>
        (await db.Mesures.AsNoTracking().Where(m => enfants.Contains(m.EnfantId)).OrderByDescending(m => m.DateDecision)
            .Select(m => new { m.EnfantId, m.Type, m.DateDecision, m.DateFin }).ToListAsync(ct))
        .Select(m => new MesureEnfant(m.EnfantId, $"{Catalogue.Trouver(m.Type)?.Libelle ?? m.Type} ({m.DateDecision:dd/MM/yyyy}{(m.DateFin is { } f ? $" – {f:dd/MM/yyyy}" : ", en cours")})")).ToList();

    /// <summary>An evaluator who is the current référent ASE of one of the family's children: allowed, but the CRIP is warned.</summary>
    private async Task<List<string>> AlertesReferentAsync(IReadOnlyList<Evaluateur> evaluateurs, IReadOnlyList<Enfant> enfants, CancellationToken ct)
    {
        var ids = evaluateurs.Select(e => e.Id).ToHashSet();
        var familles = enfants.Where(e => e.Famille is not null).Select(e => e.Famille!).Distinct().ToList();
        var idsEnfants = enfants.Select(e => e.Id).ToList();
        var foyer = await db.Enfants.AsNoTracking().Where(e => e.ReferentId != null && (idsEnfants.Contains(e.Id) || (e.Famille != null && familles.Contains(e.Famille))))
            .Select(e => new { e.ReferentId, e.Prenoms, e.Nom }).ToListAsync(ct);
        return foyer.Where(f => ids.Contains(f.ReferentId!))
            .Select(f => $"Attention : {evaluateurs.First(e => e.Id == f.ReferentId).Nom} est le référent ASE actuel de {f.Prenoms} {f.Nom} (famille concernée) ; préférez un évaluateur extérieur au suivi.")
            .Distinct().ToList();
    }

    // ---------- Première analyse

    public async Task<ResultatCrip?> QualifierAsync(int id, SaisieAnalyse s, CancellationToken ct = default)
    {
        var info = await ChargerAsync(id, Permission.TraiterInformation, ct);
        if (info is null) return null;
        var date = s.Date ?? Aujourdhui;
        var erreurs = new List<ErreurValidation>();
        if (s.Analyse is null || !ReglesCrip.Analyses.ContainsKey(s.Analyse)) erreurs.Add(new("Analyse", "Qualification : choisissez IP, non-IP ou déjà connue sans élément nouveau."));
        if (string.IsNullOrWhiteSpace(s.Motif)) erreurs.Add(new("Motif", "Motif : la qualification se justifie en quelques mots."));
        erreurs.AddRange(ReglesCrip.DateEtape("Date", "Date de qualification", date, info.DateReception, Aujourdhui));
        if (info.Qualification != "EN_COURS") erreurs.Add(new("Analyse", "Qualification : cette information est déjà qualifiée."));
        if (erreurs.Count > 0) return new(erreurs);
        Verifier(info, s.Version);
        info.Analyse = s.Analyse;
        info.Qualification = s.Analyse == ReglesCrip.AnalyseIp ? "IP" : "NON_IP";
        info.MotifAnalyse = s.Motif!.Trim();
        info.DateQualification = date;
        info.QualifieePar = Login;
        if (info.Qualification == "NON_IP") AjouterRetoursFinaux(info, date, parents: false);
        return await EnregistrerAsync(info, TypeEvenementAudit.QualificationInformation, new { s.Analyse }, ct);
    }

    // ---------- Danger grave et immédiat : saisine du Parquet, à toute étape

    public async Task<ResultatCrip?> SaisirParquetAsync(int id, SaisieSaisineParquet s, CancellationToken ct = default)
    {
        var info = await ChargerAsync(id, portee.Peut(Permission.TraiterInformation) ? Permission.TraiterInformation : Permission.DeciderSuiteInformation, ct);
        if (info is null) return null;
        var date = s.Date ?? Aujourdhui;
        var erreurs = ReglesCrip.DateEtape("Date", "Date de saisine du Parquet", date, info.DateReception, Aujourdhui).ToList();
        if (info.Enfants.All(e => e.DateDecision is not null)) erreurs.Add(new("Date", "Saisine : la suite de chaque enfant est déjà décidée."));
        if (erreurs.Count > 0) return new(erreurs);
        Verifier(info, s.Version);
        if (info.Qualification != "IP")
        {
            info.Qualification = "IP";
            info.Analyse = ReglesCrip.AnalyseIp;
            info.DateQualification ??= date;
            info.MotifAnalyse ??= "Danger grave et immédiat";
            info.QualifieePar ??= Login;
        }
        foreach (var e in info.Enfants.Where(e => e.DateDecision is null))
        {
            e.Conclusion = "SAISINE_JUDICIAIRE";
            e.DateDecision = date;
            e.FondementSaisine = ReglesCrip.DangerGrave;
            e.ActionsPrecedentes = Nettoyer(s.ActionsPrecedentes);
            e.DecidePar = Login;
        }
        AjouterRetoursFinaux(info, date, parents: true);
        return await EnregistrerAsync(info, TypeEvenementAudit.SaisineParquet, new { enfants = info.Enfants.Count }, ct);
    }

    // ---------- Évaluation

    /// <summary>Who may be designated: active evaluators and référents of the children's territories.</summary>
    public async Task<List<Evaluateur>> EvaluateursPossiblesAsync(IReadOnlyCollection<int> territoires, CancellationToken ct = default)
    {
        var roles = await db.Roles.AsNoTracking().Where(r => r.Name == Role.Evaluateur || r.Name == Role.ReferentAse).Select(r => r.Id).ToListAsync(ct);
        return await db.Users.AsNoTracking()
            .Where(u => u.Actif && u.Territoires.Any(t => territoires.Contains(t.TerritoireId)) && db.UserRoles.Any(ur => ur.UserId == u.Id && roles.Contains(ur.RoleId)))
            .OrderBy(u => u.NomAffiche).ThenBy(u => u.UserName)
            .Select(u => new Evaluateur(u.Id, u.NomAffiche == "" ? u.UserName! : u.NomAffiche)).ToListAsync(ct);
    }

    public async Task<ResultatCrip?> DesignerAsync(int id, SaisieEvaluateurs s, CancellationToken ct = default)
    {
        var info = await ChargerAsync(id, Permission.TraiterInformation, ct);
        if (info is null) return null;
        var choisis = s.Evaluateurs.Where(x => !string.IsNullOrWhiteSpace(x)).Distinct().ToList();
        var territoires = await db.Enfants.Where(e => info.Enfants.Select(x => x.EnfantId).Contains(e.Id)).Select(e => e.TerritoireId).Distinct().ToListAsync(ct);
        var possibles = await EvaluateursPossiblesAsync(territoires, ct);
        var erreurs = new List<ErreurValidation>();
        if (info.Qualification != "IP") erreurs.Add(new("Evaluateurs", "Évaluateurs : seule une information qualifiée IP s'évalue."));
        if (choisis.Count < 2) erreurs.Add(new("Evaluateurs", "Évaluateurs : désignez au moins deux professionnels (évaluation pluridisciplinaire, CASF D226-2-5)."));
        if (choisis.Any(c => possibles.All(p => p.Id != c))) erreurs.Add(new("Evaluateurs", "Évaluateurs : choisissez des évaluateurs ou référents actifs du territoire des enfants."));
        if (erreurs.Count > 0) return new(erreurs);
        Verifier(info, s.Version);
        var actuels = await db.EvaluateursInformations.Where(x => x.InformationId == id).ToListAsync(ct);
        db.EvaluateursInformations.RemoveRange(actuels.Where(a => !choisis.Contains(a.UtilisateurId)));
        foreach (var c in choisis.Where(c => actuels.All(a => a.UtilisateurId != c)))
            db.EvaluateursInformations.Add(new EvaluateurInformation { InformationId = id, UtilisateurId = c, DateAssignation = Aujourdhui });
        var r = await EnregistrerAsync(info, TypeEvenementAudit.DesignationEvaluateurs, new { evaluateurs = choisis.Count }, ct);
        if (!r.Reussi) return r;
        var enfants = await db.Enfants.AsNoTracking().Where(e => info.Enfants.Select(x => x.EnfantId).Contains(e.Id)).ToListAsync(ct);
        return r with { Avertissements = await AlertesReferentAsync(possibles.Where(p => choisis.Contains(p.Id)).ToList(), enfants, ct) };
    }

    public async Task<bool> EstEvaluateurAsync(int id, CancellationToken ct = default) =>
        portee.Peut(Permission.EvaluerInformation) && await db.EvaluateursInformations.AnyAsync(x => x.InformationId == id && x.UtilisateurId == portee.UtilisateurId, ct);

    public async Task<ResultatCrip?> EvaluerAsync(int id, SaisieEvaluation s, CancellationToken ct = default)
    {
        var info = await ChargerAsync(id, Permission.EvaluerInformation, ct);
        if (info is null) return null;
        if (!await EstEvaluateurAsync(id, ct))
            return new([new("", "Évaluation : seuls les évaluateurs désignés pour cette information la renseignent.")]);
        var erreurs = new List<ErreurValidation>();
        if (info.Qualification != "IP") erreurs.Add(new("", "Évaluation : seule une information qualifiée IP s'évalue."));
        erreurs.AddRange(ReglesCrip.DateEtape("DateParentsInformes", "Date d'information des parents", s.DateParentsInformes, info.DateReception, Aujourdhui, obligatoire: false));
        var visites = new List<DateOnly>();
        foreach (var v in (s.VisitesDomicile ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DateOnly.TryParse(v, System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), out var d) && !DateOnly.TryParseExact(v, "yyyy-MM-dd", out d))
                erreurs.Add(new("VisitesDomicile", $"Visites à domicile : « {v} » n'est pas une date (JJ/MM/AAAA)."));
            else { erreurs.AddRange(ReglesCrip.DateEtape("VisitesDomicile", "Visite à domicile", d, info.DateReception, Aujourdhui)); visites.Add(d); }
        }
        foreach (var x in s.Enfants)
        {
            var ligne = info.Enfants.FirstOrDefault(e => e.EnfantId == x.EnfantId);
            if (ligne is null) { erreurs.Add(new("Enfants", "Enfant : il n'est pas concerné par cette information.")); continue; }
            if (x.DateFin is null) continue;
            erreurs.AddRange(ReglesCrip.DateEtape("DateFin", "Date de fin d'évaluation", x.DateFin, info.DateReception, Aujourdhui));
            if (x.DangerConfirme is null) erreurs.Add(new("DangerConfirme", "Conclusion : indiquez si le danger ou le risque de danger est confirmé."));
            if (x.Proposition is null || !ReglesCrip.Suites.ContainsKey(x.Proposition)) erreurs.Add(new("Proposition", "Conclusion : choisissez la suite proposée."));
            if (x.RencontreSeul is null && ligne.RencontreSeul is null) erreurs.Add(new("RencontreSeul", "Conclusion : indiquez si l'enfant a été rencontré seul."));
            if ((x.RencontreSeul ?? ligne.RencontreSeul) == false && string.IsNullOrWhiteSpace(x.MotifNonRencontreSeul ?? ligne.MotifNonRencontreSeul))
                erreurs.Add(new("MotifNonRencontreSeul", "Enfant non rencontré seul : indiquez pourquoi."));
            if (s.DateParentsInformes is null && info.DateParentsInformes is null && string.IsNullOrWhiteSpace(s.MotifParentsNonInformes ?? info.MotifParentsNonInformes))
                erreurs.Add(new("DateParentsInformes", "Parents : indiquez la date de leur information ou pourquoi ils ne l'ont pas été (CASF L226-2-1)."));
            if (ligne.DateDecision is not null) erreurs.Add(new("DateFin", "Conclusion : la suite est déjà décidée pour cet enfant."));
        }
        if (erreurs.Count > 0) return new(erreurs.DistinctBy(e => e.Message).ToList());
        Verifier(info, s.Version);
        info.DateParentsInformes = s.DateParentsInformes ?? info.DateParentsInformes;
        info.MotifParentsNonInformes = Nettoyer(s.MotifParentsNonInformes) ?? info.MotifParentsNonInformes;
        if (visites.Count > 0) info.VisitesDomicile = string.Join(',', visites.Order().Select(v => v.ToString("yyyy-MM-dd")));
        info.AccompagnementAnterieur = Nettoyer(s.AccompagnementAnterieur) ?? info.AccompagnementAnterieur;
        var conclues = 0;
        foreach (var x in s.Enfants)
        {
            var ligne = info.Enfants.First(e => e.EnfantId == x.EnfantId);
            ligne.RencontreSeul = x.RencontreSeul ?? ligne.RencontreSeul;
            ligne.MotifNonRencontreSeul = Nettoyer(x.MotifNonRencontreSeul) ?? ligne.MotifNonRencontreSeul;
            if (x.DateFin is null) continue;
            ligne.DateFinEvaluation = x.DateFin;
            ligne.DangerConfirme = x.DangerConfirme;
            ligne.Proposition = x.Proposition;
            ligne.ConclusionEvaluateurs = Nettoyer(x.Conclusion);
            conclues++;
        }
        db.Entry(info).Property(x => x.Version).IsModified = true;
        return await EnregistrerAsync(info, conclues > 0 ? TypeEvenementAudit.ConclusionEvaluateurs : TypeEvenementAudit.EvaluationInformation, new { conclues }, ct);
    }

    // ---------- Décision du responsable

    public async Task<ResultatCrip?> DeciderAsync(int id, SaisieDecision s, CancellationToken ct = default)
    {
        var info = await ChargerAsync(id, Permission.DeciderSuiteInformation, ct);
        if (info is null) return null;
        var date = s.Date ?? Aujourdhui;
        var decidables = (await portee.EnfantsAsync(Permission.DeciderSuiteInformation, ct)).Select(e => e.Id);
        var erreurs = new List<ErreurValidation>();
        var choix = s.Enfants.Where(x => !string.IsNullOrEmpty(x.Suite)).ToList();
        if (choix.Count == 0) erreurs.Add(new("Suite", "Décision : choisissez la suite d'au moins un enfant."));
        foreach (var x in choix)
        {
            var ligne = info.Enfants.FirstOrDefault(e => e.EnfantId == x.EnfantId);
            if (ligne is null || !await decidables.ContainsAsync(x.EnfantId, ct)) { erreurs.Add(new("Enfants", "Décision : cet enfant n'est pas dans votre portée ou pas concerné.")); continue; }
            if (!ReglesCrip.Suites.ContainsKey(x.Suite!)) erreurs.Add(new("Suite", "Suite : choisissez une suite de la liste."));
            if (ligne.DateDecision is not null) erreurs.Add(new("Suite", "Décision : la suite est déjà décidée pour cet enfant."));
            else if (ligne.DateFinEvaluation is null) erreurs.Add(new("Suite", "Décision : les évaluateurs n'ont pas encore conclu pour cet enfant (hors danger grave : utilisez la saisine immédiate du Parquet)."));
            erreurs.AddRange(ReglesCrip.DateEtape("Date", "Date de décision", date, info.DateReception, Aujourdhui, apres: ligne.DateFinEvaluation, libelleApres: "la fin de l'évaluation"));
            if (x.Suite == "SAISINE_JUDICIAIRE")
            {
                if (x.Fondement is null || !ReglesCrip.Fondements.ContainsKey(x.Fondement))
                    erreurs.Add(new("Fondement", "Saisine judiciaire : indiquez son fondement (CASF L226-4 1°, 2°, 3° ou danger grave et immédiat)."));
                if (x.Fondement is "L226-4-1" or "L226-4-2" && string.IsNullOrWhiteSpace(s.ActionsPrecedentes))
                    erreurs.Add(new("ActionsPrecedentes", "Saisine judiciaire : décrivez les actions menées auparavant (CASF L226-4)."));
            }
        }
        if (erreurs.Count > 0) return new(erreurs.DistinctBy(e => e.Message).ToList());

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var mesuresOuvertes = new Dictionary<int, int>();
        foreach (var x in choix.Where(x => x.Suite == "PRESTATION_ADMINISTRATIVE"))
        {
            var (mesure, erreursMesure) = await mesures.CreerAsync(x.EnfantId, new SaisieMesure
            {
                Type = x.TypeMesure ?? "AED", Autorite = "PCD", DateDecision = date, DateAccordParents = x.DateAccordParents,
            }, ct);
            if (mesure is null) return new((erreursMesure ?? []).Select(e => e with { Message = $"Prestation administrative : {e.Message}" }).ToList());
            mesuresOuvertes[x.EnfantId] = mesure.Id;
        }
        Verifier(info, s.Version);
        foreach (var (enfant, mesure) in mesuresOuvertes) info.Enfants.First(e => e.EnfantId == enfant).MesureId = mesure;
        foreach (var x in choix)
        {
            var ligne = info.Enfants.First(e => e.EnfantId == x.EnfantId);
            ligne.Conclusion = x.Suite;
            ligne.DateDecision = date;
            ligne.DecidePar = Login;
            ligne.MotifDecision = Nettoyer(s.Motif);
            ligne.FondementSaisine = x.Suite == "SAISINE_JUDICIAIRE" ? x.Fondement : null;
            ligne.ActionsPrecedentes = x.Suite == "SAISINE_JUDICIAIRE" ? Nettoyer(s.ActionsPrecedentes) : null;
        }
        if (info.Enfants.All(e => e.DateDecision is not null)) AjouterRetoursFinaux(info, date, parents: true);
        db.Entry(info).Property(x => x.Version).IsModified = true;
        var r = await EnregistrerAsync(info, TypeEvenementAudit.DecisionSuiteInformation, new { suites = choix.Select(c => c.Suite).ToList() }, ct);
        if (r.Reussi) await tx.CommitAsync(ct);
        return r;
    }

    // ---------- Retours

    public async Task<ResultatCrip?> RetourFaitAsync(int id, int retourId, SaisieRetour s, CancellationToken ct = default)
    {
        var info = await ChargerAsync(id, Permission.TraiterInformation, ct);
        if (info is null) return null;
        var retour = await db.RetoursCrip.FirstOrDefaultAsync(r => r.Id == retourId && r.InformationId == id, ct);
        if (retour is null) return null;
        var date = s.Date ?? Aujourdhui;
        var erreurs = ReglesCrip.DateEtape("Date", "Date du retour", date, info.DateReception, Aujourdhui).ToList();
        if (retour.DateFaite is not null) erreurs.Add(new("Date", "Retour : il est déjà fait."));
        if (erreurs.Count > 0) return new(erreurs);
        db.Entry(retour).Property(r => r.Version).OriginalValue = s.Version;
        retour.DateFaite = date;
        retour.FaitePar = Login;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return ResultatCrip.Perime; }
        await Tracer(TypeEvenementAudit.RetourCrip, info, new { retour.Type }, ct);
        return new([]);
    }

    /// <summary>A non-professional reporter asks, after the receipt, to know what became of the information: a reply is due within 3 months (CASF L226-5).</summary>
    public async Task<ResultatCrip?> DemanderRetourAsync(int id, SaisieRetour s, CancellationToken ct = default)
    {
        var info = await ChargerAsync(id, Permission.TraiterInformation, ct);
        if (info is null) return null;
        var erreurs = ReglesCrip.DateEtape("Date", "Date de la demande de retour", s.Date, info.DateReception, Aujourdhui).ToList();
        if (info.InformateurProfessionnel != false) erreurs.Add(new("Date", "Demande de retour : elle concerne un informateur non professionnel (le professionnel est informé des suites sans demande)."));
        if (info.DateDemandeRetour is not null) erreurs.Add(new("Date", "Demande de retour : elle est déjà enregistrée."));
        if (erreurs.Count > 0) return new(erreurs);
        Verifier(info, s.Version);
        info.DateDemandeRetour = s.Date;
        db.RetoursCrip.Add(new RetourCrip { InformationId = info.Id, Type = ReglesCrip.RetourInformateur, DateCreation = Aujourdhui, Echeance = ReglesCrip.EcheanceReponseInformateur(s.Date!.Value) });
        return await EnregistrerAsync(info, TypeEvenementAudit.RetourCrip, new { demande = true }, ct);
    }

    public Task TracerCourrierAsync(InformationEntrante info, string type, CancellationToken ct = default) =>
        Tracer(TypeEvenementAudit.CourrierCrip, info, new { type }, ct);

    public Task TracerExportAsync(string format, CancellationToken ct = default) =>
        audit.EnregistrerAsync(TypeEvenementAudit.ExportTableauCrip, "Crip", null, new { format }, ct: ct);

    // ---------- plumbing

    private void AjouterRetoursFinaux(InformationEntrante info, DateOnly date, bool parents)
    {
        var echeance = Calendrier.AjouterMois(date, DelaiRetourMois);
        if (parents) db.RetoursCrip.Add(new RetourCrip { InformationId = info.Id, Type = ReglesCrip.RetourParents, DateCreation = date, Echeance = echeance });
        if (info.InformateurProfessionnel == true)
            db.RetoursCrip.Add(new RetourCrip { InformationId = info.Id, Type = ReglesCrip.RetourProfessionnel, DateCreation = date, Echeance = echeance });
    }

    private async Task<InformationEntrante?> ChargerAsync(int id, Permission p, CancellationToken ct)
    {
        if (!portee.Peut(p)) return null;
        var visibles = await InformationsAsync(p, ct);
        return await visibles.Include(i => i.Enfants).FirstOrDefaultAsync(i => i.Id == id, ct);
    }

    private void Verifier(InformationEntrante info, int version) => db.Entry(info).Property(x => x.Version).OriginalValue = version;

    private async Task<ResultatCrip> EnregistrerAsync(InformationEntrante info, TypeEvenementAudit type, object? details, CancellationToken ct)
    {
        try
        {
            db.Entry(info).Property(x => x.Version).IsModified = true;
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ResultatCrip.Perime;
        }
        await Tracer(type, info, details, ct);
        return new([], Id: info.Id);
    }

    private Task Tracer(TypeEvenementAudit type, InformationEntrante info, object? details, CancellationToken ct) =>
        audit.EnregistrerAsync(type, nameof(InformationEntrante), info.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), details, ct: ct);

    private static string? Nettoyer(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
