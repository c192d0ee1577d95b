using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Parcours;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Securite;
using Sillage.Domaine.Temps;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Echeances;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Parcours;

public sealed class SaisieContact
{
    public DateOnly? Date { get; set; }
    public int? ParentId { get; set; }
    public string? Type { get; set; }
    public bool Realise { get; set; } = true;
    public string? Commentaire { get; set; }
}

public sealed record ContactVue(int Id, DateOnly Date, string Parent, string Type, bool Realise, string? Commentaire);
public sealed record RapportVue(int Id, DateOnly Date, DateOnly? Partage, DateOnly? Transmission, string? Conclusion);
public sealed record ExamenVue(DateOnly Date, string? Avis, string? Motivation);
public sealed record SignalementVue(DateOnly Date, string Raison, string? SignalePar);
public sealed record SolutionVue(DateOnly Date, string Type, string? Commentaire);
public sealed record EntretienVue(DateOnly Date, string? Synthese);
public sealed record ParentChoix(int Id, string Libelle, bool AutoriteParentale);

/// <summary>The child's parcours at a glance: PPE, rapports, relations, CESSEC, accès à l'autonomie.</summary>
public sealed record VueParcours(int EnfantId, string NomEnfant, string NumeroDossier, DateOnly Naissance, int Age,
    int? PpeNumero, DateOnly? PpeSigne, IReadOnlyList<RapportVue> Rapports, DateOnly? ProchainRapport,
    IReadOnlyList<ParentChoix> Parents, IReadOnlyList<ContactVue> Contacts, DateOnly? DebutAccueil, DateOnly? EcheanceDelaissement, bool AlerteDelaissement,
    IReadOnlyList<SignalementVue> Signalements, IReadOnlyList<ExamenVue> Examens,
    AccesAutonomie.Ligne? Autonomie, IReadOnlyList<EntretienVue> Entretiens, IReadOnlyList<SolutionVue> Solutions);

public sealed record LigneAExaminer(int EnfantId, string NumeroDossier, string Enfant, int Age, string Territoire, string Motif, DateOnly Echeance, string? Raison);
public sealed record LigneAutonomie(int EnfantId, string NumeroDossier, string Enfant, string Territoire, int Age, DateOnly Majorite, DateOnly FinDroit, string Etat, string Libelle);
public sealed record LigneDelaissement(int EnfantId, string NumeroDossier, string Enfant, string Territoire, DateOnly DebutAccueil, DateOnly? DerniereRelation, DateOnly Echeance);
public sealed record LigneRecensement(DateOnly Date, string Territoire, int Age, string Motif, string Avis, int Membres);
public sealed record SeanceVue(int Id, DateOnly Date, int Version, IReadOnlyList<(string Nom, string Role)> Membres, IReadOnlyList<(int EnfantId, string NumeroDossier, string Enfant, string? Avis, string? Motivation)> Examens);

/// <summary>
/// The parcours around the PPE: relations parents-enfant and the délaissement alert (C. civ. 381-1),
/// the CESSEC (list to examine, sessions, avis, yearly census), accès à l'autonomie (entretien 17 ans,
/// APJM eligibility, sortie sèche). Rules in Sillage.Domaine.Parcours; same service for pages and API.
/// </summary>
public sealed class ServiceSuivi(SillageDbContext db, PorteeAcces portee, ChargeurSituations chargeur, Administration.ServiceReglages reglages)
{
    private static DateOnly Aujourdhui => DateOnly.FromDateTime(DateTime.Today);

