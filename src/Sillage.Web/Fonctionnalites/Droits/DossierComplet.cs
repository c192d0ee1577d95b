using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Echange;
using Sillage.Domaine.Mesures;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Fonctionnalites.Enfants;
using Sillage.Web.Infrastructure.Impression;

namespace Sillage.Web.Fonctionnalites.Droits;

public sealed record InformationDossier(DateOnly Reception, string Origine, string Qualification, string? Faits, string? Recit,
    string? Conclusion, DateOnly? Decision, string? MotifDecision);

/// <summary>
/// The whole file of a person for an access request (RGPD art. 15, CASF L223-7 for a former child in care): identity,
/// parents, measures, séjours, PPE, rapports, informations (without the reporter's identity) and chronology. The names of
/// third parties are wrapped in a visible « [à occulter : tiers] » marker so that the DPO reviews them before sending;
/// the reporter's identity is removed outright (CASF L226-2-2), even from free text.
/// </summary>
public sealed class VueDossierComplet(DemandeDroit demande, Enfant enfant, DateOnly au, IEnumerable<string> tiers, IEnumerable<string> retires)
{
    public const string Marque = "[à occulter : tiers]";
    public const string Retire = "[identité de l'informateur retirée]";
    public DemandeDroit Demande { get; } = demande;
    public Enfant Enfant { get; } = enfant;
    public DateOnly Au { get; } = au;
    public string Territoire { get; init; } = "";
    public string? Referent { get; init; }
    public bool Majeur => Enfant.DateNaissance.AddYears(18) <= Au;
    public IReadOnlyList<Parent> Parents { get; init; } = [];
    public IReadOnlyList<string> Fratrie { get; init; } = [];
    public IReadOnlyList<Mesure> Mesures { get; init; } = [];
    public IReadOnlyList<Sejour> Sejours { get; init; } = [];
    public IReadOnlyList<ProjetPourEnfant> Ppes { get; init; } = [];
    public IReadOnlyList<RapportSituation> Rapports { get; init; } = [];
    public IReadOnlyList<InformationDossier> Informations { get; init; } = [];
    public IReadOnlyList<Document> Documents { get; init; } = [];
    public Chronologie? Chronologie { get; init; }

    private readonly Regex? tiersRegex = Motif(tiers);
    private readonly Regex? retiresRegex = Motif(retires);

