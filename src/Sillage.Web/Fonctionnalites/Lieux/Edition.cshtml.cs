using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Lieux;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Entites;

namespace Sillage.Web.Fonctionnalites.Lieux;

public sealed class SaisieLieu
{
    public string? Type { get; set; }
    public string? Nom { get; set; }
    public int? TerritoireId { get; set; }
    public int? Capacite { get; set; }
    public int? CapaciteAutorisee { get; set; }
    public int? AgeMin { get; set; }
    public int? AgeMax { get; set; }
    public string? Sexe { get; set; }
    public List<string> Specialites { get; set; } = [];
    public string? Adresse { get; set; }
    public bool Anonyme { get; set; }
    public string? Employeur { get; set; }
    public DateOnly? Ouverture { get; set; }
    public DateOnly? Fermeture { get; set; }
    public int Version { get; set; }
}

[Authorize(Policy = nameof(Permission.GererLieux))]
public class EditionModel(SillageDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public SaisieLieu Saisie { get; set; } = new();
    public List<SelectListItem> Territoires { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var l = await db.Lieux.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
            if (l is null) return NotFound();
            Saisie = new SaisieLieu
            {
                Type = l.Type, Nom = l.Nom, TerritoireId = l.TerritoireId, Capacite = l.Capacite, CapaciteAutorisee = l.CapaciteAutorisee, AgeMin = l.AgeMin, AgeMax = l.AgeMax,
                Sexe = l.Sexe, Specialites = (l.Specialites ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(), Adresse = l.Adresse, Anonyme = l.Anonyme,
                Employeur = l.Employeur, Ouverture = l.DateOuverture, Fermeture = l.DateFermeture, Version = l.Version,
            };
        }
        await ChargerAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var s = Saisie;
        if (s.Type is null || !Codes.TypesLieu.ContainsKey(s.Type)) ModelState.AddModelError("Saisie.Type", "Type : choisissez un type de lieu.");
        if (string.IsNullOrWhiteSpace(s.Nom)) ModelState.AddModelError("Saisie.Nom", "Nom : valeur obligatoire.");
        if (s.TerritoireId is not { } t || !await db.Territoires.AnyAsync(x => x.Id == t)) ModelState.AddModelError("Saisie.TerritoireId", "Territoire : choisissez un territoire.");
        if (s.Capacite is null or < 0) ModelState.AddModelError("Saisie.Capacite", "Places installées : nombre entier positif ou nul obligatoire.");
        if (s.AgeMin is < 0 or > 21 || s.AgeMax is < 0 or > 21) ModelState.AddModelError("Saisie.AgeMin", "Âges : entre 0 et 21 ans.");
        if (s.AgeMin is { } a && s.AgeMax is { } b && a > b) ModelState.AddModelError("Saisie.AgeMax", "Âge maximal : il doit être supérieur ou égal à l'âge minimal.");
        if (s.Sexe is not (null or "" or "M" or "F")) ModelState.AddModelError("Saisie.Sexe", "Public : mixte, filles ou garçons.");
        if (s.Ouverture is { } o && s.Fermeture is { } f && f < o) ModelState.AddModelError("Saisie.Fermeture", "Fermeture : elle précède l'ouverture.");
        if (s.Specialites.Any(x => !RecherchePlaces.Besoins.ContainsKey(x))) ModelState.AddModelError("Saisie.Specialites", "Spécialités : valeur inconnue.");
        if (!ModelState.IsValid) { await ChargerAsync(); return Page(); }

        LieuAccueil? l;
        if (Id is { } id)
        {
            l = await db.Lieux.FirstOrDefaultAsync(x => x.Id == id);
            if (l is null) return NotFound();
            db.Entry(l).Property(x => x.Version).OriginalValue = s.Version;
        }
        else db.Lieux.Add(l = new LieuAccueil());
        l.Type = s.Type!; l.Nom = s.Nom!.Trim(); l.TerritoireId = s.TerritoireId!.Value; l.Capacite = s.Capacite!.Value; l.CapaciteAutorisee = s.CapaciteAutorisee;
        l.AgeMin = s.AgeMin; l.AgeMax = s.AgeMax; l.Sexe = string.IsNullOrEmpty(s.Sexe) ? null : s.Sexe; l.Specialites = s.Specialites.Count == 0 ? null : string.Join(',', s.Specialites);
        l.Adresse = string.IsNullOrWhiteSpace(s.Adresse) ? null : s.Adresse.Trim(); l.Anonyme = s.Anonyme; l.Employeur = string.IsNullOrWhiteSpace(s.Employeur) ? null : s.Employeur.Trim();
        l.DateOuverture = s.Ouverture; l.DateFermeture = s.Fermeture;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Ce lieu a été modifié par quelqu'un d'autre entre-temps : rien n'a été enregistré, rechargez la page.");
            await ChargerAsync();
            return Page();
        }
        TempData["Message"] = "Lieu d'accueil enregistré.";
        return Redirect($"/lieux/{l.Id}");
    }

    private async Task ChargerAsync() =>
        Territoires = await db.Territoires.AsNoTracking().OrderBy(t => t.Libelle).Select(t => new SelectListItem(t.Libelle, t.Id.ToString())).ToListAsync();
}
