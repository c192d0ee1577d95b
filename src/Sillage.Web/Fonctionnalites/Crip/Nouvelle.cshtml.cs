using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Securite;
using Sillage.Domaine.Temps;
using Sillage.Donnees;
using Sillage.Web.Fonctionnalites.Enfants;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Crip;

public sealed record EnfantPropose(int Id, string NumeroDossier, string Nom, DateOnly Naissance, bool Mineur, bool Trouve, int IpAnterieures, IReadOnlyList<string> Mesures);

/// <summary>Recueil: a search proposes the children found and their whole fratrie (every minor of the household), with their previous IPs and measures.</summary>
public class NouvelleModel(ServiceCrip service, RechercheEnfants recherche, PorteeAcces portee, SillageDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public List<int> Enfant { get; set; } = [];
    [BindProperty] public SaisieRecueil Saisie { get; set; } = new();
    public List<EnfantPropose> Proposes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var maintenant = DateTime.Now;
        Saisie.DateReception = DateOnly.FromDateTime(maintenant);
        Saisie.HeureReception = new TimeOnly(maintenant.Hour, maintenant.Minute);
        Saisie.Canal = "TELEPHONE";
        Saisie.Enfants = Enfant;
        await ProposerAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) { await ProposerAsync(); return Page(); }
        var r = await service.RecueillirAsync(Saisie);
        if (!r.Reussi)
        {
            foreach (var e in r.Erreurs) ModelState.AddModelError(string.IsNullOrEmpty(e.Champ) ? "" : $"Saisie.{e.Champ}", e.Message);
            await ProposerAsync();
            return Page();
        }
        TempData["Message"] = "Information enregistrée : le délai d'évaluation court depuis sa réception. Faites maintenant la première analyse.";
        return Redirect($"/crip/{r.Id}");
    }

    private async Task ProposerAsync()
    {
        var ids = new List<int>(Saisie.Enfants.Concat(Enfant));
        if (!string.IsNullOrWhiteSpace(Q))
            ids.AddRange((await recherche.ChercherAsync(new CriteresRecherche(Q, null, null))).Take(20).Select(l => l.Id));
        var visibles = await portee.EnfantsAsync(Permission.TraiterInformation);
        var trouves = await visibles.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync();
        var familles = trouves.Where(e => e.Famille != null).Select(e => e.Famille!).Distinct().ToList();
        var fratrie = await visibles.AsNoTracking().Where(e => e.Famille != null && familles.Contains(e.Famille) && !ids.Contains(e.Id)).ToListAsync();
        var tous = trouves.Concat(fratrie).ToList();
        var idsTous = tous.Select(e => e.Id).ToList();
        var ip = await db.InformationsEnfants.AsNoTracking().Where(x => idsTous.Contains(x.EnfantId)).GroupBy(x => x.EnfantId)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        var mesures = (await service.MesuresAsync(idsTous)).ToLookup(m => m.EnfantId, m => m.Libelle);
        var aujourdhui = DateOnly.FromDateTime(DateTime.Today);
        Proposes = tous.OrderBy(e => e.Famille).ThenBy(e => e.DateNaissance)
            .Select(e => new EnfantPropose(e.Id, e.NumeroDossier, $"{e.Prenoms} {e.Nom}", e.DateNaissance, Ages.EstMineur(e.DateNaissance, aujourdhui),
                trouves.Contains(e), ip.GetValueOrDefault(e.Id), mesures[e.Id].ToList()))
            .ToList();
        // Every minor of the household is to be considered: the fratrie is proposed checked.
        if (Request.Method == "GET") Saisie.Enfants = Proposes.Where(p => p.Mineur).Select(p => p.Id).ToList();
    }
}
