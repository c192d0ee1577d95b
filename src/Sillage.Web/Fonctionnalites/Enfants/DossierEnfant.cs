using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Securite;
using Sillage.Domaine.Temps;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

/// <summary>A sibling: <see cref="Id"/> is null when the sibling's file lies outside the user's territories (identity withheld).</summary>
public sealed record Frere(int? Id, string Description, string OuVit);

public sealed record ParentDossier(int Id, string Lien, string LibelleLien, string Nom, string Prenoms, bool AutoriteParentale, string? Adresse, string? Telephone, int Version);

/// <summary>A measure active today or decided and waiting for execution.</summary>
public sealed record MesureEnCours(int Id, string Type, string Libelle, string Cadre, DateOnly DateDecision, DateOnly? DateDebut,
    DateOnly? DateFinPrevue, int? JoursDepuisDebut, bool EnAttenteExecution, int? JoursAttente);

public sealed record SejourEnCours(int Id, string Lieu, string Type, DateOnly Depuis, int Jours);

public sealed record DocumentDossier(int Id, string Titre, string NomFichier, string TypeContenu, long Taille, DateTime DeposeLe, string? DeposePar,
    string? EvenementType, int? EvenementId);

public sealed record VueDossier(Enfant Enfant, string Territoire, IReadOnlyList<Frere> Fratrie, string? Referent,
    IReadOnlyList<ParentDossier> Parents, IReadOnlyList<MesureEnCours> Mesures, SejourEnCours? Sejour, IReadOnlyList<DocumentDossier> Documents);

/// <summary>A child's measures, séjours (with their lieu) and documents as read for the file: its chronology reuses them
/// (<see cref="ChronologieEnfant.ConstruireAsync(PiecesDossier, DateOnly, bool, CancellationToken)"/>) instead of reading them again.</summary>
public sealed record PiecesDossier(int EnfantId, IReadOnlyList<Mesure> Mesures, IReadOnlyList<Sejour> Sejours, IReadOnlyList<DocumentDossier> Documents);

/// <summary>
/// Opens a child's file for the current user: null when the child does not exist or lies
/// outside the user's territories (the caller answers 404 either way). Every opening, and
/// every refused one, is written to the audit journal.
/// </summary>
public sealed class DossierEnfant(PorteeAcces portee, JournalAudit audit, SillageDbContext db)
{
    public static readonly IReadOnlyDictionary<string, string> LiensParent = new Dictionary<string, string>
    {
        ["MERE"] = "Mère",
        ["PERE"] = "Père",
        ["TUTEUR"] = "Tuteur ou tutrice",
        ["AUTRE"] = "Autre titulaire ou proche",
    };

    public async Task<VueDossier?> OuvrirAsync(int id, string page, CancellationToken ct = default) =>
        (await OuvrirAvecPiecesAsync(id, page, ct))?.Vue;

    /// <summary>The child's measures, séjours and documents, three queries.</summary>
    public async Task<PiecesDossier> PiecesAsync(int enfantId, CancellationToken ct = default)
    {
        var mesures = await RequetesDossier.Mesures(db, enfantId).ToListAsync(ct);
        var sejours = await RequetesDossier.Sejours(db, enfantId).ToListAsync(ct);
        var documents = await RequetesDossier.Documents(db, enfantId).ToListAsync(ct);
        return new PiecesDossier(enfantId, mesures, sejours, documents);
    }

