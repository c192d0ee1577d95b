using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Parcours;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Parcours;

public sealed class SaisieProgres
{
    public int ObjectifId { get; set; }
    public string? Avancement { get; set; }
    public string? Commentaire { get; set; }
}

/// <summary>A rapport de situation as typed (page form and API body).</summary>
public sealed class SaisieRapport
{
    public DateOnly? Date { get; set; }
    public DateOnly? DatePartage { get; set; }
    public DateOnly? DateTransmission { get; set; }
    public string? Sante { get; set; }
    public string? Relations { get; set; }
    public string? Scolarite { get; set; }
    public List<SaisieProgres> Progres { get; set; } = [];
    public string? Conclusion { get; set; }
    public string? StatutPropose { get; set; }
    public bool SaisineCessec { get; set; }
    public string? Observations { get; set; }
}

/// <summary>What the rapport form starts from: the child and the objectives of the latest PPE, by domain.</summary>
public sealed record BaseRapport(int EnfantId, string NomEnfant, DateOnly Naissance, int? PpeId, int? PpeNumero, IReadOnlyList<ObjectifVue> Objectifs);

/// <summary>
/// Rapport de situation (CASF L223-5, D223-18 to D223-20): the three domains of the PPE, progress per
/// objective, conclusions; shared with the parents and the child before it goes to the judge; the next
/// one falls due by the échéancier (6 or 12 months).
/// </summary>
public sealed class ServiceRapport(SillageDbContext db, PorteeAcces portee, Administration.ServiceReglages reglages)
{
    public async Task<BaseRapport?> BaseAsync(int enfantId, CancellationToken ct = default)
    {
        var enfants = await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct);
        var e = await enfants.AsNoTracking().Where(x => x.Id == enfantId).Select(x => new { x.Prenoms, x.Nom, x.NumeroDossier, x.DateNaissance }).FirstOrDefaultAsync(ct);
        if (e is null) return null;
        var ppe = await db.Ppes.AsNoTracking().Include(p => p.Objectifs).Where(p => p.EnfantId == enfantId)
            .OrderByDescending(p => p.DateSignature != null).ThenByDescending(p => p.Numero).FirstOrDefaultAsync(ct);
        var objectifs = ppe?.Objectifs.OrderBy(o => ReglesPpe.Domaines.Keys.ToList().IndexOf(o.Domaine)).ThenBy(o => o.Ordre)
            .Select(o => new ObjectifVue(o.Id, o.Domaine, o.Objectif, o.Actions, o.Qui, o.Quand)).ToList() ?? [];
        return new BaseRapport(enfantId, $"{e.Prenoms} {e.Nom} ({e.NumeroDossier})", e.DateNaissance, ppe?.Id, ppe?.Numero, objectifs);
    }

    /// <summary>Records the rapport; returns it and the next due date, or the refusals. Null = child not visible.</summary>
    public async Task<(RapportSituation? Rapport, DateOnly? Prochain, List<ErreurValidation>? Erreurs)> EnregistrerAsync(int enfantId, SaisieRapport s, string? auteur, CancellationToken ct = default)
    {
        var b = await BaseAsync(enfantId, ct);
        if (b is null) return (null, null, null);
        var erreurs = ReglesRapport.Dates(s.Date, s.DatePartage, s.DateTransmission, DateOnly.FromDateTime(DateTime.Today));
        if (s.Date is { } d && d < b.Naissance) erreurs.Add(new("Date", "Date du rapport : elle précède la naissance de l'enfant."));
        if (s.Conclusion is not null && !ReglesRapport.Conclusions.ContainsKey(s.Conclusion))
            erreurs.Add(new("Conclusion", "Conclusion : choisissez maintenir, modifier ou mettre fin à la mesure."));
        var ids = b.Objectifs.Select(o => o.Id).ToHashSet();
        var progres = s.Progres.Where(p => !string.IsNullOrEmpty(p.Avancement)).ToList();
        foreach (var p in progres)
        {
            if (!ids.Contains(p.ObjectifId)) erreurs.Add(new("Progres", "Avancement : l'objectif doit appartenir au projet pour l'enfant de cet enfant."));
            else if (!ReglesRapport.Avancements.ContainsKey(p.Avancement!)) erreurs.Add(new("Progres", "Avancement : choisissez atteint, en cours, non atteint ou abandonné."));
        }
        if (erreurs.Count > 0) return (null, null, erreurs);
        var rapport = new RapportSituation
        {
            EnfantId = enfantId, Date = s.Date!.Value, DatePartage = s.DatePartage, DateTransmissionJuge = s.DateTransmission, PpeId = b.PpeId,
            Sante = Net(s.Sante), Relations = Net(s.Relations), Scolarite = Net(s.Scolarite), Conclusion = s.Conclusion,
            StatutPropose = Net(s.StatutPropose), SaisineCessec = s.SaisineCessec, Observations = Net(s.Observations),
            Progres = progres.Select(p => new ProgresObjectif { ObjectifId = p.ObjectifId, Avancement = p.Avancement!, Commentaire = Net(p.Commentaire) }).ToList(),
        };
        db.Rapports.Add(rapport);
        if (s.SaisineCessec)
            db.SignalementsCessec.Add(new SignalementCessec { EnfantId = enfantId, Date = rapport.Date, Raison = $"Saisine proposée par le rapport de situation du {rapport.Date:dd/MM/yyyy}", SignalePar = auteur });
        await db.SaveChangesAsync(ct);
        return (rapport, await ProchainAsync(enfantId, b.Naissance, ct), []);
    }

    /// <summary>The next rapport due, as the échéancier computes it (base = the latest rapport).</summary>
    public async Task<DateOnly?> ProchainAsync(int enfantId, DateOnly naissance, CancellationToken ct = default)
    {
        var dernier = await db.Rapports.Where(r => r.EnfantId == enfantId).MaxAsync(r => (DateOnly?)r.Date, ct);
        return dernier is { } d ? Echeancier.ProchainRapport(naissance, d, await reglages.LireAsync(ct)) : null;
    }

    private static string? Net(string? t) => string.IsNullOrWhiteSpace(t) ? null : t.Trim();
}
