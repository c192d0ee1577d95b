using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Olinpe;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Echange;

namespace Sillage.Web.Fonctionnalites.Olinpe;

/// <summary>The outcome of a production: the pre-flight report, and the file when it was written.</summary>
public sealed record ResultatOlinpe(RapportOlinpe Rapport, bool Produit, TransmissionOlinpe? Transmission);

/// <summary>
/// The yearly OLINPE transmission (docs/OLINPE.md): reads the measures of year N with one streaming query,
/// derives the events, pseudonymises, codes through the mapping table, validates and writes in one pass.
/// The page, the API and the command call this service.
/// </summary>
public sealed class ServiceOlinpe(SillageDbContext db, IPseudonymiseur pseudonymiseur)
{
    public TableCorrespondance Table { get; } = TableCorrespondance.Defaut();
    public IPseudonymiseur Pseudonymiseur => pseudonymiseur;

    /// <summary>DATEXPORT when none is given: 31 December of the year (no clock in the file, so a re-export is identical).</summary>
    public static DateOnly DateExportParDefaut(int annee) => new(annee, 12, 31);

    public static bool AnneeValide(int annee) => annee is >= 2000 and <= 2999;

    private sealed record Hebergement(int MesureId, DateOnly Debut, DateOnly? Fin, string Mode, string? TypeLieu);

