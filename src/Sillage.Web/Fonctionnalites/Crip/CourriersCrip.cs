using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Crip;
using Sillage.Donnees;

namespace Sillage.Web.Fonctionnalites.Crip;

/// <summary>A printable French letter (shown on screen, printed to PDF by <c>DocumentImprimable</c>).</summary>
public sealed record CourrierCrip(string Departement, DateOnly Date, string Reference, IReadOnlyList<string> Destinataires, string Objet, IReadOnlyList<string> Paragraphes);

/// <summary>
/// The letters of the CRIP's feedback tasks, from fixed templates. The letter to the family is built from the
/// children and the decisions only: the reporter's identity is never read for it (CASF L226-2-1; REGLES.md).
/// </summary>
public static class CourriersCrip
{
    public static async Task<CourrierCrip> ConstruireAsync(SillageDbContext db, VueInformation v, string type, string departement, DateOnly date)
    {
        var enfants = string.Join(", ", v.Enfants.Select(e => $"{e.Enfant.Prenoms} {e.Enfant.Nom}"));
        var suites = v.Enfants.Where(e => e.Ligne.Conclusion is not null)
            .Select(e => $"{e.Enfant.Prenoms} {e.Enfant.Nom} : {ReglesCrip.Suites.GetValueOrDefault(e.Ligne.Conclusion!, e.Ligne.Conclusion!)}.").ToList();
        var reference = $"Réf. {v.Numero}";
        switch (type)
        {
            case ReglesCrip.RetourParents:
                var ids = v.Enfants.Select(e => e.Enfant.Id).ToList();
                var parents = await db.Parents.AsNoTracking().Where(p => ids.Contains(p.EnfantId) && p.AutoriteParentale)
                    .Select(p => new { p.Prenoms, p.Nom, p.Adresse }).Distinct().ToListAsync();
                return new(departement, date, reference,
                    parents.Count == 0 ? [$"Aux parents de {enfants}"] : parents.Select(p => $"{p.Prenoms} {p.Nom}{(p.Adresse is null ? "" : ", " + p.Adresse)}").ToList(),
                    "Information sur la situation de vos enfants",
                    [
                        "Madame, Monsieur,",
                        $"La cellule de recueil des informations préoccupantes (CRIP) du département a reçu le {v.Info.DateReception:dd/MM/yyyy} une information concernant {enfants}. "
                        + "Conformément à l'article L226-2-1 du code de l'action sociale et des familles, nous vous informons de la suite qui lui a été donnée après évaluation.",
                        .. suites,
                        "Vous pouvez demander à consulter les éléments du dossier qui vous concernent et être reçus par le service pour en parler.",
                        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
                    ]);
            case ReglesCrip.RetourProfessionnel:
                return new(departement, date, reference, [v.Info.InformateurIdentite ?? "À l'informateur"], "Suites données à votre information préoccupante",
                [
                    "Madame, Monsieur,",
                    $"Vous avez transmis le {v.Info.DateReception:dd/MM/yyyy} une information préoccupante. En application de l'article L226-5 du code de l'action sociale et des familles, nous vous informons des suites qui lui ont été données :",
                    .. (suites.Count > 0 ? suites : [$"l'information a été analysée : {ReglesCrip.Analyses.GetValueOrDefault(v.Info.Analyse ?? "", "en cours d'analyse")}."]),
                    "Nous vous remercions de votre vigilance.",
                ]);
            default:
                return new(departement, date, reference, [v.Info.InformateurIdentite ?? "À l'informateur"], "Réponse à votre demande",
                [
                    "Madame, Monsieur,",
                    $"Vous nous avez transmis le {v.Info.DateReception:dd/MM/yyyy} une information concernant un ou plusieurs enfants et avez demandé à être informé(e) de sa prise en compte.",
                    "Nous vous confirmons que votre information a été reçue et traitée par la cellule de recueil des informations préoccupantes (CASF L226-5). "
                    + "Le secret professionnel ne nous permet pas de vous en dire davantage.",
                    "Nous vous remercions de votre vigilance.",
                ]);
        }
    }
}
