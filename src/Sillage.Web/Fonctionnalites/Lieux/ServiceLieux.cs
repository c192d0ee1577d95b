using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Lieux;
using Sillage.Domaine.Mesures;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Securite;
using Sillage.Domaine.Temps;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Lieux;

public sealed record LigneLieu(int Id, string Nom, string Type, string Territoire, int Capacite, int? CapaciteAutorisee, Occupation Occupation, int Libres, decimal? TauxOccupation);

/// <summary>A territoire as a form offers it.</summary>
public sealed record TerritoireChoix(string Code, string Libelle);

/// <summary>Lieux d'accueil and their real-time availability, computed from séjours, reservations and unavailability — never typed by hand.</summary>
public sealed class ServiceLieux(SillageDbContext db, PorteeAcces portee, CacheLieux cache)
{
    private static async Task<LieuxParNom> LireOffresAsync(SillageDbContext db)
    {
        var lieux = await db.Lieux.AsNoTracking()
            .Select(l => new { l.Id, l.Type, l.Nom, Territoire = l.Territoire!.Code, l.Capacite, l.AgeMin, l.AgeMax, l.Sexe, l.DateOuverture, l.DateFermeture, l.Specialites })
            .ToListAsync();
        // By name once here: each search then orders by rank alone (RecherchePlaces.Meilleurs).
        return LieuxParNom.Trier(lieux.Select(l => new LieuOffre(l.Id, l.Type, l.Nom, l.Territoire, l.Capacite, l.AgeMin, l.AgeMax, l.Sexe, l.DateOuverture, l.DateFermeture,
            (l.Specialites ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet())));
    }

    /// <summary>The territoires of the département by name, for the search form: the shared copy (<see cref="CacheLieux"/>).</summary>
    public Task<List<TerritoireChoix>> TerritoiresAsync() =>
        cache.TerritoiresAsync(lecture => lecture.Territoires.AsNoTracking().OrderBy(t => t.Libelle).Select(t => new TerritoireChoix(t.Code, t.Libelle)).ToListAsync());

    /// <summary>Places taken per lieu on a day, for the search and the lists: the shared copy (<see cref="CacheLieux"/>).</summary>
    public Task<Dictionary<int, Occupation>> OccupationsAsync(DateOnly jour) =>
        cache.OccupationsAsync(jour, lecture => LireOccupationsAsync(lecture, jour, CancellationToken.None));

    /// <summary>
    /// The occupation read on the database itself, three queries whatever the number of lieux (a reservation checks its
    /// free places there). Places taken per lieu on <paramref name="jour"/>. The séjours of that day are read through the index on their end date
    /// (not ended, or ended on or after the day: ≈ 11,000 rows of 268,000 on the Nord) and counted here: a <c>GROUP BY</c>
    /// in the database made SQLite prefer the index by lieu and read the whole history (60 ms instead of 10).
    /// </summary>
    public static async Task<Dictionary<int, Occupation>> LireOccupationsAsync(SillageDbContext db, DateOnly jour, CancellationToken ct)
    {
        var lieuxDesSejours = await db.Sejours.AsNoTracking().Where(s => s.LieuId != null && s.DateDebut <= jour && (s.DateFin == null || s.DateFin >= jour))
            .Select(s => s.LieuId!.Value).ToListAsync(ct);
        var sejours = new Dictionary<int, int>();
        foreach (var l in lieuxDesSejours) sejours[l] = sejours.GetValueOrDefault(l) + 1;
        var reservations = await db.Reservations.AsNoTracking().Where(r => r.Statut == Reservation.StatutActive && r.Expiration >= jour)
            .GroupBy(r => r.LieuId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var indispo = await db.Indisponibilites.AsNoTracking().Where(i => i.DateDebut <= jour && (i.DateFin == null || i.DateFin >= jour))
            .GroupBy(i => i.LieuId).Select(g => new { g.Key, N = g.Sum(i => i.Places) }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return sejours.Keys.Union(reservations.Keys).Union(indispo.Keys)
            .ToDictionary(k => k, k => new Occupation(sejours.GetValueOrDefault(k), reservations.GetValueOrDefault(k), indispo.GetValueOrDefault(k)));
    }

    public async Task<List<LigneLieu>> ListeAsync(DateOnly jour, string? type, string? territoire, CancellationToken ct = default)
    {
        var occupations = await OccupationsAsync(jour);
        var q = db.Lieux.AsNoTracking().AsQueryable();
        if (!string.IsNullOrEmpty(type)) q = q.Where(l => l.Type == type);
        if (!string.IsNullOrEmpty(territoire)) q = q.Where(l => l.Territoire!.Code == territoire);
        var lieux = await q.Where(l => (l.DateOuverture == null || l.DateOuverture <= jour) && (l.DateFermeture == null || l.DateFermeture >= jour))
            .Select(l => new { l.Id, l.Nom, l.Type, Territoire = l.Territoire!.Libelle, l.Capacite, l.CapaciteAutorisee }).OrderBy(l => l.Nom).ToListAsync(ct);
        return lieux.Select(l =>
        {
            var o = occupations.GetValueOrDefault(l.Id);
            return new LigneLieu(l.Id, l.Nom, l.Type, l.Territoire, l.Capacite, l.CapaciteAutorisee, o, Math.Max(0, l.Capacite - o.Prises),
                l.Capacite == 0 ? null : Math.Round(o.Sejours * 100m / l.Capacite, 1, MidpointRounding.AwayFromZero));
        }).ToList();
    }

    /// <summary>Yearly average occupancy by lieu type, with the observatoire's definition (OCCUPATION_MOYENNE_*).</summary>
    public async Task<Dictionary<string, decimal?>> OccupationMoyenneAsync(int annee, CancellationToken ct = default)
    {
        var debut = new DateOnly(annee, 1, 1);
        var fin = new DateOnly(annee, 12, 31);
        var lieux = (await db.Lieux.AsNoTracking().Select(l => new { l.Id, l.Type, l.Capacite, l.DateOuverture, l.DateFermeture }).ToListAsync(ct))
            .Select(l => new Domaine.Observatoire.Instantane.Lieu(l.Id.ToString(CultureInfo.InvariantCulture), l.Type, "", l.Capacite, l.DateOuverture, l.DateFermeture)).ToList();
        var sejours = (await db.Sejours.AsNoTracking().Where(s => s.LieuId != null && s.DateDebut <= fin && (s.DateFin == null || s.DateFin >= debut))
                .Select(s => new { s.LieuId, s.DateDebut, s.DateFin }).ToListAsync(ct))
            .Select(s => new Domaine.Observatoire.Instantane.Sejour("", "", "", s.LieuId!.Value.ToString(CultureInfo.InvariantCulture), "LIEU", s.DateDebut, s.DateFin));
        return Domaine.Observatoire.MoteurIndicateurs.OccupationMoyenne(lieux, sejours, annee)
            .ToDictionary(kv => kv.Key, kv => kv.Value.Capacite == 0 ? (decimal?)null : Domaine.Observatoire.MoteurIndicateurs.Arrondir(kv.Value.Journees * 100m / kv.Value.Capacite));
    }

    public async Task<List<PropositionPlace>> RechercherAsync(CriteresPlace c, CancellationToken ct = default) =>
        (await MeilleursAsync(c, int.MaxValue, ct)).Propositions;

    /// <summary>The first <paramref name="nombre"/> propositions, and how many lieux fit.</summary>
    public async Task<(List<PropositionPlace> Propositions, int Possibles)> MeilleursAsync(CriteresPlace c, int nombre, CancellationToken ct = default)
    {
        var occupations = await OccupationsAsync(c.Date);
        var propositions = RecherchePlaces.Meilleurs(await cache.OffresAsync(LireOffresAsync), id => occupations.GetValueOrDefault(id), c, nombre, out var possibles);
        return (propositions, possibles);
    }

    /// <summary>Holds one place per child in the lieu until <paramref name="expiration"/>.</summary>
    public async Task<List<ErreurValidation>> ReserverAsync(int lieuId, IReadOnlyList<int> enfants, DateOnly arrivee, DateOnly expiration, CancellationToken ct = default)
    {
        var erreurs = new List<ErreurValidation>();
        var visibles = await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct);
        var trouves = await visibles.Where(e => enfants.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct);
        if (enfants.Count == 0 || trouves.Count != enfants.Distinct().Count()) erreurs.Add(new("Enfants", "Enfants : un ou plusieurs dossiers sont introuvables dans vos territoires."));
        var lieu = await db.Lieux.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lieuId, ct);
        if (lieu is null) erreurs.Add(new("Lieu", "Lieu d'accueil introuvable."));
        if (expiration < arrivee) erreurs.Add(new("Expiration", "Expiration : elle précède la date d'arrivée."));
        if (erreurs.Count > 0) return erreurs;
        var libres = RecherchePlaces.Libres(lieu!.Capacite, (await LireOccupationsAsync(db, arrivee, ct)).GetValueOrDefault(lieuId));
        if (libres < trouves.Count) return [new("Lieu", $"Lieu : {libres} place(s) libre(s) le {arrivee:dd/MM/yyyy} pour {trouves.Count} enfant(s).")];
        foreach (var e in trouves)
            db.Reservations.Add(new Reservation { LieuId = lieuId, EnfantId = e, DateArrivee = arrivee, Expiration = expiration, CreeePar = portee.Utilisateur.Identity?.Name });
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Admission: the reservation becomes a séjour under the child's accueil measure, under the invariants of REGLES.md.</summary>
    public async Task<List<ErreurValidation>?> AdmettreAsync(int reservationId, string? motif, CancellationToken ct = default)
    {
        var visibles = await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct);
        var r = await db.Reservations.Include(x => x.Lieu).Include(x => x.Enfant)
            .Where(x => visibles.Any(e => e.Id == x.EnfantId)).FirstOrDefaultAsync(x => x.Id == reservationId, ct);
        if (r is null) return null;
        if (r.Statut != Reservation.StatutActive) return [new("", "Cette réservation n'est plus active.")];
        var jour = r.DateArrivee;
        var mesure = (await db.Mesures.Where(m => m.EnfantId == r.EnfantId && m.DateDebut != null && m.DateDebut <= jour && (m.DateFin == null || m.DateFin >= jour)).ToListAsync(ct))
            .FirstOrDefault(m => Catalogue.Trouver(m.Type) is { } t && (t.EstAccueil || t.Code is "ACCUEIL_72H" or "RECUEIL_URGENCE" or "ACCUEIL_MERE_ENFANT"));
        if (mesure is null) return [new("", $"Aucune mesure d'accueil de l'enfant n'est active le {jour:dd/MM/yyyy} : enregistrez d'abord la décision (un séjour s'inscrit dans une mesure).")];
        var erreurs = new List<ErreurValidation>();
        var sejours = await db.Sejours.Where(s => s.EnfantId == r.EnfantId).ToListAsync(ct);
        var enCours = sejours.Where(s => s.DateDebut < jour && s.DateFin == null).ToList();
        // The séjour runs until the end of its measure when that end is already known; a hotel derogation, 2 months at most.
        var finHotel = Calendrier.AjouterMois(jour, 2);
        var fin = r.Lieu!.Type == "HOTEL" && (mesure.DateFin is null || mesure.DateFin > finHotel) ? finHotel : mesure.DateFin;
        var periode = new Periode(jour, fin);
        foreach (var s in sejours.Except(enCours))
            if (new Periode(s.DateDebut, s.DateFin).Chevauche(periode))
                erreurs.Add(new("", $"Le séjour chevaucherait un autre séjour de l'enfant (du {s.DateDebut:dd/MM/yyyy}) : deux séjours d'un enfant ne se chevauchent jamais."));
        foreach (var i in Invariants.SejourDansMesure("", periode, mesure.DateDebut, mesure.DateFin))
            erreurs.Add(new("", $"{i.Message} ({i.Source})"));
        if (r.Lieu!.Type == "HOTEL")
            foreach (var i in Invariants.SejourHotel("", periode, r.Enfant!.DateNaissance, motif))
                erreurs.Add(new("Motif", $"{i.Message} ({i.Source})"));
        if (r.Enfant!.Famille is { } famille && string.IsNullOrWhiteSpace(motif))
        {
            var ailleurs = await db.Sejours.AsNoTracking()
                .Where(s => s.EnfantId != r.EnfantId && s.Enfant!.Famille == famille && s.LieuId != null && s.LieuId != r.LieuId
                    && s.DateDebut <= jour && (s.DateFin == null || s.DateFin >= jour))
                .AnyAsync(ct);
            if (ailleurs) erreurs.Add(new("Motif", "Fratrie : un frère ou une sœur est accueilli dans un autre lieu ; la séparation exige un motif enregistré (C. civ. 375-7)."));
        }
        if (erreurs.Count > 0) return erreurs;
        foreach (var s in enCours) s.DateFin = jour.AddDays(-1);
        db.Sejours.Add(new Sejour { EnfantId = r.EnfantId, MesureId = mesure.Id, LieuId = r.LieuId, Mode = "LIEU", DateDebut = jour, DateFin = fin, Motif = string.IsNullOrWhiteSpace(motif) ? null : motif.Trim() });
        r.Statut = Reservation.StatutAdmise;
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<bool> TerminerReservationAsync(int reservationId, string statut, string? motif, CancellationToken ct = default)
    {
        var r = await db.Reservations.FirstOrDefaultAsync(x => x.Id == reservationId && x.Statut == Reservation.StatutActive, ct);
        if (r is null) return false;
        var gestionnaire = portee.Peut(Permission.GererLieux);
        if (!gestionnaire && !await (await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct)).AnyAsync(e => e.Id == r.EnfantId, ct)) return false;
        r.Statut = statut;
        r.MotifRefus = motif;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