    /// <summary>As <see cref="OuvrirAsync"/>, with the pieces read for the file (for its chronology).</summary>
    public async Task<(VueDossier Vue, PiecesDossier Pieces)?> OuvrirAvecPiecesAsync(int id, string page, CancellationToken ct = default)
    {
        // One connection for the whole page (file, siblings, chronology…), closed with the request's context: EF Core would
        // otherwise open and close it around each of its dozen queries (on SQLite, each opening registers its functions again).
        await db.Database.OpenConnectionAsync(ct);
        var enfant = await portee.EnfantAsync(id, Permission.LireDossierEnfant, ct);
        var cle = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (enfant is null)
        {
            await audit.EnregistrerAsync(TypeEvenementAudit.AccesRefuse, nameof(Enfant), cle, new { page }, ct: ct);
            return null;
        }
        await audit.EnregistrerAsync(TypeEvenementAudit.ConsultationDossierEnfant, nameof(Enfant), cle, new { page }, ct: ct);
        var aujourdhui = DateOnly.FromDateTime(DateTime.Today);

        var pieces = await PiecesAsync(enfant.Id, ct);
        var sejour = pieces.Sejours.Where(s => s.DateDebut <= aujourdhui && (s.DateFin == null || s.DateFin >= aujourdhui))
            .OrderByDescending(s => s.DateDebut).FirstOrDefault();
        var fratrie = new List<Frere>();
        if (!string.IsNullOrEmpty(enfant.Famille))
        {
            // Every sibling of the département is mentioned (CC 375-7); identity only within the user's territories.
            var freres = await RequetesDossier.Freres(db, enfant.Famille, enfant.Id).ToListAsync(ct);
            var territoires = await portee.TerritoiresAsync(Permission.LireDossierEnfant, ct);
            var sejours = await SejoursActifsAsync(freres.Select(f => f.Id).ToList(), aujourdhui, ct);
            var monLieu = sejour?.LieuId;
            foreach (var f in freres)
            {
                var s = sejours.GetValueOrDefault(f.Id);
                if (territoires is null || territoires.Contains(f.TerritoireId))
                    fratrie.Add(new Frere(f.Id, $"{f.Prenoms} {f.Nom}, né(e) le {Textes.Date(f.DateNaissance)} — {f.Territoire}", Textes.OuVit(s)));
                else
                    fratrie.Add(new Frere(null, $"Un frère ou une sœur suivi(e) par un autre territoire ({f.Territoire}) : identité non communiquée",
                        s is null ? "pas d'accueil en cours"
                        : s.LieuId is { } l && l == monLieu ? "accueilli(e) dans le même lieu que cet enfant"
                        : s.Mode == "LIEU" ? "accueilli(e) dans un autre lieu" : Textes.OuVit(s)));
            }
        }

        var parents = await RequetesDossier.Parents(db, id).ToListAsync(ct);
        var mesures = pieces.Mesures
            .Where(m => (m.DateDebut != null && m.DateDebut <= aujourdhui && (m.DateFin == null || m.DateFin >= aujourdhui)) || (m.DateDebut == null && m.DateFin == null))
            .OrderBy(m => m.DateDecision).ThenBy(m => m.Id).ToList();
        var vue = new VueDossier(enfant, enfant.Territoire?.Libelle ?? "", fratrie, enfant.Referent?.NomAffiche,
            parents.Select(p => new ParentDossier(p.Id, p.Lien, Textes.Libelle(LiensParent, p.Lien), p.Nom, p.Prenoms, p.AutoriteParentale, p.Adresse, p.Telephone, p.Version)).ToList(),
            mesures.Select(m => EnCours(m, aujourdhui)).ToList(),
            sejour is null ? null : new SejourEnCours(sejour.Id, Textes.OuVit(sejour), Textes.Libelle(Sillage.Domaine.Echange.Codes.ModesSejour, sejour.Mode),
                sejour.DateDebut, Calendrier.DureeJours(sejour.DateDebut, aujourdhui)),
            pieces.Documents);
        return (vue, pieces);
    }

