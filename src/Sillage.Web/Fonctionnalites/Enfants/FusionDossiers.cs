using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Enfants;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

/// <summary>How many records of each kind a file holds (merge preview and its check).</summary>
public sealed record ComptesDossier(int Informations, int Mesures, int Sejours, int Ppes, int Rapports, int Entretiens, int Cessec, int Documents, int Parents)
{
    public int Total => Informations + Mesures + Sejours + Ppes + Rapports + Entretiens + Cessec + Documents + Parents;

    public static async Task<ComptesDossier> CompterAsync(SillageDbContext db, int enfantId, CancellationToken ct = default) => new(
        await db.InformationsEnfants.CountAsync(x => x.EnfantId == enfantId, ct),
        await db.Mesures.CountAsync(x => x.EnfantId == enfantId, ct),
        await db.Sejours.CountAsync(x => x.EnfantId == enfantId, ct),
        await db.Ppes.CountAsync(x => x.EnfantId == enfantId, ct),
        await db.Rapports.CountAsync(x => x.EnfantId == enfantId, ct),
        await db.Entretiens.CountAsync(x => x.EnfantId == enfantId, ct),
        await db.ExamensCessec.CountAsync(x => x.EnfantId == enfantId, ct),
        await db.Documents.CountAsync(x => x.EnfantId == enfantId, ct),
        await db.Parents.CountAsync(x => x.EnfantId == enfantId, ct));
}

public sealed record ApercuDossier(int Id, string NumeroDossier, string Nom, string Prenoms, string Sexe, DateOnly DateNaissance, string Territoire,
    string? Famille, int Version, ComptesDossier Comptes);

/// <summary>What a merge did: records moved, and duplicates folded into the kept file's record.</summary>
public sealed record BilanFusion(int Deplaces, int DoublonsFusionnes);

/// <summary>
/// Merges a duplicate file into the kept one (permission <see cref="Permission.FusionnerDossiers"/>: CRIP for the whole
/// département, cadres for their territories). Every record of the absorbed file moves in one transaction (one SaveChanges); records that
/// would break a unique index (same information, same entretien or CESSEC date) and identical parents are folded into
/// the kept record. The absorbed file stays in the base, hidden, with <see cref="Enfant.FusionneDansId"/> set.
/// </summary>
public sealed class FusionDossiers(SillageDbContext db, PorteeAcces portee, JournalAudit audit)
{
    public async Task<ApercuDossier?> ApercuAsync(int id, CancellationToken ct = default)
    {
        var visibles = await portee.EnfantsAsync(Permission.FusionnerDossiers, ct);
        return await ApercuAsync(visibles.Where(e => e.Id == id), ct);
    }

    public async Task<ApercuDossier?> ApercuParNumeroAsync(string numero, CancellationToken ct = default)
    {
        var n = numero.Trim().ToUpperInvariant();
        var visibles = await portee.EnfantsAsync(Permission.FusionnerDossiers, ct);
        return await ApercuAsync(visibles.Where(e => e.NumeroDossier == n), ct);
    }

    private async Task<ApercuDossier?> ApercuAsync(IQueryable<Enfant> q, CancellationToken ct)
    {
        var e = await q.AsNoTracking().Select(x => new { x.Id, x.NumeroDossier, x.Nom, x.Prenoms, x.Sexe, x.DateNaissance, Territoire = x.Territoire!.Libelle, x.Famille, x.Version })
            .FirstOrDefaultAsync(ct);
        return e is null ? null
            : new ApercuDossier(e.Id, e.NumeroDossier, e.Nom, e.Prenoms, e.Sexe, e.DateNaissance, e.Territoire, e.Famille, e.Version, await ComptesDossier.CompterAsync(db, e.Id, ct));
    }

