using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Conservation;
using Sillage.Donnees;
using Sillage.Donnees.Audit;

namespace Sillage.Web.Fonctionnalites.Conservation;

/// <param name="ArchiveLe">When the file was placed in intermediate archive (null: still in the active base's access).</param>
public sealed record LigneConservation(int EnfantId, string NumeroDossier, string Territoire, TypeEnregistrement Type, DateOnly? DernierContact,
    bool EnCours, SituationConservation Situation, DateOnly? ArchiveLe = null)
{
    /// <summary>Past its active-base period and not yet placed in intermediate archive.</summary>
    public bool APlacerEnArchive => ArchiveLe is null && Situation.Etat != EtatConservation.Actif;
}

/// <summary>The retention engine on the base: where each child's file stands, and the final fate applied with a visa.
/// Elimination and transfer remove the personal data (names, parents, documents, referent) and keep the pseudonymised
/// record (sex, birth date, territory, dated events) that the observatory's indicators are computed from.</summary>
public sealed class ServiceConservation(SillageDbContext db, JournalAudit audit, Administration.ServiceReglages reglages)
{
    public const string PrefixeAnonyme = "ANON-";

    public static DateOnly Aujourdhui => DateOnly.FromDateTime(DateTime.Today);

    /// <summary>The lines of a filter of the page and the API: echus (default), archive, a-placer, placees, tous.</summary>
    public static List<LigneConservation> Filtrer(List<LigneConservation> l, string? etat) => etat switch
    {
        "tous" => l,
        "archive" => l.Where(x => x.Situation.Etat == EtatConservation.ArchiveIntermediaire).ToList(),
        "a-placer" => l.Where(x => x.APlacerEnArchive).ToList(),
        "placees" => l.Where(x => x.ArchiveLe is not null).ToList(),
        _ => l.Where(x => x.Situation.Etat == EtatConservation.SortFinalEchu).ToList(),
    };

    /// <summary>The retention rules in force (administration settings, else the defaults).</summary>
    public Task<IReadOnlyList<ReglesConservation>> ReglesAsync(CancellationToken ct = default) => reglages.ConservationAsync(ct);

    public async Task<List<LigneConservation>> ListerAsync(DateOnly au, CancellationToken ct = default)
    {
        var regles = await ReglesAsync(ct);
        var enfants = await db.Enfants.AsNoTracking().Where(e => e.FusionneDansId == null && !e.NumeroDossier.StartsWith(PrefixeAnonyme))
            .Select(e => new { e.Id, e.NumeroDossier, Territoire = e.Territoire!.Code, e.ArchiveIntermediaireLe }).ToListAsync(ct);
        var contacts = new Dictionary<int, DateOnly>();
        void Noter(int id, DateOnly? d) { if (d is { } v && (!contacts.TryGetValue(id, out var x) || v > x)) contacts[id] = v; }
        foreach (var m in await db.Mesures.AsNoTracking().Select(m => new { m.EnfantId, m.DateDecision, m.DateDebut, m.DateFin }).ToListAsync(ct))
            Noter(m.EnfantId, m.DateFin ?? m.DateDebut ?? m.DateDecision);
        foreach (var s in await db.Sejours.AsNoTracking().Select(s => new { s.EnfantId, s.DateDebut, s.DateFin }).ToListAsync(ct))
            Noter(s.EnfantId, s.DateFin ?? s.DateDebut);
        foreach (var i in await db.InformationsEnfants.AsNoTracking()
                     .Select(i => new { i.EnfantId, i.DateDecision, i.DateFinEvaluation, Reception = (DateOnly?)i.Information!.DateReception }).ToListAsync(ct))
        {
            Noter(i.EnfantId, i.Reception);
            Noter(i.EnfantId, i.DateDecision ?? i.DateFinEvaluation);
        }
        foreach (var r in await db.Rapports.AsNoTracking().Select(r => new { r.EnfantId, r.Date }).ToListAsync(ct)) Noter(r.EnfantId, r.Date);
        foreach (var p in await db.Ppes.AsNoTracking().Select(p => new { p.EnfantId, p.DateSignature }).ToListAsync(ct)) Noter(p.EnfantId, p.DateSignature);
        foreach (var e in await db.Entretiens.AsNoTracking().Select(e => new { e.EnfantId, e.Date }).ToListAsync(ct)) Noter(e.EnfantId, e.Date);
        foreach (var c in await db.ExamensCessec.AsNoTracking().Select(c => new { c.EnfantId, c.DateExamen }).ToListAsync(ct)) Noter(c.EnfantId, c.DateExamen);
        var avecMesure = (await db.Mesures.AsNoTracking().Select(m => m.EnfantId).Distinct().ToListAsync(ct))
            .Concat(await db.Sejours.AsNoTracking().Select(s => s.EnfantId).Distinct().ToListAsync(ct)).ToHashSet();
        var enCours = (await db.Mesures.AsNoTracking().Where(m => m.DateFin == null && m.DateDebut != null && m.DateDebut <= au).Select(m => m.EnfantId).Distinct().ToListAsync(ct))
            .Concat(await db.Sejours.AsNoTracking().Where(s => s.DateFin == null && s.DateDebut <= au).Select(s => s.EnfantId).Distinct().ToListAsync(ct)).ToHashSet();
        return enfants.Select(e =>
        {
            var type = avecMesure.Contains(e.Id) ? TypeEnregistrement.DossierAvecMesure : TypeEnregistrement.DossierSansMesure;
            DateOnly? contact = contacts.TryGetValue(e.Id, out var d) ? d : null;
            // No dated event at all: nothing says the file is closed, it stays active.
            var situation = MoteurConservation.Evaluer(ReglesConservation.Pour(type, regles), contact ?? au, enCours.Contains(e.Id) || contact is null, au);
            return new LigneConservation(e.Id, e.NumeroDossier, e.Territoire, type, contact, enCours.Contains(e.Id), situation, e.ArchiveIntermediaireLe);
        }).OrderByDescending(l => l.Situation.Etat).ThenBy(l => l.Situation.FinIntermediaire).ToList();
    }

