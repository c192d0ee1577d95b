using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sillage.Domaine.Schema;

/// <summary>Writes a plan back in the file format (FORMAT.md): the export reads like the import, edits included.</summary>
public static class EcrivainSchema
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Ecrire(PlanLu p) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["departement"] = new { code = p.CodeDepartement, nom = p.NomDepartement },
        ["titre"] = p.Titre,
        ["periode"] = new { debut = p.Debut, fin = p.Fin },
        ["adoption"] = p.Adoption,
        ["sources"] = p.Sources,
        ["gouvernance"] = p.Gouvernance,
        ["axes"] = p.Axes.Select(a => new
        {
            numero = a.Numero, titre = a.Titre, principe = a.Principe,
            objectifs = a.Objectifs.Select(o => new { numero = o.Numero, titre = o.Titre }),
            fiches = a.Fiches.Select(f => new Dictionary<string, object?>
            {
                ["numero"] = f.Numero, ["titre"] = f.Titre, ["objectif"] = f.Objectif,
                ["periode"] = new { debut = f.PeriodeDebut, fin = f.PeriodeFin },
                ["diagnostic"] = f.Diagnostic, ["objectifs_operationnels"] = f.ObjectifsOperationnels,
                ["pilotes"] = f.Pilotes, ["copilotes"] = f.Copilotes, ["parties_prenantes_internes"] = f.PartiesPrenantesInternes,
                ["partenaires"] = f.Partenaires,
                ["actions"] = f.Actions.Select(x => new { numero = x.Numero, titre = x.Titre, details = x.Details }),
                ["calendrier"] = f.Calendrier.Select(c => new { libelle = c.Libelle, periodes = c.Periodes }),
                ["indicateurs"] = f.Indicateurs.Select(Indicateur),
                ["points_vigilance"] = f.PointsVigilance,
            }),
        }),
        ["indicateurs_impact"] = p.IndicateursImpact.Select(Indicateur),
        ["bilan_precedent"] = p.BilanPrecedent.Select(b => new
        {
            axe = b.Axe, fiche = b.Fiche, realisations = b.Realisations, perspectives = b.Perspectives, niveau_atteinte = b.NiveauAtteinte,
        }),
    }, Options);

    private static object Indicateur(IndicateurLu i) => new { libelle = i.Libelle, type = i.Type };
}
