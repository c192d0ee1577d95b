using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Regles;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Parcours;

public class RapportModel(PorteeAcces portee, SillageDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Enfant { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public DateOnly? DatePartage { get; set; }
    [BindProperty] public DateOnly? DateTransmission { get; set; }
    public string NomEnfant { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ChargerAsync()) return NotFound();
        Date ??= DateOnly.FromDateTime(DateTime.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ChargerAsync()) return NotFound();
        var aujourdhui = DateOnly.FromDateTime(DateTime.Today);
        if (Date is null) ModelState.AddModelError(nameof(Date), "Date du rapport : valeur obligatoire (JJ/MM/AAAA).");
        foreach (var (champ, libelle, valeur) in new[] { (nameof(Date), "Date du rapport", Date), (nameof(DatePartage), "Date de partage", DatePartage), (nameof(DateTransmission), "Date de transmission", DateTransmission) })
            foreach (var i in Invariants.FaitAccompli(libelle, valeur, aujourdhui))
                ModelState.AddModelError(champ, i.Message);
        foreach (var i in Invariants.Rapport("", DatePartage, DateTransmission))
            ModelState.AddModelError(nameof(DateTransmission), $"{i.Message} ({i.Source})");
        if (!ModelState.IsValid) return Page();
        db.Rapports.Add(new RapportSituation { EnfantId = Enfant, Date = Date!.Value, DatePartage = DatePartage, DateTransmissionJuge = DateTransmission });
        await db.SaveChangesAsync();
        TempData["Message"] = $"Rapport de situation du {Date:dd/MM/yyyy} enregistré.";
        return Redirect($"/enfants/{Enfant}");
    }

    private async Task<bool> ChargerAsync()
    {
        var enfants = await portee.EnfantsAsync(Permission.ModifierDossierEnfant);
        var e = await enfants.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Enfant);
        if (e is null) return false;
        NomEnfant = $"{e.Prenoms} {e.Nom} ({e.NumeroDossier})";
        return true;
    }
}
