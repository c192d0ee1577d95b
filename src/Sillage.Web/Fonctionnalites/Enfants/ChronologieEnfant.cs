using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Temps;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Enfants;

/// <summary>A document as listed under its event or in the file.</summary>
public sealed record DocumentLie(int Id, string Titre, string NomFichier);

/// <summary>
/// One event of a child's history. <see cref="Type"/> is also the value of <see cref="Document.EvenementType"/>
/// for documents attached to it. Durations are in days (<see cref="Calendrier.DureeJours"/>); when the event
/// is still running (<see cref="EnCours"/>) <see cref="DureeJours"/> counts up to today.
/// </summary>
public sealed record EvenementChronologie(
    string Type,
    int Id,
    DateOnly? Date,
    string Titre,
    DateOnly? Debut,
    DateOnly? Fin,
    int? DureeJours,
    bool EnCours,
    int? AttenteJours,
    IReadOnlyList<string> Details,
    string? LienVers,
    string? LibelleLien,
    IReadOnlyList<DocumentLie> Documents)
{
    public string Ancre => $"evt-{Type}-{Id}";
}

public sealed record Chronologie(int EnfantId, DateOnly Au, IReadOnlyList<EvenementChronologie> Evenements);

/// <summary>
/// Builds the timeline of a child's file: informations and the child's evaluation, decisions and
/// measures, séjours, PPE, rapports, entretiens 17 ans, CESSEC examinations and documents. The page
/// and <c>GET /api/v1/enfants/{id}/chronologie</c> share it; <see cref="OuvrirAsync"/> checks the
/// user's territories and audits the consultation through <see cref="DossierEnfant"/>.
/// </summary>
public sealed class ChronologieEnfant(SillageDbContext db, DossierEnfant dossier)
{
    public const string Information = "Information";
    public const string Mesure = "Mesure";
    public const string Sejour = "Sejour";
    public const string Ppe = "Ppe";
    public const string Rapport = "Rapport";
    public const string Entretien = "Entretien17Ans";
    public const string Cessec = "Cessec";
    public const string Document = "Document";

    /// <summary>The kinds of event a document can be attached to.</summary>
    public static readonly IReadOnlyList<string> TypesRattachables = [Information, Mesure, Sejour, Ppe, Rapport, Entretien, Cessec];