    /// <summary>For a merged file within the user's territories, the file it was merged into (following successive merges).</summary>
    public async Task<int?> SurvivantAsync(int id, CancellationToken ct = default)
    {
        if (!portee.Peut(Permission.LireDossierEnfant)) return null;
        var territoires = await portee.TerritoiresAsync(Permission.LireDossierEnfant, ct);
        var e = await db.Enfants.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.FusionneDansId, x.TerritoireId }).FirstOrDefaultAsync(ct);
        if (e?.FusionneDansId is not { } suivant || (territoires is not null && !territoires.Contains(e.TerritoireId))) return null;
        for (var i = 0; i < 20; i++)
        {
            var plus = await db.Enfants.AsNoTracking().Where(x => x.Id == suivant).Select(x => x.FusionneDansId).FirstOrDefaultAsync(ct);
            if (plus is null) return suivant;
            suivant = plus.Value;
        }
        return suivant;
    }

    private async Task<Dictionary<int, Sejour>> SejoursActifsAsync(List<int> enfants, DateOnly jour, CancellationToken ct)
    {
        if (enfants.Count == 0) return [];
        var sejours = await RequetesDossier.SejoursActifs(db, enfants.ToArray(), jour).ToListAsync(ct);
        return sejours.GroupBy(s => s.EnfantId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.DateDebut).First());
    }

    /// <summary>A sibling as read for the file (its identity is shown only within the user's territories).</summary>
    private sealed record FrereLu(int Id, string Prenoms, string Nom, DateOnly DateNaissance, int TerritoireId, string Territoire);

    /// <summary>
    /// The file page's queries, compiled once (EF Core compiled queries): the page runs them at every opening, and
    /// translating a LINQ query again at each call (parameter extraction, cache lookup) cost a tenth of the server's time
    /// under load (ADR 0019). The child itself is read through <see cref="PorteeAcces"/>, which scopes it.
    /// </summary>
    private static class RequetesDossier
    {
        public static readonly Func<SillageDbContext, int, IAsyncEnumerable<Mesure>> Mesures = EF.CompileAsyncQuery<SillageDbContext, int, Mesure>(
            (SillageDbContext db, int enfant) => db.Mesures.AsNoTracking().Where(m => m.EnfantId == enfant).OrderBy(m => m.Id));

        public static readonly Func<SillageDbContext, int, IAsyncEnumerable<Sejour>> Sejours = EF.CompileAsyncQuery<SillageDbContext, int, Sejour>(
            (SillageDbContext db, int enfant) => db.Sejours.AsNoTracking().Include(s => s.Lieu).Where(s => s.EnfantId == enfant).OrderBy(s => s.Id));

        public static readonly Func<SillageDbContext, int, IAsyncEnumerable<DocumentDossier>> Documents = EF.CompileAsyncQuery(
            (SillageDbContext db, int enfant) => db.Documents.AsNoTracking().Where(d => d.EnfantId == enfant)
                .OrderByDescending(d => d.DeposeLe).ThenByDescending(d => d.Id)
                .Select(d => new DocumentDossier(d.Id, d.Titre, d.NomFichier, d.TypeContenu, d.Contenu.Length, d.DeposeLe, d.DeposePar, d.EvenementType, d.EvenementId)));

        public static readonly Func<SillageDbContext, int, IAsyncEnumerable<Parent>> Parents = EF.CompileAsyncQuery<SillageDbContext, int, Parent>(
            (SillageDbContext db, int enfant) => db.Parents.AsNoTracking().Where(p => p.EnfantId == enfant).OrderBy(p => p.Lien).ThenBy(p => p.Nom).ThenBy(p => p.Id));

        public static readonly Func<SillageDbContext, string, int, IAsyncEnumerable<FrereLu>> Freres = EF.CompileAsyncQuery(
            (SillageDbContext db, string famille, int enfant) => db.Enfants.AsNoTracking()
                .Where(e => e.Famille == famille && e.Id != enfant && e.FusionneDansId == null && e.ArchiveIntermediaireLe == null)
                .OrderBy(e => e.DateNaissance)
                .Select(e => new FrereLu(e.Id, e.Prenoms, e.Nom, e.DateNaissance, e.TerritoireId, e.Territoire!.Libelle)));

        public static readonly Func<SillageDbContext, int[], DateOnly, IAsyncEnumerable<Sejour>> SejoursActifs = EF.CompileAsyncQuery(
            (SillageDbContext db, int[] enfants, DateOnly jour) => db.Sejours.AsNoTracking().Include(s => s.Lieu)
                .Where(s => enfants.Contains(s.EnfantId) && s.DateDebut <= jour && (s.DateFin == null || s.DateFin >= jour)));
    }

    private static MesureEnCours EnCours(Mesure m, DateOnly aujourdhui)
    {
        var type = Catalogue.Trouver(m.Type);
        return new MesureEnCours(m.Id, m.Type, type?.Libelle ?? m.Type,
            type is null ? "" : type.Cadre == Cadre.Administratif ? "administratif" : "judiciaire",
            m.DateDecision, m.DateDebut, m.DateFinPrevue,
            m.DateDebut is { } d ? Calendrier.DureeJours(d, aujourdhui) : null,
            m.DateDebut is null,
            m.DateDebut is null ? Calendrier.DureeJours(m.DateDecision, aujourdhui) : Calendrier.DureeJours(m.DateDecision, m.DateDebut.Value));
    }
}
