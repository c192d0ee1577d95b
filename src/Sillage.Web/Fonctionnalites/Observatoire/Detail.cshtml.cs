using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Observatoire;
using Sillage.Web.Fonctionnalites.Shared;

namespace Sillage.Web.Fonctionnalites.Observatoire;

/// <summary>Drill-down: the records behind a count (file readers: their territories, file numbers and links; ODPE: pseudonymised), audited.</summary>
public class DetailModel(ServiceObservatoire service, DetailObservatoire detail) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int Annee { get; set; }
    [BindProperty(SupportsGet = true)] public string Territoire { get; set; } = "*";
    public DefinitionIndicateur? Definition => Indicateurs.Trouver(Code);
    public sealed record Ligne(int EnfantId, string Identifiant, string Territoire, MoteurIndicateurs.Enregistrement Enregistrement);
    public List<Ligne> Lignes { get; private set; } = [];
    public ValeurIndicateur? Valeur { get; private set; }
    public int HorsPortee { get; private set; }
    public bool Nominatif => detail.Nominatif;
    public const int Maximum = 500;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Definition is null || !MoteurIndicateurs.Detaillable(Code)) return NotFound();
        if (!detail.Autorise) return Forbid();
        await ChargerAsync(ct);
        await detail.AuditerAsync(TypeEvenementAudit.ConsultationDetailIndicateur, "Indicateur", new { code = Code, annee = Annee, territoire = Territoire, lignes = Lignes.Count }, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct)
    {
        if (Definition is null || !MoteurIndicateurs.Detaillable(Code)) return NotFound();
        if (!detail.Autorise) return Forbid();
        await ChargerAsync(ct);
        await detail.AuditerAsync(TypeEvenementAudit.ExportDetailObservatoire, "Indicateur", new { code = Code, annee = Annee, territoire = Territoire, lignes = Lignes.Count, format }, ct);
        return ExportTableau.Fichier(format, $"detail-{Code}-{Annee}", Lignes,
        [
            new(Nominatif ? "Dossier" : "Pseudonyme", l => l.Identifiant), new("Territoire", l => l.Territoire),
            new("Enregistrement", l => l.Enregistrement.Objet), new("Identifiant d'échange", l => Nominatif ? l.Enregistrement.ObjetId : null),
            new("Date", l => l.Enregistrement.Date),
        ]);
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var instantane = await service.InstantaneAsync(ct);
        Valeur = (await service.AnneeAsync(Annee, ct)).FirstOrDefault(v => v.Code == Code && v.Territoire == Territoire);
        var enregistrements = MoteurIndicateurs.Detail(instantane, Annee, Code, Territoire);
        // Interchange ids back to the files the reader may see (PorteeAcces): the others are only counted.
        var echanges = enregistrements.Select(e => e.EnfantId).Distinct().ToList();
        var internes = echanges.Where(x => x.StartsWith("sillage-", StringComparison.Ordinal) && int.TryParse(x[8..], out _)).Select(x => int.Parse(x[8..])).ToList();
        var visibles = await (await detail.EnfantsAsync(ct)).AsNoTracking()
            .Where(e => (e.SourceId != null && echanges.Contains(e.SourceId)) || (e.SourceId == null && internes.Contains(e.Id)))
            .Select(e => new { e.Id, e.SourceId, e.NumeroDossier, Territoire = e.Territoire!.Code }).ToListAsync(ct);
        var parEchange = visibles.ToDictionary(e => e.SourceId ?? $"sillage-{e.Id}");
        foreach (var e in enregistrements.OrderBy(e => e.Date).ThenBy(e => e.ObjetId, StringComparer.Ordinal))
        {
            if (parEchange.TryGetValue(e.EnfantId, out var v)) Lignes.Add(new(v.Id, detail.Identifiant(v.Id, v.NumeroDossier), v.Territoire, e));
            else HorsPortee++;
        }
    }
}
