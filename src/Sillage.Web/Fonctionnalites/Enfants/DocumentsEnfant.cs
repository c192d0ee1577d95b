using Microsoft.EntityFrameworkCore;
using Sillage.Domaine;
using Sillage.Domaine.Audit;
using Sillage.Domaine.Securite;
using Sillage.Donnees;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;
using Sillage.Web.Infrastructure;

namespace Sillage.Web.Fonctionnalites.Enfants;

public sealed class SaisieDocument
{
    public string? Titre { get; set; }
    /// <summary>"Type:Id" of a timeline event, or empty for the whole file.</summary>
    public string? Evenement { get; set; }
}

public sealed record FichierTelecharge(string NomFichier, string TypeContenu, byte[] Contenu);

/// <summary>
/// Documents of a child's file: upload (10 MB at most, PDF, images and office formats, checked by
/// extension and by content signature), attached to the file or to one event of its timeline; every
/// download is audited.
/// </summary>
public sealed class DocumentsEnfant(SillageDbContext db, PorteeAcces portee, JournalAudit audit)
{
    public const long TailleMaximale = 10 * 1024 * 1024;
    private static readonly System.Globalization.CultureInfo Francais = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0];
    private static readonly byte[] TiffI = [0x49, 0x49, 0x2A, 0x00];
    private static readonly byte[] TiffM = [0x4D, 0x4D, 0x00, 0x2A];

    /// <summary>Accepted extensions: the content type stored (never the browser's claim) and the signatures the content may start with.</summary>
    public static readonly IReadOnlyDictionary<string, (string Type, byte[][] Signatures)> Formats = new Dictionary<string, (string, byte[][])>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", [Pdf]),
        [".png"] = ("image/png", [Png]),
        [".jpg"] = ("image/jpeg", [Jpeg]),
        [".jpeg"] = ("image/jpeg", [Jpeg]),
        [".tif"] = ("image/tiff", [TiffI, TiffM]),
        [".tiff"] = ("image/tiff", [TiffI, TiffM]),
        [".doc"] = ("application/msword", [Ole]),
        [".xls"] = ("application/vnd.ms-excel", [Ole]),
        [".ppt"] = ("application/vnd.ms-powerpoint", [Ole]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [Zip]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [Zip]),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", [Zip]),
        [".odt"] = ("application/vnd.oasis.opendocument.text", [Zip]),
        [".ods"] = ("application/vnd.oasis.opendocument.spreadsheet", [Zip]),
        [".odp"] = ("application/vnd.oasis.opendocument.presentation", [Zip]),
    };

    public static string ExtensionsAcceptees => string.Join(", ", Formats.Keys);

    /// <summary>null = child not found within the user's territories for editing.</summary>
    public async Task<ResultatEcriture?> DeposerAsync(int enfantId, SaisieDocument s, string? nomFichier, long taille, Stream? contenu, CancellationToken ct = default)
    {
        var visibles = await portee.EnfantsAsync(Permission.ModifierDossierEnfant, ct);
        if (!await visibles.AnyAsync(e => e.Id == enfantId, ct)) return null;
        var erreurs = new List<ErreurValidation>();
        var titre = s.Titre?.Trim();
        if (string.IsNullOrEmpty(titre)) erreurs.Add(new("Titre", "Titre du document : valeur obligatoire."));
        else if (titre.Length > 200) erreurs.Add(new("Titre", "Titre du document : 200 caractères au plus."));

        string? evenementType = null;
        int? evenementId = null;
        if (!string.IsNullOrWhiteSpace(s.Evenement))
        {
            var parties = s.Evenement.Split(':');
            if (parties.Length == 2 && ChronologieEnfant.TypesRattachables.Contains(parties[0]) && int.TryParse(parties[1], out var id)
                && await EvenementExisteAsync(enfantId, parties[0], id, ct))
                (evenementType, evenementId) = (parties[0], id);
            else erreurs.Add(new("Evenement", "Rattachement : cet événement n'appartient pas au dossier de l'enfant."));
        }

        byte[]? octets = null;
        string? typeContenu = null;
        var nom = Path.GetFileName(nomFichier ?? "").Trim();
        if (contenu is null || string.IsNullOrEmpty(nom) || taille == 0)
            erreurs.Add(new("Fichier", "Fichier : choisissez un fichier à déposer (il ne doit pas être vide)."));
        else if (taille > TailleMaximale)
            erreurs.Add(new("Fichier", string.Create(Francais, $"Fichier : {nom} dépasse la taille maximale de 10 Mo ({taille / 1024.0 / 1024.0:0.0} Mo).")));
        else if (!Formats.TryGetValue(Path.GetExtension(nom), out var format))
            erreurs.Add(new("Fichier", $"Fichier : le format de {nom} n'est pas accepté. Formats acceptés : PDF, images (PNG, JPEG, TIFF) et bureautique ({ExtensionsAcceptees})."));
        else if (nom.Length > 255)
            erreurs.Add(new("Fichier", "Fichier : le nom du fichier dépasse 255 caractères."));
        else
        {
            using var memoire = new MemoryStream();
            await contenu.CopyToAsync(memoire, ct);
            octets = memoire.ToArray();
            if (!format.Signatures.Any(sig => octets.AsSpan().StartsWith(sig)))
                erreurs.Add(new("Fichier", $"Fichier : le contenu de {nom} ne correspond pas à son extension ({Path.GetExtension(nom)})."));
            typeContenu = format.Type;
        }
        if (erreurs.Count > 0) return new(erreurs);

        db.Documents.Add(new Document
        {
            EnfantId = enfantId,
            EvenementType = evenementType,
            EvenementId = evenementId,
            Titre = titre!,
            NomFichier = nom,
            TypeContenu = typeContenu!,
            Contenu = octets!,
            DeposeLe = DateTime.UtcNow,
            DeposePar = portee.Utilisateur.Identity?.Name,
        });
        await db.SaveChangesAsync(ct);
        return ResultatEcriture.Ok;
    }

    /// <summary>The file of a document of a child visible to the user (the download is audited); null = not found or out of scope.</summary>
    public async Task<FichierTelecharge?> TelechargerAsync(int enfantId, int documentId, CancellationToken ct = default)
    {
        var visibles = await portee.EnfantsAsync(Permission.LireDossierEnfant, ct);
        var cle = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!await visibles.AnyAsync(e => e.Id == enfantId, ct))
        {
            await audit.EnregistrerAsync(TypeEvenementAudit.AccesRefuse, nameof(Document), cle, new { enfant = enfantId }, ct: ct);
            return null;
        }
        var d = await db.Documents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == documentId && x.EnfantId == enfantId, ct);
        if (d is null) return null;
        await audit.EnregistrerAsync(TypeEvenementAudit.TelechargementDocument, nameof(Document), cle,
            new { enfant = enfantId, fichier = d.NomFichier, titre = d.Titre }, ct: ct);
        return new FichierTelecharge(d.NomFichier, d.TypeContenu, d.Contenu);
    }

    private async Task<bool> EvenementExisteAsync(int enfantId, string type, int id, CancellationToken ct) => type switch
    {
        ChronologieEnfant.Information => await db.InformationsEnfants.AnyAsync(x => x.Id == id && x.EnfantId == enfantId, ct),
        ChronologieEnfant.Mesure => await db.Mesures.AnyAsync(x => x.Id == id && x.EnfantId == enfantId, ct),
        ChronologieEnfant.Sejour => await db.Sejours.AnyAsync(x => x.Id == id && x.EnfantId == enfantId, ct),
        ChronologieEnfant.Ppe => await db.Ppes.AnyAsync(x => x.Id == id && x.EnfantId == enfantId, ct),
        ChronologieEnfant.Rapport => await db.Rapports.AnyAsync(x => x.Id == id && x.EnfantId == enfantId, ct),
        ChronologieEnfant.Entretien => await db.Entretiens.AnyAsync(x => x.Id == id && x.EnfantId == enfantId, ct),
        ChronologieEnfant.Cessec => await db.ExamensCessec.AnyAsync(x => x.Id == id && x.EnfantId == enfantId, ct),
        _ => false,
    };
}
