using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Regles;
using Sillage.Donnees;
using Sillage.Web.Commandes;
using Sillage.Web.Fonctionnalites.Echeances;
using Sillage.Web.Tests.Infrastructure;

namespace Sillage.Web.Tests;

/// <summary>The whole chain on the seed départements: generator → interchange files → importer → indicator engine → DREES row.</summary>
public class DemoTests
{
    private static string Db(BaseDeTest bd) => bd.ArgumentDbCourant;

    private static string LigneDrees(string code) =>
        File.ReadLines(Path.Combine(Racine(), "..", "shared", "data", "drees", "drees_ase_2020_departements.csv")).Single(l => l.Split(';')[2] == code);

    private static string Racine()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Sillage.slnx"))) return d.FullName;
        throw new InvalidOperationException("racine du dépôt introuvable");
    }

    [Theory]
    [InlineData("61")]
    [InlineData("02")]
    [InlineData("17")]
    [InlineData("91")]
    public async Task La_demo_d_un_departement_reproduit_sa_ligne_DREES_2020(string code)
    {
        await using var bd = await BaseDeTest.CreerAsync();
        var o = new StringWriter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["demo", "--departement", code, Db(bd)], o, new StringWriter()));
        Assert.Contains("Démonstration prête", o.ToString());
        var drees = new StringWriter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["drees", "--annee", "2020", Db(bd)], drees, new StringWriter()));
        var lignes = drees.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CommandesDemo.EnteteDrees, lignes[0]);
        Assert.Equal(LigneDrees(code), lignes[1]);
    }

    [Fact]
    public async Task Relancer_la_meme_demo_ne_change_rien_et_un_code_inconnu_est_refuse()
    {
        await using var bd = await BaseDeTest.CreerAsync();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["demo", "--departement", "48", "--graine", "7", Db(bd)], new StringWriter(), new StringWriter()));
        int Compter()
        {
            using var db = Donnees.ServicesDonnees.CreerContexte(bd.Base);
            return db.Enfants.Count() + db.Mesures.Count() + db.Sejours.Count() + db.Informations.Count();
        }
        var avant = Compter();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["demo", "--departement", "48", "--graine", "7", Db(bd)], new StringWriter(), new StringWriter()));
        Assert.Equal(avant, Compter());
        var e = new StringWriter();
        Assert.Equal(2, await LigneDeCommande.ExecuterAsync(["demo", "--departement", "99", Db(bd)], new StringWriter(), e));
        Assert.Contains("--departement", e.ToString());
        await using var ctx = Donnees.ServicesDonnees.CreerContexte(bd.Base);
        Assert.Equal("Lozère (démonstration)", (await ctx.Departements.SingleAsync()).Nom);
    }

    /// <summary>
    /// The échéancier's loader (a selection of the children concerned that day, then raw SQL read by position) against a
    /// plain EF Core reading of every child of the base: the same children's échéances, the same children's details, on a
    /// whole demo département, for the département and for one territory.
    /// </summary>
    [Fact]
    public async Task L_echeancier_lu_par_SQL_est_celui_d_une_lecture_EF_Core_de_tous_les_enfants()
    {
        await using var bd = await BaseDeTest.CreerAsync();
        Assert.Equal(0, await LigneDeCommande.ExecuterAsync(["demo", "--departement", "48", "--graine", "7", Db(bd)], new StringWriter(), new StringWriter()));
        await using var db = ServicesDonnees.CreerContexte(bd.Base);
        var territoire = (await db.Territoires.OrderBy(t => t.Id).FirstAsync()).Id;
        foreach (var jour in new[] { new DateOnly(2020, 12, 31), new DateOnly(2024, 6, 30) })
        foreach (var territoires in new[] { null, new[] { territoire } })
        {
            var lus = await new ChargeurSituations(db).ChargerAsync(territoires, jour);
            var reference = await ReferenceAsync(db, territoires);
            var attendues = Echeancier.Lister(reference.Select(r => r.Situation), jour, complementaires: true);
            Assert.True(attendues.Count > 50, $"{attendues.Count} échéances au {jour} : la démo doit en avoir");
            Assert.Equal(attendues, Echeancier.Lister(lus.Select(s => s.Situation), jour, complementaires: true));
            var parId = reference.ToDictionary(r => r.Enfant.Id, r => r.Enfant);
            Assert.All(lus, l => Assert.Equal(parId[l.Enfant.Id], l.Enfant));
            Assert.True(lus.Count < reference.Count, "seuls les enfants qui peuvent avoir une échéance ce jour sont lus");
        }
    }

    /// <summary>Every child neither merged nor archived (of the territories), read through EF Core's model.</summary>
    private static async Task<List<(EnfantEcheancier Enfant, SituationEnfant Situation)>> ReferenceAsync(SillageDbContext db, int[]? territoires)
    {
        var enfants = await db.Enfants.AsNoTracking()
            .Where(e => e.FusionneDansId == null && e.ArchiveIntermediaireLe == null && (territoires == null || territoires.Contains(e.TerritoireId)))
            .ToListAsync();
        var mesures = (await db.Mesures.AsNoTracking().ToListAsync()).ToLookup(m => m.EnfantId,
            m => new SituationEnfant.MesureDatee(ChargeurSituations.IdEchange(m.SourceId, m.Id), m.Type, m.DateDecision, m.DateDebut, m.DateFinPrevue, m.DateFin, m.Autorite));
        var evaluations = (await db.InformationsEnfants.AsNoTracking().Include(x => x.Information).ToListAsync()).ToLookup(x => x.EnfantId,
            x => new SituationEnfant.EvaluationIp(ChargeurSituations.IdEchange(x.Information!.SourceId, x.Information.Id), x.Information.Qualification,
                x.Information.DateReception, x.DateFinEvaluation, x.DateDecision));
        var ppe = (await db.Ppes.AsNoTracking().Where(p => p.DateSignature != null).ToListAsync()).ToLookup(p => p.EnfantId, p => p.DateSignature!.Value);
        var rapports = (await db.Rapports.AsNoTracking().ToListAsync()).ToLookup(r => r.EnfantId, r => r.Date);
        var entretiens = (await db.Entretiens.AsNoTracking().ToListAsync()).ToLookup(r => r.EnfantId, r => r.Date);
        var cessec = (await db.ExamensCessec.AsNoTracking().ToListAsync()).ToLookup(r => r.EnfantId, r => r.DateExamen);
        return enfants.Select(e =>
        {
            var id = ChargeurSituations.IdEchange(e.SourceId, e.Id);
            return (new EnfantEcheancier(e.Id, id, e.NumeroDossier, e.Nom, e.Prenoms, e.TerritoireId, e.ReferentId),
                new SituationEnfant(id, e.DateNaissance, mesures[e.Id].ToList(), evaluations[e.Id].ToList(), ppe[e.Id].ToList(),
                    rapports[e.Id].ToList(), entretiens[e.Id].ToList(), cessec[e.Id].ToList()));
        }).ToList();
    }
}