    /// <summary>
    /// Places in intermediate archive every file past its active-base period (or only <paramref name="ids"/>, among them):
    /// from then on no professional reaches it (PorteeAcces hides it from search, file, lists and API). Each file's change
    /// is audited, with one <see cref="TypeEvenementAudit.ArchivageIntermediaire"/> event per file, in one transaction.
    /// </summary>
    public async Task<int> PlacerEnArchiveAsync(DateOnly au, IReadOnlyCollection<int>? ids = null, CancellationToken ct = default)
    {
        var dus = (await ListerAsync(au, ct)).Where(l => l.APlacerEnArchive && (ids is null || ids.Contains(l.EnfantId))).Select(l => l.EnfantId).ToList();
        if (dus.Count == 0) return 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var lot in dus.Chunk(500))
        {
            foreach (var e in await db.Enfants.Where(e => lot.Contains(e.Id)).ToListAsync(ct)) e.ArchiveIntermediaireLe = au;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        foreach (var id in dus)
            await audit.EnregistrerAsync(TypeEvenementAudit.ArchivageIntermediaire, "Enfant", id.ToString(), new { au }, ct: ct);
        await tx.CommitAsync(ct);
        return dus.Count;
    }

    /// <summary>Brings a file back from intermediate archive (a new contact, a litigation…): the reason is required and audited.</summary>
    public async Task<IReadOnlyList<ErreurValidation>> ReactiverAsync(int enfantId, string? motif, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(motif) || motif.Trim().Length > 500)
            return [new("Motif", "Motif : la raison de la sortie d'archive (nouveau contact, contentieux…) est obligatoire (500 caractères au plus).")];
        var enfant = await db.Enfants.FirstOrDefaultAsync(e => e.Id == enfantId && e.FusionneDansId == null, ct);
        if (enfant is null || enfant.ArchiveIntermediaireLe is null) return [new("Enfant", "Ce dossier n'est pas en archive intermédiaire.")];
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        enfant.ArchiveIntermediaireLe = null;
        await db.SaveChangesAsync(ct);
        await audit.EnregistrerAsync(TypeEvenementAudit.ReactivationArchive, "Enfant", enfantId.ToString(), new { motif = motif.Trim() }, ct: ct);
        await tx.CommitAsync(ct);
        return [];
    }

    /// <summary>Applies the final fate to a file whose time has come, with the visa of the person who decided it
    /// (and for a transfer, the archives' reference). Nothing is written if a rule is broken.</summary>
    public async Task<IReadOnlyList<ErreurValidation>> AppliquerSortFinalAsync(int enfantId, string? visa, string? reference, DateOnly au, CancellationToken ct = default)
    {
        var erreurs = new List<ErreurValidation>();
        if (string.IsNullOrWhiteSpace(visa) || visa.Trim().Length > 200) erreurs.Add(new("Visa", "Visa : le nom et la fonction de la personne qui décide sont obligatoires (200 caractères au plus)."));
        if (reference?.Length > 200) erreurs.Add(new("Reference", "Référence : 200 caractères au plus."));
        var ligne = (await ListerAsync(au, ct)).FirstOrDefault(l => l.EnfantId == enfantId);
        if (ligne is null) { erreurs.Add(new("Enfant", "Dossier introuvable ou déjà anonymisé.")); return erreurs; }
        if (ligne.Situation.Etat != EtatConservation.SortFinalEchu)
            erreurs.Add(new("Enfant", $"Le sort final de ce dossier n'est pas échu (le {ligne.Situation.FinIntermediaire:dd/MM/yyyy})."));
        if (ligne.Situation.Sort == SortFinal.Versement && string.IsNullOrWhiteSpace(reference))
            erreurs.Add(new("Reference", "Référence : le numéro du bordereau de versement aux archives départementales est obligatoire."));
        if (erreurs.Count > 0) return erreurs;

        // Bulk statements, not tracked entities: the per-field audit would copy the erased names into the journal.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Parents.Where(p => p.EnfantId == enfantId).ExecuteDeleteAsync(ct);
            await db.Documents.Where(d => d.EnfantId == enfantId).ExecuteDeleteAsync(ct);
            var numero = PrefixeAnonyme + enfantId;
            await db.Enfants.Where(e => e.Id == enfantId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Nom, "ANONYMISÉ").SetProperty(e => e.Prenoms, "").SetProperty(e => e.NomNaissanceMere, (string?)null)
                .SetProperty(e => e.CleRecherche, "").SetProperty(e => e.NumeroDossier, numero).SetProperty(e => e.ReferentId, (string?)null)
                .SetProperty(e => e.StatutJuridique, (string?)null).SetProperty(e => e.Version, e => e.Version + 1), ct);
            await audit.EnregistrerAsync(ligne.Situation.Sort == SortFinal.Elimination ? TypeEvenementAudit.EliminationDonnees : TypeEvenementAudit.VersementArchives,
                "Enfant", enfantId.ToString(), new { visa = visa!.Trim(), reference = reference?.Trim(), type = ligne.Type.ToString(), finIntermediaire = ligne.Situation.FinIntermediaire }, ct: ct);
            await tx.CommitAsync(ct);
        }
        finally { await db.Database.CloseConnectionAsync(); }
        return [];
    }
}