    private async Task<Enfant?> EnfantAsync(int enfantId, CancellationToken ct) =>
        await (await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct)).AsNoTracking().FirstOrDefaultAsync(e => e.Id == enfantId, ct);

    public async Task<VueParcours?> VueAsync(int enfantId, DateOnly jour, CancellationToken ct = default)
    {
        var e = await EnfantAsync(enfantId, ct);
        if (e is null) return null;
        var ppe = await db.Ppes.AsNoTracking().Where(p => p.EnfantId == enfantId).OrderByDescending(p => p.Numero).Select(p => new { p.Numero, p.DateSignature }).FirstOrDefaultAsync(ct);
        var signe = await db.Ppes.AsNoTracking().Where(p => p.EnfantId == enfantId && p.DateSignature != null).MaxAsync(p => p.DateSignature, ct);
        var rapports = await db.Rapports.AsNoTracking().Where(r => r.EnfantId == enfantId).OrderByDescending(r => r.Date)
            .Select(r => new RapportVue(r.Id, r.Date, r.DatePartage, r.DateTransmissionJuge, r.Conclusion)).ToListAsync(ct);
        var parametres = await reglages.LireAsync(ct);
        var parents = await db.Parents.AsNoTracking().Where(p => p.EnfantId == enfantId).OrderBy(p => p.Lien).ThenBy(p => p.Id)
            .Select(p => new ParentChoix(p.Id, p.Prenoms + " " + p.Nom + " (" + p.Lien.ToLower() + ")", p.AutoriteParentale)).ToListAsync(ct);
        var noms = parents.ToDictionary(p => p.Id, p => p.Libelle);
        var contacts = (await db.ContactsParents.AsNoTracking().Where(c => c.EnfantId == enfantId).OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).ToListAsync(ct))
            .Select(c => new ContactVue(c.Id, c.Date, c.ParentId is { } p ? noms.GetValueOrDefault(p, "parent") : "parent non précisé", Delaissement.TypesContact.GetValueOrDefault(c.Type, c.Type), c.Realise, c.Commentaire)).ToList();
        var mesures = await MesuresAsync([enfantId], ct);
        var situation = Situation(e.Id, e.DateNaissance, mesures[e.Id].ToList());
        var accueil = DebutConfie(situation, jour);
        var relations = (await db.ContactsParents.AsNoTracking().Where(c => c.EnfantId == enfantId && c.Realise).Select(c => new { c.Date, c.Type }).ToListAsync(ct))
            .Where(c => Delaissement.Compte(c.Type)).Select(c => c.Date).ToList();
        var solutions = await db.SolutionsSortie.AsNoTracking().Where(s => s.EnfantId == enfantId).OrderByDescending(s => s.Date).ToListAsync(ct);
        return new VueParcours(e.Id, $"{e.Prenoms} {e.Nom}", e.NumeroDossier, e.DateNaissance, Ages.AgeAu(e.DateNaissance, jour), ppe?.Numero, signe,
            rapports, rapports.Count > 0 ? Echeancier.ProchainRapport(e.DateNaissance, rapports[0].Date, parametres) : null,
            parents, contacts, accueil, accueil is { } a ? Delaissement.Echeance(a, relations, jour) : null, accueil is { } a2 && Delaissement.Alerte(a2, relations, jour),
            await db.SignalementsCessec.AsNoTracking().Where(s => s.EnfantId == enfantId).OrderByDescending(s => s.Date).Select(s => new SignalementVue(s.Date, s.Raison, s.SignalePar)).ToListAsync(ct),
            await db.ExamensCessec.AsNoTracking().Where(x => x.EnfantId == enfantId).OrderByDescending(x => x.DateExamen).Select(x => new ExamenVue(x.DateExamen, x.Avis, x.Motivation)).ToListAsync(ct),
            AccesAutonomie.Evaluer(e.Id.ToString(), e.DateNaissance, situation.Mesures, solutions.Select(s => s.Date), jour),
            await db.Entretiens.AsNoTracking().Where(x => x.EnfantId == enfantId).OrderByDescending(x => x.Date).Select(x => new EntretienVue(x.Date, x.Synthese)).ToListAsync(ct),
            solutions.Select(s => new SolutionVue(s.Date, AccesAutonomie.TypesSolution.GetValueOrDefault(s.Type, s.Type), s.Commentaire)).ToList());
    }

    private static SituationEnfant Situation(int id, DateOnly naissance, List<SituationEnfant.MesureDatee> mesures) =>
        new(id.ToString(), naissance, mesures, [], [], [], [], []);

    /// <summary>Start of the current accueil while the child is confié (measures of (A)): the clock of C. civ. 381-1.</summary>
    private static DateOnly? DebutConfie(SituationEnfant s, DateOnly jour) =>
        s.Mesures.Any(m => Catalogue.Trouver(m.Type)?.EstConfieA == true && Calendrier.ActifLe(m.Debut, m.Fin, jour)) ? Echeancier.PeriodeAccueil(s, jour)?.Debut : null;

    private async Task<ILookup<int, SituationEnfant.MesureDatee>> MesuresAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await db.Mesures.AsNoTracking().Where(m => ids.Contains(m.EnfantId)).Select(m => new { m.EnfantId, m.Id, m.Type, m.DateDecision, m.DateDebut, m.DateFinPrevue, m.DateFin }).ToListAsync(ct))
            .ToLookup(m => m.EnfantId, m => new SituationEnfant.MesureDatee(m.Id.ToString(), m.Type, m.DateDecision, m.DateDebut, m.DateFinPrevue, m.DateFin));

    private static List<ErreurValidation> DateFaite(string champ, string libelle, DateOnly? date, DateOnly naissance)
    {
        if (date is null) return [new(champ, $"{libelle} : valeur obligatoire (JJ/MM/AAAA).")];
        if (date > Aujourdhui) return [new(champ, $"{libelle} : elle ne peut pas être dans le futur (fait accompli).")];
        if (date < naissance) return [new(champ, $"{libelle} : elle précède la naissance de l'enfant.")];
        return [];
    }

    /// <summary>Null = child not visible; else the refusals (empty = recorded).</summary>
    public async Task<List<ErreurValidation>?> AjouterContactAsync(int enfantId, SaisieContact s, CancellationToken ct = default)
    {
        var e = await EnfantAsync(enfantId, ct);
        if (e is null) return null;
        var erreurs = DateFaite("Date", "Date du contact", s.Date, e.DateNaissance);
        if (s.Type is null || !Delaissement.TypesContact.ContainsKey(s.Type)) erreurs.Add(new("Type", "Type : choisissez visite, visite médiatisée, hébergement, appel ou courrier."));
        if (s.ParentId is { } p && !await db.Parents.AnyAsync(x => x.Id == p && x.EnfantId == enfantId, ct)) erreurs.Add(new("ParentId", "Parent : il doit être un parent enregistré de cet enfant."));
        if (erreurs.Count > 0) return erreurs;
        db.ContactsParents.Add(new ContactParent { EnfantId = enfantId, Date = s.Date!.Value, ParentId = s.ParentId, Type = s.Type!, Realise = s.Realise, Commentaire = Net(s.Commentaire) });
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<ErreurValidation>?> SignalerCessecAsync(int enfantId, DateOnly? date, string? raison, string? auteur, CancellationToken ct = default)
    {
        var e = await EnfantAsync(enfantId, ct);
        if (e is null) return null;
        var erreurs = DateFaite("DateSignalement", "Date du signalement", date, e.DateNaissance);
        if (string.IsNullOrWhiteSpace(raison)) erreurs.Add(new("Raison", "Raison : indiquez le risque de délaissement ou l'inadaptation du statut qui justifie l'examen (CASF L223-1)."));
        if (erreurs.Count > 0) return erreurs;
        db.SignalementsCessec.Add(new SignalementCessec { EnfantId = enfantId, Date = date!.Value, Raison = raison!.Trim(), SignalePar = auteur });
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<ErreurValidation>?> AjouterEntretienAsync(int enfantId, DateOnly? date, string? synthese, CancellationToken ct = default)
    {
        var e = await EnfantAsync(enfantId, ct);
        if (e is null) return null;
        var erreurs = DateFaite("DateEntretien", "Date de l'entretien", date, e.DateNaissance);
        if (date is { } d && await db.Entretiens.AnyAsync(x => x.EnfantId == enfantId && x.Date == d, ct)) erreurs.Add(new("DateEntretien", "Date de l'entretien : un entretien est déjà enregistré ce jour-là."));
        if (erreurs.Count > 0) return erreurs;
        db.Entretiens.Add(new Entretien17Ans { EnfantId = enfantId, Date = date!.Value, Synthese = Net(synthese) });
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<ErreurValidation>?> AjouterSolutionAsync(int enfantId, DateOnly? date, string? type, string? commentaire, CancellationToken ct = default)
    {
        var e = await EnfantAsync(enfantId, ct);
        if (e is null) return null;
        var erreurs = DateFaite("DateSolution", "Date de la solution", date, e.DateNaissance);
        if (type is null || !AccesAutonomie.TypesSolution.ContainsKey(type)) erreurs.Add(new("TypeSolution", "Solution : choisissez une solution de la liste."));
        if (erreurs.Count > 0) return erreurs;
        db.SolutionsSortie.Add(new SolutionSortie { EnfantId = enfantId, Date = date!.Value, Type = type!, Commentaire = Net(commentaire) });
        await db.SaveChangesAsync(ct);
        return [];
    }

    // ---------------- lists over the user's territories

    private async Task<Dictionary<int, Enfant>> EnfantsAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var liste = ids.ToList();
        return await (await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct)).AsNoTracking().Include(e => e.Territoire)
            .Where(e => liste.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
    }

    /// <summary>Children the CESSEC should examine on <paramref name="jour"/> (ListeCessec), earliest due first.</summary>
    public async Task<List<LigneAExaminer>> AExaminerAsync(DateOnly jour, CancellationToken ct = default)
    {
        var situations = await chargeur.ChargerAsync(await portee.TerritoiresAsync(Permission.ModifierDossierEnfant, ct), jour, ct);
        var ids = situations.Select(s => s.Enfant.Id).ToList();
        var signalements = (await db.SignalementsCessec.AsNoTracking().Where(s => ids.Contains(s.EnfantId)).Select(s => new { s.EnfantId, s.Date, s.Raison }).ToListAsync(ct))
            .ToLookup(s => s.EnfantId, s => (s.Date, s.Raison));
        var parametres = await reglages.LireAsync(ct);
        var lignes = situations.SelectMany(s => ListeCessec.Evaluer(s.Situation, signalements[s.Enfant.Id], jour, parametres).Select(x => (s.Enfant, s.Situation, x))).ToList();
        var enfants = await EnfantsAsync(lignes.Select(l => l.Enfant.Id).Distinct(), ct);
        return lignes.Where(l => enfants.ContainsKey(l.Enfant.Id))
            .Select(l => new LigneAExaminer(l.Enfant.Id, l.Enfant.NumeroDossier, $"{l.Enfant.Prenoms} {l.Enfant.Nom}", Ages.AgeAu(l.Situation.Naissance, jour),
                enfants[l.Enfant.Id].Territoire?.Libelle ?? "", l.x.Motif, l.x.Echeance, l.x.Raison))
            .OrderBy(l => l.Echeance).ThenBy(l => l.NumeroDossier, StringComparer.Ordinal).ToList();
    }

    /// <summary>Young people aged 17 to 20 confiés before 18, with their APJM state; sorties sèches first.</summary>
    public async Task<List<LigneAutonomie>> AutonomieAsync(DateOnly jour, CancellationToken ct = default)
    {
        var (min, max) = (jour.AddYears(-21).AddDays(1), jour.AddYears(-17));
        var candidats = await (await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct)).AsNoTracking()
            .Where(e => e.DateNaissance >= min.AddDays(-1) && e.DateNaissance <= max.AddDays(1))
            .Select(e => new { e.Id, e.NumeroDossier, e.Prenoms, e.Nom, e.DateNaissance, Territoire = e.Territoire!.Libelle }).ToListAsync(ct);
        var ids = candidats.Select(c => c.Id).ToList();
        var mesures = await MesuresAsync(ids, ct);
        var solutions = (await db.SolutionsSortie.AsNoTracking().Where(s => ids.Contains(s.EnfantId)).Select(s => new { s.EnfantId, s.Date }).ToListAsync(ct)).ToLookup(s => s.EnfantId, s => s.Date);
        var ordre = new[] { AccesAutonomie.SortieSeche, AccesAutonomie.Mineur, AccesAutonomie.Solution, AccesAutonomie.Accompagne };
        return candidats
            .Select(c => (c, l: AccesAutonomie.Evaluer(c.Id.ToString(), c.DateNaissance, mesures[c.Id].ToList(), solutions[c.Id], jour)))
            .Where(x => x.l is not null)
            .Select(x => new LigneAutonomie(x.c.Id, x.c.NumeroDossier, $"{x.c.Prenoms} {x.c.Nom}", x.c.Territoire, x.l!.Age, x.l.Majorite, x.l.FinDroit, x.l.Etat, AccesAutonomie.Etats[x.l.Etat]))
            .OrderBy(l => Array.IndexOf(ordre, l.Etat)).ThenBy(l => l.Majorite).ThenBy(l => l.NumeroDossier, StringComparer.Ordinal).ToList();
    }

    /// <summary>Children confiés with one year or more without the necessary relations with their parents (C. civ. 381-1).</summary>
    public async Task<List<LigneDelaissement>> DelaissementAsync(DateOnly jour, CancellationToken ct = default)
    {
        var situations = await chargeur.ChargerAsync(await portee.TerritoiresAsync(Permission.ModifierDossierEnfant, ct), jour, ct);
        var confies = situations.Select(s => (s.Enfant, Debut: DebutConfie(s.Situation, jour))).Where(x => x.Debut is not null).ToList();
        var ids = confies.Select(c => c.Enfant.Id).ToList();
        var relations = (await db.ContactsParents.AsNoTracking().Where(c => ids.Contains(c.EnfantId) && c.Realise).Select(c => new { c.EnfantId, c.Date, c.Type }).ToListAsync(ct))
            .Where(c => Delaissement.Compte(c.Type)).ToLookup(c => c.EnfantId, c => c.Date);
        var alertes = confies.Where(c => Delaissement.Alerte(c.Debut!.Value, relations[c.Enfant.Id], jour)).ToList();
        var enfants = await EnfantsAsync(alertes.Select(a => a.Enfant.Id), ct);
        return alertes.Where(a => enfants.ContainsKey(a.Enfant.Id)).Select(a =>
            {
                var passees = relations[a.Enfant.Id].Where(d => d <= jour && d >= a.Debut!.Value).ToList();
                return new LigneDelaissement(a.Enfant.Id, a.Enfant.NumeroDossier, $"{a.Enfant.Prenoms} {a.Enfant.Nom}", enfants[a.Enfant.Id].Territoire?.Libelle ?? "",
                    a.Debut!.Value, passees.Count > 0 ? passees.Max() : null, Delaissement.Echeance(a.Debut.Value, relations[a.Enfant.Id], jour));
            })
            .OrderBy(l => l.Echeance).ThenBy(l => l.NumeroDossier, StringComparer.Ordinal).ToList();
    }

    // ---------------- CESSEC sessions

    public async Task<List<(int Id, DateOnly Date, int Membres, int Examens)>> SeancesAsync(CancellationToken ct = default) =>
        (await db.SeancesCessec.AsNoTracking().OrderByDescending(s => s.Date)
            .Select(s => new { s.Id, s.Date, Membres = s.Membres.Count, Examens = db.ExamensCessec.Count(x => x.SeanceId == s.Id) }).Take(50).ToListAsync(ct))
        .Select(s => (s.Id, s.Date, s.Membres, s.Examens)).ToList();

    public async Task<(int? Id, List<ErreurValidation> Erreurs)> CreerSeanceAsync(DateOnly? date, IEnumerable<(string? Nom, string? Role)> membres, CancellationToken ct = default)
    {
        var erreurs = new List<ErreurValidation>();
        if (date is null) erreurs.Add(new("DateSeance", "Date de la séance : valeur obligatoire (JJ/MM/AAAA)."));
        var presents = membres.Where(m => !string.IsNullOrWhiteSpace(m.Nom)).ToList();
        if (presents.Any(m => m.Role is null || !ListeCessec.Roles.ContainsKey(m.Role)))
            erreurs.Add(new("Membres", "Membres : choisissez le rôle de chaque membre."));
        if (presents.Count < 2 || presents.Select(m => m.Role).Distinct().Count() < 2)
            erreurs.Add(new("Membres", "Membres : la commission est pluridisciplinaire, au moins deux membres de rôles différents (CASF D223-26)."));
        if (erreurs.Count > 0) return (null, erreurs);
        var seance = new SeanceCessec { Date = date!.Value, Membres = presents.Select(m => new MembreCessec { Nom = m.Nom!.Trim(), Role = m.Role! }).ToList() };
        db.SeancesCessec.Add(seance);
        await db.SaveChangesAsync(ct);
        return (seance.Id, []);
    }

    public async Task<SeanceVue?> SeanceAsync(int id, CancellationToken ct = default)
    {
        var s = await db.SeancesCessec.AsNoTracking().Include(x => x.Membres).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return null;
        var visibles = await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct);
        var examens = await db.ExamensCessec.AsNoTracking().Where(x => x.SeanceId == id)
            .Join(visibles, x => x.EnfantId, e => e.Id, (x, e) => new { x.EnfantId, e.NumeroDossier, e.Prenoms, e.Nom, x.Avis, x.Motivation }).ToListAsync(ct);
        return new SeanceVue(s.Id, s.Date, s.Version, s.Membres.OrderBy(m => m.Id).Select(m => (m.Nom, m.Role)).ToList(),
            examens.Select(x => (x.EnfantId, x.NumeroDossier, $"{x.Prenoms} {x.Nom}", x.Avis, x.Motivation)).ToList());
    }

    /// <summary>The commission's avis on one child at a session (it records the examen the échéancier counts).</summary>
    public async Task<List<ErreurValidation>?> AvisAsync(int seanceId, int enfantId, string? avis, string? motivation, CancellationToken ct = default)
    {
        var seance = await db.SeancesCessec.AsNoTracking().FirstOrDefaultAsync(s => s.Id == seanceId, ct);
        var e = await EnfantAsync(enfantId, ct);
        if (seance is null || e is null) return null;
        var erreurs = new List<ErreurValidation>();
        if (avis is null || !ListeCessec.Avis.ContainsKey(avis)) erreurs.Add(new("Avis", "Avis : choisissez l'avis de la commission."));
        if (string.IsNullOrWhiteSpace(motivation)) erreurs.Add(new("Motivation", "Motivation : l'avis de la commission est motivé (CASF D223-26)."));
        if (seance.Date > Aujourdhui) erreurs.Add(new("Avis", "Avis : la séance n'a pas encore eu lieu."));
        if (await db.ExamensCessec.AnyAsync(x => x.EnfantId == enfantId && x.DateExamen == seance.Date, ct))
            erreurs.Add(new("Avis", "Avis : cet enfant a déjà été examiné ce jour-là."));
        if (erreurs.Count > 0) return erreurs;
        db.ExamensCessec.Add(new ExamenCessec { EnfantId = enfantId, DateExamen = seance.Date, SeanceId = seanceId, Avis = avis, Motivation = motivation!.Trim() });
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Yearly census for the ODPE: every examen of the year, without identity (age, territory, reason, avis).</summary>
    public async Task<List<LigneRecensement>> RecensementAsync(int annee, Permission permission, CancellationToken ct = default)
    {
        var territoires = await portee.TerritoiresAsync(permission, ct);
        if (!portee.Peut(permission)) return [];
        var (debut, fin) = (new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31));
        var q = db.ExamensCessec.AsNoTracking().Where(x => x.DateExamen >= debut && x.DateExamen <= fin)
            .Join(db.Enfants, x => x.EnfantId, e => e.Id, (x, e) => new { x.DateExamen, x.Avis, x.SeanceId, e.DateNaissance, e.TerritoireId, Territoire = e.Territoire!.Libelle });
        if (territoires is not null) q = q.Where(x => territoires.Contains(x.TerritoireId));
        var lignes = await q.ToListAsync(ct);
        var membres = await db.MembresCessec.AsNoTracking().GroupBy(m => m.SeanceId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
        var seuil = (await reglages.LireAsync(ct)).SeuilJeuneEnfantAns;
        return lignes.Select(x =>
            {
                var age = Ages.AgeAu(x.DateNaissance, x.DateExamen);
                return new LigneRecensement(x.DateExamen, x.Territoire, age, ListeCessec.Motifs[age < seuil ? ListeCessec.MotifJeuneEnfant : ListeCessec.MotifSignalement],
                    x.Avis is null ? "non renseigné" : ListeCessec.Avis.GetValueOrDefault(x.Avis, x.Avis), x.SeanceId is { } s ? membres.GetValueOrDefault(s) : 0);
            })
            .OrderBy(l => l.Date).ThenBy(l => l.Territoire, StringComparer.Ordinal).ThenBy(l => l.Age).ToList();
    }

    /// <summary>When two files of one child are merged, the parcours records follow the surviving file.</summary>
    public static async Task<int> DeplacerAsync(SillageDbContext db, int absorbe, int conserve, CancellationToken ct)
    {
        var n = 0;
        foreach (var c in await db.ContactsParents.Where(x => x.EnfantId == absorbe).ToListAsync(ct)) { c.EnfantId = conserve; n++; }
        foreach (var s in await db.SignalementsCessec.Where(x => x.EnfantId == absorbe).ToListAsync(ct)) { s.EnfantId = conserve; n++; }
        foreach (var s in await db.SolutionsSortie.Where(x => x.EnfantId == absorbe).ToListAsync(ct)) { s.EnfantId = conserve; n++; }
        foreach (var d in await db.Destinataires.Where(x => x.EnfantId == absorbe).ToListAsync(ct)) { d.EnfantId = conserve; n++; }
        return n;
    }

    private static string? Net(string? t) => string.IsNullOrWhiteSpace(t) ? null : t.Trim();
}