    private static readonly Dictionary<string, int> OrdreType = new[] { Information, Mesure, Sejour, Ppe, Rapport, Entretien, Cessec, Document }
        .Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);

    /// <summary>A PPE, rapport, entretien or CESSEC examination, as read for the timeline.</summary>
    /// <remarks>Initialised by members, not by a constructor: EF Core matches the columns of a UNION by member.</remarks>
    private sealed class Fait
    {
        public required string Type { get; init; }
        public int Id { get; init; }
        public DateOnly? Date { get; init; }
        public DateOnly? Partage { get; init; }
        public DateOnly? Juge { get; init; }
    }

    // Compiled once (as the file's other queries, ADR 0019): the timeline is built at every opening of a file.
    private static readonly Func<SillageDbContext, int, IAsyncEnumerable<InformationEnfant>> Informations = EF.CompileAsyncQuery(
        (SillageDbContext db, int enfant) => db.InformationsEnfants.AsNoTracking().Include(i => i.Information).Where(i => i.EnfantId == enfant));

    // PPE, rapports, entretiens and CESSEC examinations: one query (UNION ALL) for the four small tables.
    private static readonly Func<SillageDbContext, int, IAsyncEnumerable<Fait>> Faits = EF.CompileAsyncQuery(
        (SillageDbContext db, int enfant) =>
            db.Ppes.Where(p => p.EnfantId == enfant).Select(p => new Fait { Type = Ppe, Id = p.Id, Date = p.DateSignature, Partage = null, Juge = null })
            .Concat(db.Rapports.Where(r => r.EnfantId == enfant)
                .Select(r => new Fait { Type = Rapport, Id = r.Id, Date = r.Date, Partage = r.DatePartage, Juge = r.DateTransmissionJuge }))
            .Concat(db.Entretiens.Where(e => e.EnfantId == enfant).Select(e => new Fait { Type = Entretien, Id = e.Id, Date = e.Date, Partage = null, Juge = null }))
            .Concat(db.ExamensCessec.Where(c => c.EnfantId == enfant).Select(c => new Fait { Type = Cessec, Id = c.Id, Date = c.DateExamen, Partage = null, Juge = null })));

    /// <summary>Opens the file (authorisation and audit as the file page) and returns its timeline; null = not found or out of scope.</summary>
    public async Task<(VueDossier Vue, Chronologie Chronologie)?> OuvrirAsync(int id, string page, bool recentsDabord = true, CancellationToken ct = default)
    {
        if (await dossier.OuvrirAvecPiecesAsync(id, page, ct) is not { } ouvert) return null;
        return (ouvert.Vue, await ConstruireAsync(ouvert.Pieces, DateOnly.FromDateTime(DateTime.Today), recentsDabord, ct));
    }

    /// <summary>The timeline of a child already opened by the caller.</summary>
    public async Task<Chronologie> ConstruireAsync(int enfantId, DateOnly aujourdhui, bool recentsDabord, CancellationToken ct = default) =>
        await ConstruireAsync(await dossier.PiecesAsync(enfantId, ct), aujourdhui, recentsDabord, ct);

    /// <summary>The timeline of a child whose measures, séjours and documents were read with the file.</summary>
    public async Task<Chronologie> ConstruireAsync(PiecesDossier pieces, DateOnly aujourdhui, bool recentsDabord, CancellationToken ct = default)
    {
        var enfantId = pieces.EnfantId;
        var documents = pieces.Documents;
        var parEvenement = documents.Where(d => d.EvenementType is not null && d.EvenementId is not null)
            .GroupBy(d => (d.EvenementType!, d.EvenementId!.Value))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DocumentLie>)g.OrderBy(d => d.Id).Select(d => new DocumentLie(d.Id, d.Titre, d.NomFichier)).ToList());
        IReadOnlyList<DocumentLie> Docs(string type, int id) => parEvenement.GetValueOrDefault((type, id)) ?? [];

        var evenements = new List<EvenementChronologie>();

        var informations = await Informations(db, enfantId).ToListAsync(ct);
        foreach (var ie in informations)
        {
            var info = ie.Information!;
            var d = new List<string>
            {
                $"Reçue le {Textes.Date(info.DateReception)} (origine : {Textes.Libelle(Codes.Origines, info.Origine)})",
                info.DateQualification is { } dq
                    ? $"Qualifiée le {Textes.Date(dq)} : {Textes.Libelle(Codes.Qualifications, info.Qualification)}"
                    : $"Qualification : {Textes.Libelle(Codes.Qualifications, info.Qualification)}",
            };
            int? duree = null;
            var enCours = false;
            if (ie.DateFinEvaluation is { } fe)
            {
                duree = Calendrier.DureeJours(info.DateReception, fe);
                d.Add($"Évaluation terminée le {Textes.Date(fe)}, {Textes.Jours(duree.Value)} après la réception");
            }
            else if (ie.Conclusion is null && ie.DateDecision is null && info.Qualification == "IP")
            {
                enCours = true;
                duree = Calendrier.DureeJours(info.DateReception, aujourdhui);
                d.Add($"Évaluation en cours depuis {Textes.Jours(duree.Value)}");
            }
            if (ie.Conclusion is not null) d.Add($"Conclusion : {Textes.Libelle(Codes.Conclusions, ie.Conclusion)}");
            if (ie.DateDecision is { } dd) d.Add($"Décision le {Textes.Date(dd)}");
            evenements.Add(new(Information, ie.Id, info.DateReception,
                $"Information entrante — {Textes.Libelle(Codes.Qualifications, info.Qualification)}",
                info.DateReception, ie.DateFinEvaluation, duree, enCours, null, d, null, null, Docs(Information, ie.Id)));
        }

        var mesures = pieces.Mesures;
        var mesuresParId = mesures.ToDictionary(m => m.Id);
        foreach (var m in mesures)
        {
            var type = Catalogue.Trouver(m.Type);
            var cadre = type is null ? "" : type.Cadre == Cadre.Administratif ? "mesure administrative" : "mesure judiciaire";
            var d = new List<string> { $"Décision le {Textes.Date(m.DateDecision)}" };
            int? attente, duree = null;
            var enCours = false;
            if (m.DateDebut is { } debut)
            {
                attente = Calendrier.DureeJours(m.DateDecision, debut);
                d.Add($"Début le {Textes.Date(debut)}, {Textes.Jours(attente.Value)} après la décision");
            }
            else
            {
                attente = Calendrier.DureeJours(m.DateDecision, m.DateFin ?? aujourdhui);
                d.Add(m.DateFin is null
                    ? $"En attente d'exécution depuis {Textes.Jours(attente.Value)}"
                    : $"Jamais exécutée : close le {Textes.Date(m.DateFin)} après {Textes.Jours(attente.Value)} d'attente");
            }
            if (m.DateFinPrevue is { } fp)
                d.Add(m.DateFin is null && m.DateDebut is not null && fp < aujourdhui
                    ? $"Fin prévue le {Textes.Date(fp)} : échéance dépassée de {Textes.Jours(Calendrier.DureeJours(fp, aujourdhui))}"
                    : $"Fin prévue le {Textes.Date(fp)}");
            if (m.DateFin is { } fin)
            {
                d.Add($"Fin le {Textes.Date(fin)}{(m.MotifFin is null ? "" : $" (motif : {Textes.Libelle(Codes.MotifsFin, m.MotifFin)})")}");
                if (m.DateDebut is { } db1)
                {
                    duree = Calendrier.DureeJours(db1, fin);
                    d.Add($"Durée : {Textes.Jours(duree.Value)}");
                }
            }
            else if (m.DateDebut is { } db2 && db2 <= aujourdhui)
            {
                enCours = true;
                duree = Calendrier.DureeJours(db2, aujourdhui);
                d.Add($"En cours depuis {Textes.Jours(duree.Value)}");
            }
            if (m.ExceptionLongueDuree) d.Add("Décision de longue durée (art. 375 C. civ.)");
            if (m.MotifProlongation is not null) d.Add($"Prolongation : {m.MotifProlongation}");
            string? lien = null, libelleLien = null;
            if (m.RenouvelleId is { } r && mesuresParId.TryGetValue(r, out var precedente))
            {
                lien = $"evt-{Mesure}-{r}";
                libelleLien = $"Renouvelle la mesure {precedente.Type} décidée le {Textes.Date(precedente.DateDecision)}";
            }
            evenements.Add(new(Mesure, m.Id, m.DateDecision,
                $"{type?.Libelle ?? m.Type} ({m.Type}){(cadre == "" ? "" : " — " + cadre)}{(m.DateDebut is null && m.DateFin is null ? " — en attente d'exécution" : "")}",
                m.DateDebut, m.DateFin, duree, enCours, attente, d, lien, libelleLien, Docs(Mesure, m.Id)));
        }

        foreach (var s in pieces.Sejours)
        {
            var d = new List<string>
            {
                $"Mode : {Textes.Libelle(Codes.ModesSejour, s.Mode)}",
                s.DateFin is { } f ? $"Du {Textes.Date(s.DateDebut)} au {Textes.Date(f)}" : $"Depuis le {Textes.Date(s.DateDebut)}",
            };
            var enCours = s.DateFin is null && s.DateDebut <= aujourdhui;
            int? duree = s.DateFin is { } f2 ? Calendrier.DureeJours(s.DateDebut, f2) : enCours ? Calendrier.DureeJours(s.DateDebut, aujourdhui) : null;
            if (duree is { } n) d.Add(enCours ? $"En cours depuis {Textes.Jours(n)}" : $"Durée : {Textes.Jours(n)}");
            if (mesuresParId.TryGetValue(s.MesureId, out var mesure)) d.Add($"Au titre de la mesure {mesure.Type} décidée le {Textes.Date(mesure.DateDecision)}");
            if (s.Motif is not null) d.Add($"Motif : {s.Motif}");
            evenements.Add(new(Sejour, s.Id, s.DateDebut, $"Séjour — {Textes.OuVit(s)}", s.DateDebut, s.DateFin, duree, enCours, null, d,
                $"evt-{Mesure}-{s.MesureId}", "Voir la mesure", Docs(Sejour, s.Id)));
        }

        var faits = await Faits(db, enfantId).ToListAsync(ct);
        foreach (var f in faits.OrderBy(f => OrdreType[f.Type]).ThenBy(f => f.Id))
        {
            switch (f.Type)
            {
                case Ppe:
                    evenements.Add(new(Ppe, f.Id, f.Date, f.Date is null ? "Projet pour l'enfant (non signé)" : "Projet pour l'enfant signé",
                        f.Date, null, null, false, null,
                        [f.Date is { } ds ? $"Signé le {Textes.Date(ds)}" : "En cours d'élaboration, pas encore signé"], null, null, Docs(Ppe, f.Id)));
                    break;
                case Rapport:
                {
                    var d = new List<string> { $"Rapport du {Textes.Date(f.Date!.Value)}" };
                    if (f.Partage is { } dp) d.Add($"Partagé avec les parents et l'enfant le {Textes.Date(dp)}");
                    if (f.Juge is { } dt) d.Add($"Transmis au juge le {Textes.Date(dt)}");
                    evenements.Add(new(Rapport, f.Id, f.Date, "Rapport de situation", f.Date, null, null, false, null, d, null, null, Docs(Rapport, f.Id)));
                    break;
                }
                case Entretien:
                    evenements.Add(new(Entretien, f.Id, f.Date, "Entretien d'accès à l'autonomie (17 ans)", f.Date, null, null, false, null,
                        [$"Entretien du {Textes.Date(f.Date!.Value)} (CASF L222-5-1)"], null, null, Docs(Entretien, f.Id)));
                    break;
                default:
                    evenements.Add(new(Cessec, f.Id, f.Date, "Examen par la CESSEC", f.Date, null, null, false, null,
                        [$"Examen du {Textes.Date(f.Date!.Value)} (CASF L223-1)"], null, null, Docs(Cessec, f.Id)));
                    break;
            }
        }

        var titres = evenements.ToDictionary(e => (e.Type, e.Id), e => e.Titre);
        foreach (var doc in documents)
        {
            var jour = DateOnly.FromDateTime(doc.DeposeLe);
            var d = new List<string> { $"Déposé le {Textes.Date(jour)}{(doc.DeposePar is null ? "" : $" par {doc.DeposePar}")}", $"Fichier : {doc.NomFichier}" };
            string? lien = null, libelle = null;
            if (doc.EvenementType is { } t && doc.EvenementId is { } i && titres.TryGetValue((t, i), out var titre))
            {
                lien = $"evt-{t}-{i}";
                libelle = $"Rattaché à : {titre}";
            }
            else d.Add("Rattaché au dossier");
            evenements.Add(new(Document, doc.Id, jour, $"Document — {doc.Titre}", jour, null, null, false, null, d, lien, libelle,
                [new DocumentLie(doc.Id, doc.Titre, doc.NomFichier)]));
        }

        // Undated events (a PPE not yet signed) are the most recent: they come first in reverse order.
        var cle = DateOnly.MaxValue;
        IEnumerable<EvenementChronologie> tries = recentsDabord
            ? evenements.OrderByDescending(e => e.Date ?? cle).ThenByDescending(e => OrdreType[e.Type]).ThenByDescending(e => e.Id)
            : evenements.OrderBy(e => e.Date ?? cle).ThenBy(e => OrdreType[e.Type]).ThenBy(e => e.Id);
        return new Chronologie(enfantId, aujourdhui, tries.ToList());
    }
}
