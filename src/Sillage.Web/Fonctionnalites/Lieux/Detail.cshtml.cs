using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Lieux;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Lieux;

public class DetailModel(ServiceLieux service, SillageDbContext db, PorteeAcces portee) : PageModel
{
    public LieuAccueil Lieu { get; private set; } = null!;
    public string Territoire { get; private set; } = "";
    public Occupation Occupation { get; private set; }
    public int Libres => Math.Max(0, Lieu.Capacite - Occupation.Prises);
    public List<Indisponibilite> Indisponibilites { get; private set; } = [];
    public List<UniteLieu> Unites { get; private set; } = [];
    public List<(int Id, string Texte)>? Enfants { get; private set; }
    public bool PeutGerer => portee.Peut(Permission.GererLieux);

    public async Task<IActionResult> OnGetAsync(int id) => await ChargerAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostIndisponibiliteAsync(int id, int? places, DateOnly? debut, DateOnly? fin, string? motif)
    {
        if (!PeutGerer) return Forbid();
        if (!await ChargerAsync(id)) return NotFound();
        if (places is null or < 1) ModelState.AddModelError("", "Places : nombre entier d'au moins 1.");
        else if (places > Lieu.Capacite) ModelState.AddModelError("", $"Places : au plus la capacité du lieu ({Lieu.Capacite}).");
        if (debut is null) ModelState.AddModelError("", "Du : date obligatoire.");
        else if (fin is { } f && f < debut) ModelState.AddModelError("", "Au : la date de fin précède la date de début.");
        if (string.IsNullOrWhiteSpace(motif)) ModelState.AddModelError("", "Motif : valeur obligatoire (congé de l'assistant familial, travaux…).");
        if (!ModelState.IsValid) return Page();
        db.Indisponibilites.Add(new Indisponibilite { LieuId = id, Places = places!.Value, DateDebut = debut!.Value, DateFin = fin, Motif = motif!.Trim() });
        await db.SaveChangesAsync();
        TempData["Message"] = "Indisponibilité déclarée : les places disponibles sont recalculées.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUniteAsync(int id, string? nom, int? places, int? ageMin, int? ageMax)
    {
        if (!PeutGerer) return Forbid();
        if (!await ChargerAsync(id)) return NotFound();
        if (string.IsNullOrWhiteSpace(nom)) ModelState.AddModelError("", "Nom de l'unité : valeur obligatoire.");
        if (places is null or < 1) ModelState.AddModelError("", "Places : nombre entier d'au moins 1.");
        else if (Unites.Sum(u => u.Capacite) + places > Lieu.Capacite)
            ModelState.AddModelError("", $"Places : les unités ne peuvent dépasser la capacité du lieu ({Lieu.Capacite} places, {Unites.Sum(u => u.Capacite)} déjà réparties).");
        if (ageMin is < 0 or > 21 || ageMax is < 0 or > 21 || (ageMin > ageMax)) ModelState.AddModelError("", "Âges : entre 0 et 21 ans, le minimum avant le maximum.");
        if (!ModelState.IsValid) return Page();
        db.UnitesLieux.Add(new UniteLieu { LieuId = id, Nom = nom!.Trim(), Capacite = places!.Value, AgeMin = ageMin, AgeMax = ageMax });
        await db.SaveChangesAsync();
        TempData["Message"] = "Unité ajoutée.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> ChargerAsync(int id)
    {
        var l = await db.Lieux.AsNoTracking().Include(x => x.Territoire).FirstOrDefaultAsync(x => x.Id == id);
        if (l is null) return false;
        Lieu = l;
        Territoire = l.Territoire?.Libelle ?? "";
        var jour = DateOnly.FromDateTime(DateTime.Today);
        Occupation = (await service.OccupationsAsync(jour)).GetValueOrDefault(id);
        Unites = await db.UnitesLieux.AsNoTracking().Where(u => u.LieuId == id).OrderBy(u => u.Nom).ToListAsync();
        Indisponibilites = await db.Indisponibilites.AsNoTracking().Where(i => i.LieuId == id && (i.DateFin == null || i.DateFin >= jour)).OrderBy(i => i.DateDebut).ToListAsync();
        if (portee.Peut(Permission.LireDossierEnfant))
        {
            var visibles = await portee.EnfantsAsync(Permission.LireDossierEnfant);
            Enfants = (await db.Sejours.AsNoTracking().Where(s => s.LieuId == id && s.DateDebut <= jour && (s.DateFin == null || s.DateFin >= jour))
                    .Join(visibles, s => s.EnfantId, e => e.Id, (s, e) => new { e.Id, e.Prenoms, e.Nom, e.NumeroDossier, s.DateDebut, s.DateFin }).ToListAsync())
                .Select(x => (x.Id, $"{x.Prenoms} {x.Nom} ({x.NumeroDossier}), depuis le {x.DateDebut:dd/MM/yyyy}"
                    + (l.Type == "HOTEL" && x.DateFin is { } f ? $" — dérogation hôtel : {f.DayNumber - jour.DayNumber} jour(s) restant(s), fin le {f:dd/MM/yyyy} (CASF L221-2-3)" : ""))).ToList();
        }
        return true;
    }
}
