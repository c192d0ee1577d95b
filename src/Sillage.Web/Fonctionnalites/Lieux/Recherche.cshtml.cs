using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Lieux;
using Sillage.Domaine.Securite;
using Sillage.Domaine.Temps;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Lieux;

public class RechercheModel(ServiceLieux service, PorteeAcces portee) : PageModel
{
    public const int JoursReservation = 3;
    [BindProperty(SupportsGet = true)] public string? Dossiers { get; set; }
    [BindProperty(SupportsGet = true)] public string? Ages { get; set; }
    [BindProperty(SupportsGet = true, Name = "date")] public DateOnly? DateChoisie { get; set; }
    [BindProperty(SupportsGet = true)] public string? Territoire { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public List<string> Besoins { get; set; } = [];
    [BindProperty(SupportsGet = true)] public bool Ensemble { get; set; } = true;
    [BindProperty(SupportsGet = true)] public bool Urgence { get; set; }
    [BindProperty(SupportsGet = true)] public string? Recherche { get; set; }
    public DateOnly Date => DateChoisie ?? DateOnly.FromDateTime(DateTime.Today);
    public IReadOnlyList<TerritoireChoix> Territoires { get; private set; } = [];
    public List<EnfantCherche> Enfants { get; private set; } = [];
    public List<int> EnfantIds { get; private set; } = [];
    /// <summary>The first <see cref="Affiches"/> propositions, best first.</summary>
    public List<PropositionPlace>? Resultats { get; private set; }
    /// <summary>How many lieux fit (all of them, not only those shown).</summary>
    public int Possibles { get; private set; }
    public const int Affiches = 100;
    public bool PeutReserver => portee.Peut(Permission.ModifierDossierEnfant);

    public async Task OnGetAsync()
    {
        Territoires = await service.TerritoiresAsync();
        if (Recherche is null) { Ensemble = true; return; }
        await LireEnfantsAsync();
        if (Enfants.Count == 0)
        {
            ModelState.AddModelError("", "Enfants : indiquez au moins un numéro de dossier de vos territoires, ou des âges et sexes (« 8 F, 11 M »).");
            return;
        }
        (Resultats, Possibles) = await service.MeilleursAsync(new CriteresPlace(Date, Enfants, NonVide(Territoire), NonVide(Type), Besoins, Ensemble, Urgence), Affiches);
    }

    public async Task<IActionResult> OnPostReserverAsync(int lieu)
    {
        if (!PeutReserver) return Forbid();
        await LireEnfantsAsync();
        var erreurs = await service.ReserverAsync(lieu, EnfantIds, Date, Date.AddDays(JoursReservation));
        if (erreurs.Count > 0)
        {
            foreach (var e in erreurs) ModelState.AddModelError("", e.Message);
            Recherche = "1";
            await OnGetAsync();
            return Page();
        }
        TempData["Message"] = $"Place(s) réservée(s) jusqu'au {Date.AddDays(JoursReservation):dd/MM/yyyy} : l'admission se confirme dans « Réservations en cours ».";
        return Redirect("/lieux/reservations");
    }

    private static string? NonVide(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private async Task LireEnfantsAsync()
    {
        var numeros = (Dossiers ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim().ToUpperInvariant()).ToList();
        if (numeros.Count > 0)
        {
            var visibles = await portee.EnfantsAsync(Permission.LireDossierEnfant);
            var trouves = await visibles.AsNoTracking().Where(e => numeros.Contains(e.NumeroDossier)).Select(e => new { e.Id, e.DateNaissance, e.Sexe }).ToListAsync();
            EnfantIds = trouves.Select(e => e.Id).ToList();
            Enfants = trouves.Select(e => new EnfantCherche(Domaine.Temps.Ages.AgeAu(e.DateNaissance, Date), e.Sexe)).ToList();
            if (trouves.Count < numeros.Count) ModelState.AddModelError("", "N° de dossier : un ou plusieurs dossiers sont introuvables dans vos territoires.");
        }
        Enfants.AddRange(EnfantCherche.Lire(Ages));
    }
}