    /// <summary>null = one of the files is not found within the user's scope.</summary>
    public async Task<(ResultatEcriture Resultat, BilanFusion? Bilan)?> FusionnerAsync(int conserveId, int absorbeId, int versionConserve, int versionAbsorbe, CancellationToken ct = default)
    {
        var visibles = await portee.EnfantsAsync(Permission.FusionnerDossiers, ct);
        var conserve = await visibles.FirstOrDefaultAsync(e => e.Id == conserveId, ct);
        var absorbe = await visibles.FirstOrDefaultAsync(e => e.Id == absorbeId, ct);
        if (conserve is null || absorbe is null) return null;
        if (conserve.Id == absorbe.Id)
            return (new([new("NumeroDoublon", "Dossier en double : un dossier ne peut pas être fusionné avec lui-même.")]), null);
        if (conserve.Version != versionConserve || absorbe.Version != versionAbsorbe)
            return (ResultatEcriture.Perime("L'un des deux dossiers"), null);

        // Every change below is written by ONE SaveChanges: the audit journal wraps it in a single transaction
        // with the before/after of each moved record (no outer transaction: it would take the database
        // lock before the journal's writer lock, and wait for itself behind a concurrent writer).
        int deplaces = 0, doublons = 0;

        var documents = await db.Documents.Where(d => d.EnfantId == absorbe.Id).ToListAsync(ct);
        void Rediriger(string type, int ancien, int nouveau)
        {
            foreach (var d in documents.Where(d => d.EvenementType == type && d.EvenementId == ancien)) d.EvenementId = nouveau;
        }

        var infosGardees = await db.InformationsEnfants.Where(x => x.EnfantId == conserve.Id).ToDictionaryAsync(x => x.InformationId, ct);
        foreach (var ie in await db.InformationsEnfants.Where(x => x.EnfantId == absorbe.Id).ToListAsync(ct))
        {
            if (infosGardees.TryGetValue(ie.InformationId, out var garde))
            {
                garde.DateFinEvaluation ??= ie.DateFinEvaluation;
                garde.Conclusion ??= ie.Conclusion;
                garde.DateDecision ??= ie.DateDecision;
                Rediriger(ChronologieEnfant.Information, ie.Id, garde.Id);
                db.InformationsEnfants.Remove(ie);
                doublons++;
            }
            else { ie.EnfantId = conserve.Id; deplaces++; }
        }

        var entretiensGardes = await db.Entretiens.Where(x => x.EnfantId == conserve.Id).ToDictionaryAsync(x => x.Date, ct);
        foreach (var e in await db.Entretiens.Where(x => x.EnfantId == absorbe.Id).ToListAsync(ct))
        {
            if (entretiensGardes.TryGetValue(e.Date, out var garde))
            {
                Rediriger(ChronologieEnfant.Entretien, e.Id, garde.Id);
                db.Entretiens.Remove(e);
                doublons++;
            }
            else { e.EnfantId = conserve.Id; deplaces++; }
        }

        var examensGardes = await db.ExamensCessec.Where(x => x.EnfantId == conserve.Id).ToDictionaryAsync(x => x.DateExamen, ct);
        foreach (var c in await db.ExamensCessec.Where(x => x.EnfantId == absorbe.Id).ToListAsync(ct))
        {
            if (examensGardes.TryGetValue(c.DateExamen, out var garde))
            {
                Rediriger(ChronologieEnfant.Cessec, c.Id, garde.Id);
                db.ExamensCessec.Remove(c);
                doublons++;
            }
            else { c.EnfantId = conserve.Id; deplaces++; }
        }

        var parentsGardes = await db.Parents.Where(x => x.EnfantId == conserve.Id).ToListAsync(ct);
        foreach (var p in await db.Parents.Where(x => x.EnfantId == absorbe.Id).ToListAsync(ct))
        {
            var cle = CleRecherche.Calculer(p.Nom, p.Prenoms);
            var garde = parentsGardes.FirstOrDefault(g => g.Lien == p.Lien && CleRecherche.Calculer(g.Nom, g.Prenoms) == cle);
            if (garde is not null)
            {
                garde.AutoriteParentale |= p.AutoriteParentale;
                garde.Adresse ??= p.Adresse;
                garde.Telephone ??= p.Telephone;
                db.Parents.Remove(p);
                doublons++;
            }
            else { p.EnfantId = conserve.Id; deplaces++; }
        }

        foreach (var m in await db.Mesures.Where(x => x.EnfantId == absorbe.Id).ToListAsync(ct)) { m.EnfantId = conserve.Id; deplaces++; }
        foreach (var s in await db.Sejours.Where(x => x.EnfantId == absorbe.Id).ToListAsync(ct)) { s.EnfantId = conserve.Id; deplaces++; }
        foreach (var p in await db.Ppes.Where(x => x.EnfantId == absorbe.Id).ToListAsync(ct)) { p.EnfantId = conserve.Id; deplaces++; }
        foreach (var r in await db.Rapports.Where(x => x.EnfantId == absorbe.Id).ToListAsync(ct)) { r.EnfantId = conserve.Id; deplaces++; }
        deplaces += await Parcours.ServiceSuivi.DeplacerAsync(db, absorbe.Id, conserve.Id, ct);
        foreach (var d in documents) { d.EnfantId = conserve.Id; deplaces++; }
        // Files merged earlier into the absorbed one now point to the survivor.
        foreach (var anterieur in await db.Enfants.Where(x => x.FusionneDansId == absorbe.Id).ToListAsync(ct)) anterieur.FusionneDansId = conserve.Id;

        conserve.Famille ??= absorbe.Famille;
        conserve.ReferentId ??= absorbe.ReferentId;
        conserve.StatutJuridique ??= absorbe.StatutJuridique;
        conserve.NomNaissanceMere ??= absorbe.NomNaissanceMere;
        db.Entry(absorbe).Property(e => e.Version).OriginalValue = versionAbsorbe;
        db.Entry(conserve).Property(e => e.Version).OriginalValue = versionConserve;
        absorbe.FusionneDansId = conserve.Id;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (ResultatEcriture.Perime("L'un des deux dossiers"), null);
        }
        await audit.EnregistrerAsync(TypeEvenementAudit.FusionDossiers, nameof(Enfant), conserve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { conserve = conserve.NumeroDossier, absorbe = absorbe.NumeroDossier, absorbeId = absorbe.Id, deplaces, doublonsFusionnes = doublons }, ct: ct);
        return (ResultatEcriture.Ok, new BilanFusion(deplaces, doublons));
    }
}