    private static Regex? Motif(IEnumerable<string> noms)
    {
        var l = noms.Where(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length >= 2).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        return l.Count == 0 ? null : new Regex(@"(?<![\p{L}])(" + string.Join("|", l) + @")(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>A text of the file, HTML-encoded, with each third party's name marked and the reporter's identity removed.</summary>
    public IHtmlContent M(string? texte)
    {
        if (string.IsNullOrEmpty(texte)) return new HtmlString("—");
        if (retiresRegex is not null) texte = retiresRegex.Replace(texte, Retire);
        if (tiersRegex is null) return new HtmlString(WebUtility.HtmlEncode(texte));
        var sortie = new StringBuilder();
        var debut = 0;
        foreach (Match m in tiersRegex.Matches(texte))
        {
            sortie.Append(WebUtility.HtmlEncode(texte[debut..m.Index])).Append(Tiers(WebUtility.HtmlEncode(m.Value)));
            debut = m.Index + m.Length;
        }
        return new HtmlString(sortie.Append(WebUtility.HtmlEncode(texte[debut..])).ToString());
    }

    /// <summary>A name that is wholly a third party's.</summary>
    public static IHtmlContent T(string? nom) => string.IsNullOrWhiteSpace(nom) ? new HtmlString("—") : new HtmlString(Tiers(WebUtility.HtmlEncode(nom)));

    private static string Tiers(string html) => $"<mark class=\"a-occulter\">{WebUtility.HtmlEncode(Marque)} {html}</mark>";
}

/// <summary>Builds the complete file and the ZIP sent to the person (dossier.pdf, documents/, LISEZMOI.txt); the export is audited (4512).</summary>
public sealed class ExportDossierComplet(SillageDbContext db, ChronologieEnfant chronologie, DocumentImprimable documents, JournalAudit audit)
{
    public const string Vue = "/Fonctionnalites/Droits/_DocumentDossierComplet.cshtml";

    public async Task<VueDossierComplet?> ConstruireAsync(DemandeDroit d, CancellationToken ct = default)
    {
        if (d.EnfantId is not { } id) return null;
        var enfant = await db.Enfants.AsNoTracking().Include(e => e.Territoire).Include(e => e.Referent).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enfant is null) return null;
        var au = ServiceDroits.Aujourdhui;
        var parents = await db.Parents.AsNoTracking().Where(p => p.EnfantId == id).OrderBy(p => p.Lien).ThenBy(p => p.Id).ToListAsync(ct);
        var fratrie = string.IsNullOrEmpty(enfant.Famille) ? [] : await db.Enfants.AsNoTracking()
            .Where(e => e.Famille == enfant.Famille && e.Id != id && e.FusionneDansId == null).OrderBy(e => e.DateNaissance)
            .Select(e => e.Prenoms + " " + e.Nom).ToListAsync(ct);
        var sejours = await db.Sejours.AsNoTracking().Include(s => s.Lieu).Where(s => s.EnfantId == id).OrderBy(s => s.DateDebut).ToListAsync(ct);
        var ppes = await db.Ppes.AsNoTracking().Include(p => p.Objectifs).Include(p => p.Signatures).Where(p => p.EnfantId == id).OrderBy(p => p.Numero).ToListAsync(ct);
        var rapports = await db.Rapports.AsNoTracking().Where(r => r.EnfantId == id).OrderBy(r => r.Date).ToListAsync(ct);
        var infos = await db.InformationsEnfants.AsNoTracking().Include(i => i.Information).Where(i => i.EnfantId == id).ToListAsync(ct);
        var docs = await db.Documents.AsNoTracking().Where(x => x.EnfantId == id).OrderBy(x => x.DeposeLe).ThenBy(x => x.Id).ToListAsync(ct);

        // Who is a third party depends on who asks: the parents are third parties for the child (or former child) but
        // not the parent who asks; siblings, professionals, foster carers and the people they name always are.
        var demandeurParent = d.DemandeurQualite is "PARENT_AUTORITE" or "REPRESENTANT_LEGAL";
        bool EstDemandeur(Parent p) => demandeurParent && d.DemandeurNom.Contains(p.Nom, StringComparison.OrdinalIgnoreCase);
        var tiers = new List<string>();
        foreach (var p in parents.Where(p => !EstDemandeur(p))) tiers.AddRange([$"{p.Prenoms} {p.Nom}", p.Nom, p.Adresse ?? "", p.Telephone ?? ""]);
        tiers.AddRange(fratrie);
        if (enfant.Referent is { } r) tiers.AddRange([r.NomAffiche, r.UserName ?? ""]);
        tiers.AddRange(sejours.Where(s => s.Lieu?.Type == "ASSISTANT_FAMILIAL").Select(s => s.Lieu!.Nom));
        tiers.AddRange(ppes.SelectMany(p => new[] { p.RedigePar ?? "", p.PersonneConfiance ?? "" }.Concat(p.Signatures.Where(s => s.ParentId is null || parents.All(x => x.Id != s.ParentId || !EstDemandeur(x))).Select(s => s.Nom))));
        tiers.AddRange(docs.Select(x => x.DeposePar ?? ""));
        tiers.AddRange(infos.Select(i => i.Information!).SelectMany(i => new[] { i.RecueillePar ?? "", i.QualifieePar ?? "" }));
        tiers.AddRange(infos.Select(i => i.DecidePar ?? ""));
        // The reporter's identity never leaves: removed wherever it appears, even inside a récit.
        var retires = infos.Select(i => i.Information!).SelectMany(i => new[] { i.InformateurIdentite ?? "" }).ToList();
        // The person's own names are never a third party's (a parent sharing the child's surname is marked by full name only).
        tiers.RemoveAll(t => string.Equals(t.Trim(), enfant.Nom, StringComparison.OrdinalIgnoreCase)
            || d.DemandeurNom.Contains(t.Trim(), StringComparison.OrdinalIgnoreCase));

        return new VueDossierComplet(d, enfant, au, tiers, retires)
        {
            Territoire = enfant.Territoire?.Libelle ?? "",
            Referent = enfant.Referent?.NomAffiche,
            Parents = parents,
            Fratrie = fratrie,
            Mesures = await db.Mesures.AsNoTracking().Where(m => m.EnfantId == id).OrderBy(m => m.DateDecision).ThenBy(m => m.Id).ToListAsync(ct),
            Sejours = sejours,
            Ppes = ppes,
            Rapports = rapports,
            Informations = infos.OrderBy(i => i.Information!.DateReception).Select(i => new InformationDossier(i.Information!.DateReception,
                Textes.Libelle(Codes.Origines, i.Information.Origine), Textes.Libelle(Codes.Qualifications, i.Information.Qualification),
                i.Information.Faits, i.Information.Recit, i.Conclusion is null ? null : Textes.Libelle(Codes.Conclusions, i.Conclusion), i.DateDecision, i.MotifDecision)).ToList(),
            Documents = docs,
            Chronologie = await chronologie.ConstruireAsync(id, au, recentsDabord: false, ct),
        };
    }

    /// <summary>The ZIP of an access request: dossier.pdf, the attached documents under documents/, LISEZMOI.txt. Null = not an access request or no file.</summary>
    public async Task<byte[]?> ZipAsync(HttpContext http, DemandeDroit d, CancellationToken ct = default)
    {
        if (d.Type != nameof(Domaine.Droits.TypeDroit.Acces)) return null;
        var vue = await ConstruireAsync(d, ct);
        if (vue is null) return null;
        var html = await documents.HtmlAsync(http, Vue, vue, $"Dossier {vue.Enfant.NumeroDossier}");
        var pdf = await http.RequestServices.GetRequiredService<ImprimantePdf>().ImprimerAsync(html, ct);
        using var flux = new MemoryStream();
        using (var zip = new ZipArchive(flux, ZipArchiveMode.Create, leaveOpen: true))
        {
            Ajouter(zip, "dossier.pdf", pdf);
            var noms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var doc in vue.Documents)
            {
                var nom = $"documents/{doc.Id}-{Nettoyer(doc.NomFichier)}";
                if (noms.Add(nom)) Ajouter(zip, nom, doc.Contenu);
            }
            Ajouter(zip, "LISEZMOI.txt", Encoding.UTF8.GetBytes(Lisezmoi(vue)));
        }
        await audit.EnregistrerAsync(TypeEvenementAudit.ExportDossierComplet, nameof(DemandeDroit), d.Id.ToString(),
            new { enfantId = vue.Enfant.Id, documents = vue.Documents.Count, octetsPdf = pdf.Length }, ct: ct);
        return flux.ToArray();
    }