    /// <summary>The records of the year in file order (measure id, then TYPEV), with the child's pseudonym for the register.</summary>
    public async IAsyncEnumerable<(LigneOlinpe Ligne, string Pseudonyme)> LignesAsync(int annee, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var debut = new DateOnly(annee, 1, 1);
        var fin = new DateOnly(annee, 12, 31);
        var types = DerivationEvenements.TypesDansLePerimetre.ToArray();
        var insee = await db.Departements.AsNoTracking().OrderBy(d => d.Id).Select(d => d.CodeInsee).FirstOrDefaultAsync(ct) ?? "";
        // Measures ended in N that another measure renews: their end is not an end of intervention.
        var renouvelees = (await db.Mesures.AsNoTracking()
            .Where(m => m.RenouvelleId != null && m.DateDebut != null && m.Renouvelle!.DateFin >= debut && m.Renouvelle.DateFin <= fin)
            .Select(m => m.RenouvelleId!.Value).ToListAsync(ct)).ToHashSet();
        var historique = (await db.PseudonymesOlinpe.AsNoTracking().Where(p => p.AnneePremiere <= annee)
                .Select(p => new { p.EnfantId, p.Pseudonyme, p.AnneePremiere }).ToListAsync(ct))
            .GroupBy(p => p.EnfantId).ToDictionary(g => g.Key, g => g.Select(p => new PseudonymeConnu(p.Pseudonyme, p.AnneePremiere)).ToList());
        var sejours = (await db.Sejours.AsNoTracking().Where(s => s.DateDebut <= fin && (s.DateFin == null || s.DateFin >= debut))
                .Select(s => new Hebergement(s.MesureId, s.DateDebut, s.DateFin, s.Mode, s.Lieu != null ? s.Lieu.Type : null)).ToListAsync(ct))
            .ToLookup(s => s.MesureId);

        var moteur = new MoteurOlinpe(Table);
        var pseudonymes = new Dictionary<int, string>();
        var n = 0;
        var mesures = db.Mesures.AsNoTracking()
            .Where(m => types.Contains(m.Type) && m.DateDebut != null
                && ((m.DateDebut >= debut && m.DateDebut <= fin) || (m.DateFin != null && m.DateFin >= debut && m.DateFin <= fin)))
            .OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.EnfantId, m.Type, m.DateDebut, m.DateFin, m.MotifFin, m.RenouvelleId,
                m.Enfant!.Prenoms, m.Enfant.Sexe, m.Enfant.DateNaissance, m.Enfant.NomNaissanceMere,
            })
            .AsAsyncEnumerable();
        await foreach (var m in mesures.WithCancellation(ct))
        {
            var mesure = new MesureOlinpe(m.Id, m.EnfantId, m.Type, m.DateDebut, m.DateFin, m.MotifFin, m.RenouvelleId);
            foreach (var e in DerivationEvenements.Deriver(mesure, annee, renouvelees.Contains(m.Id)))
            {
                if (!pseudonymes.TryGetValue(m.EnfantId, out var pseudo))
                    pseudonymes[m.EnfantId] = pseudo = pseudonymiseur.Calculer(new EntreePseudonyme(m.Prenoms, m.DateNaissance.Month, m.DateNaissance.Year, m.NomNaissanceMere));
                var precedent = historique.TryGetValue(m.EnfantId, out var h) ? ChainagePseudonymes.Precedent(pseudo, h, annee) : null;
                var sejour = sejours[m.Id].FirstOrDefault(s => s.Debut <= e.Date && (s.Fin is null || e.Date <= s.Fin));
                var contexte = new ContexteEvenement(insee, pseudo, precedent, m.Sexe, m.DateNaissance.Year, m.DateNaissance.Month,
                    sejour is null ? null : sejour.Mode == "LIEU" ? sejour.TypeLieu : "MODE_" + sejour.Mode);
                yield return (moteur.Ligne(++n, e, contexte), pseudo);
            }
        }
    }

    /// <summary>The pre-flight report without writing anything but an audit entry.</summary>
    public async Task<RapportOlinpe> ControlerAsync(int annee, CancellationToken ct = default)
    {
        var validateur = new ValidateurOlinpe(Table, annee);
        await foreach (var (ligne, _) in LignesAsync(annee, ct)) validateur.Ajouter(ligne);
        var rapport = validateur.Rapport();
        await new JournalAudit(db).EnregistrerAsync(TypeEvenementAudit.OlinpeControle, "Olinpe", annee.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { annee, rapport.Enregistrements, rapport.Bloquants, rapport.Avertissements }, ct: ct);
        return rapport;
    }

    /// <summary>
    /// Writes the file of <paramref name="annee"/> to <paramref name="chemin"/> while validating it; with blocking
    /// errors and without <paramref name="forcer"/> nothing is left on disk. A produced file is recorded in the
    /// history (hash, counts) and its pseudonyms in the register.
    /// </summary>
    public async Task<ResultatOlinpe> ProduireAsync(int annee, FormatOlinpe format, string chemin, bool forcer, string acteur,
        DateOnly? dateExport = null, CancellationToken ct = default)
    {
        var partiel = chemin + ".partiel";
        var validateur = new ValidateurOlinpe(Table, annee);
        var vus = new Dictionary<int, string>();
        try
        {
            await using var f = new FileStream(partiel, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            using var ecrivain = new EcrivainOlinpe(f, Table, format, dateExport ?? DateExportParDefaut(annee));
            await foreach (var (ligne, pseudo) in LignesAsync(annee, ct))
            {
                validateur.Ajouter(ligne);
                ecrivain.Ecrire(ligne);
                vus[ligne.Reference!.EnfantId] = pseudo;
            }
        }
        catch
        {
            File.Delete(partiel); // nothing half-written is left behind
            throw;
        }
        var rapport = validateur.Rapport();
        var cible = annee.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!rapport.Transmissible && !forcer)
        {
            File.Delete(partiel);
            await new JournalAudit(db).EnregistrerAsync(TypeEvenementAudit.OlinpeExportRefuse, "Olinpe", cible,
                new { annee, rapport.Enregistrements, rapport.Bloquants, rapport.Avertissements }, ct: ct);
            return new ResultatOlinpe(rapport, false, null);
        }
        File.Move(partiel, chemin, overwrite: true);
        string empreinte;
        await using (var lu = File.OpenRead(chemin)) empreinte = Convert.ToHexStringLower(await SHA256.HashDataAsync(lu, ct));
        await EnregistrerPseudonymesAsync(vus, annee, ct);
        var t = new TransmissionOlinpe
        {
            Annee = annee, ProduiteLe = DateTime.UtcNow, ProduitePar = acteur, Format = format.ToString().ToUpperInvariant(), Empreinte = empreinte,
            Octets = new FileInfo(chemin).Length, Enregistrements = rapport.Enregistrements,
            Debuts = rapport.ParTypeEvenement.GetValueOrDefault("débuts"), Renouvellements = rapport.ParTypeEvenement.GetValueOrDefault("renouvellements"),
            Fins = rapport.ParTypeEvenement.GetValueOrDefault("fins"), Enfants = rapport.Pseudonymes,
            ErreursBloquantes = rapport.Bloquants, Avertissements = rapport.Avertissements, Forcee = !rapport.Transmissible, VersionTable = Table.Version,
        };
        db.TransmissionsOlinpe.Add(t);
        await db.SaveChangesAsync(ct);
        await new JournalAudit(db).EnregistrerAsync(TypeEvenementAudit.OlinpeTransmission, "TransmissionOlinpe", t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { annee, empreinte, t.Format, t.Enregistrements, t.Forcee, table = Table.Version }, ct: ct);
        return new ResultatOlinpe(rapport, true, t);
    }

    /// <summary>Adds the pseudonyms of the file to the register (first year carried = the smallest year), in one transaction.</summary>
    private async Task EnregistrerPseudonymesAsync(Dictionary<int, string> pseudonymes, int annee, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var a = new AccesSql(db.Database.GetDbConnection(), db.Database.IsNpgsql() ? Fournisseur.Postgres : Fournisseur.Sqlite);
            await using var tx = await a.Connexion.BeginTransactionAsync(ct);
            a.Transaction = tx;
            await using var c = a.Commande(
                $"INSERT INTO \"PseudonymesOlinpe\" (\"EnfantId\", \"Pseudonyme\", \"AnneePremiere\") VALUES ({a.P(0)}, {a.P(1)}, {a.P(2)}) " +
                "ON CONFLICT (\"EnfantId\", \"Pseudonyme\") DO UPDATE SET \"AnneePremiere\" = excluded.\"AnneePremiere\" " +
                "WHERE excluded.\"AnneePremiere\" < \"PseudonymesOlinpe\".\"AnneePremiere\"",
                [TypeColonne.Entier, TypeColonne.Texte, TypeColonne.Entier]);
            foreach (var (enfant, pseudo) in pseudonymes.OrderBy(p => p.Key))
            {
                a.Lier(c, 0, enfant, TypeColonne.Entier);
                a.Lier(c, 1, pseudo, TypeColonne.Texte);
                a.Lier(c, 2, annee, TypeColonne.Entier);
                await a.ExecuterAsync(c, ct);
            }
            await tx.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task<List<TransmissionOlinpe>> TransmissionsAsync(CancellationToken ct = default) =>
        db.TransmissionsOlinpe.AsNoTracking().OrderByDescending(t => t.Id).ToListAsync(ct);

    /// <summary>Validates a file already written (XML or CSV): `olinpe valider`. The year is given, else deduced from the file.</summary>
    public static RapportOlinpe ValiderFichier(string chemin, TableCorrespondance table, int? annee)
    {
        var format = EcrivainOlinpe.FormatDuNom(chemin);
        var an = annee ?? LecteurOlinpe.AnneeProbable(() => File.OpenRead(chemin), table, format) ?? DateTime.Today.Year - 1;
        using var s = File.OpenRead(chemin);
        return ValidateurOlinpe.Valider(table, an, LecteurOlinpe.Lire(s, table, format));
    }
}
