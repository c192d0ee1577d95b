using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Sillage.Web.Infrastructure.Impression;

/// <summary>
/// Turns a Razor partial (the document's body, also shown on screen) into a self-contained
/// HTML document with the print style sheet inlined, then into a PDF.
/// Usage in a page handler: <c>return await documents.PdfAsync(HttpContext, "/Fonctionnalites/X/_Document.cshtml", modele, "Titre", "fichier.pdf");</c>
/// </summary>
public sealed class DocumentImprimable(
    IRazorViewEngine moteur, ITempDataProvider tempData, IWebHostEnvironment environnement, ImprimantePdf imprimante)
{
    public async Task<string> RendreAsync(HttpContext http, string vuePartielle, object modele)
    {
        var contexte = new ActionContext(http, http.GetRouteData(), new ActionDescriptor());
        var resultat = moteur.GetView(executingFilePath: null, viewPath: vuePartielle, isMainPage: false);
        if (!resultat.Success)
            throw new InvalidOperationException($"Vue d'impression introuvable : {vuePartielle}");
        await using var ecrivain = new StringWriter();
        var donnees = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = modele };
        var vue = new ViewContext(contexte, resultat.View, donnees, new TempDataDictionary(http, tempData), ecrivain, new HtmlHelperOptions());
        await resultat.View.RenderAsync(vue);
        return ecrivain.ToString();
    }

    /// <summary>The full printable HTML (A4, French, print CSS inlined, no script).</summary>
    public async Task<string> HtmlAsync(HttpContext http, string vuePartielle, object modele, string titre)
    {
        var corps = await RendreAsync(http, vuePartielle, modele);
        var feuille = environnement.WebRootFileProvider.GetFileInfo("css/impression.css");
        string css;
        await using (var flux = feuille.CreateReadStream())
        using (var lecteur = new StreamReader(flux))
            css = await lecteur.ReadToEndAsync();
        return $"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'none'; connect-src 'none'"><title>{WebUtility.HtmlEncode(titre)}</title>
            <style>{css}</style></head>
            <body class="document-imprime">{corps}</body></html>
            """;
    }

    public async Task<IActionResult> PdfAsync(HttpContext http, string vuePartielle, object modele, string titre, string nomFichier)
    {
        var html = await HtmlAsync(http, vuePartielle, modele, titre);
        var pdf = await imprimante.ImprimerAsync(html, http.RequestAborted);
        return new FileContentResult(pdf, "application/pdf") { FileDownloadName = nomFichier };
    }
}