    private static void Ajouter(ZipArchive zip, string nom, byte[] contenu)
    {
        using var s = zip.CreateEntry(nom, CompressionLevel.Optimal).Open();
        s.Write(contenu);
    }

    private static string Nettoyer(string nom)
    {
        var n = Regex.Replace(Path.GetFileName(nom), @"[^\p{L}\p{N}._-]+", "_");
        return n.Length == 0 ? "document" : n.Length > 100 ? n[^100..] : n;
    }

    private static string Lisezmoi(VueDossierComplet v) => $"""
        Dossier complet — demande d'accès n° {v.Demande.Id}
        Dossier {v.Enfant.NumeroDossier}, exporté le {v.Au:dd/MM/yyyy} ; demande reçue le {v.Demande.DateReception:dd/MM/yyyy}, réponse due au plus tard le {v.Demande.Echeance:dd/MM/yyyy}.

        Contenu :
        - dossier.pdf : identité, parents, mesures, séjours et lieux, projets pour l'enfant, rapports, informations préoccupantes et chronologie ;
        - documents/ : les {v.Documents.Count} document(s) joints au dossier, tels qu'ils ont été déposés.

        AVANT L'ENVOI (délégué à la protection des données) :
        - dans dossier.pdf, chaque mention d'un tiers est signalée par « {VueDossierComplet.Marque} » : occultez-la, ou conservez-la si la personne y a droit ;
        - l'identité de l'auteur d'une information préoccupante n'est jamais communiquée (CASF L226-2-2) : elle a été retirée ;
        - les documents joints ne sont PAS marqués : relisez-les un par un et occultez les mentions de tiers ;
        - l'export est inscrit au journal d'audit.
        """;
}
