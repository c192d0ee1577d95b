using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Lieux;

public class ReservationsModel(ServiceLieux service, SillageDbContext db, PorteeAcces portee) : PageModel
{
    public sealed record Ligne(int Id, int LieuId, string Lieu, string Numero, string Enfant, bool EnfantVisible, DateOnly Arrivee, DateOnly Expiration);

    public List<Ligne> Lignes { get; private set; } = [];
    public bool PeutAdmettre => portee.Peut(Permission.ModifierDossierEnfant);

    public async Task OnGetAsync()
    {
        var visibles = (await (await portee.EnfantsAsync(Permission.LireDossierEnfant)).Select(e => e.Id).ToListAsync()).ToHashSet();
        var gestionnaire = portee.Peut(Permission.GererLieux);
        var r = await db.Reservations.AsNoTracking().Where(x => x.Statut == Reservation.StatutActive).OrderBy(x => x.DateArrivee)
            .Select(x => new { x.Id, x.LieuId, Lieu = x.Lieu!.Nom, x.EnfantId, x.Enfant!.NumeroDossier, x.Enfant.Prenoms, x.Enfant.Nom, x.DateArrivee, x.Expiration })
            .ToListAsync();
        // The lieu's manager sees the requests addressed to the lieux (file number only); the others, their own children.
        Lignes = r.Where(x => gestionnaire || visibles.Contains(x.EnfantId))
            .Select(x => new Ligne(x.Id, x.LieuId, x.Lieu, x.NumeroDossier, $"{x.Prenoms} {x.Nom} ({x.NumeroDossier})", visibles.Contains(x.EnfantId), x.DateArrivee, x.Expiration))
            .ToList();
    }

    public async Task<IActionResult> OnPostAdmettreAsync(int id, string? motif)
    {
        var erreurs = await service.AdmettreAsync(id, motif);
        if (erreurs is null) return NotFound();
        if (erreurs.Count > 0)
        {
            foreach (var e in erreurs) ModelState.AddModelError("", e.Message);
            await OnGetAsync();
            return Page();
        }
        TempData["Message"] = "Admission enregistrée : le séjour est créé et la place n'est plus disponible.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRefuserAsync(int id, string? motif)
    {
        if (string.IsNullOrWhiteSpace(motif))
        {
            ModelState.AddModelError("", "Motif du refus : valeur obligatoire.");
            await OnGetAsync();
            return Page();
        }
        if (!await service.TerminerReservationAsync(id, Reservation.StatutRefusee, motif.Trim())) return NotFound();
        TempData["Message"] = "Réservation refusée : la place est de nouveau disponible.";
        return RedirectToPage();
    }
}
