using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Sillage.Web.Infrastructure.Impression;

namespace Sillage.Web.Tests;

public class ImpressionTests
{
    private static ImprimantePdf Imprimante(string? chemin = null) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(chemin is null ? [] : [new("Sillage:Chromium", chemin)]).Build(),
            NullLogger<ImprimantePdf>.Instance);

    [Fact]
    public async Task Un_document_HTML_devient_un_PDF()
    {
        var pdf = await Imprimante().ImprimerAsync("<!DOCTYPE html><html lang=\"fr\"><body><h1>Projet pour l'enfant — été</h1></body></html>");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length > 1000);
    }

    [Fact]
    public async Task Sans_navigateur_le_message_est_en_francais()
    {
        var erreur = await Assert.ThrowsAsync<ImpressionImpossibleException>(() => Imprimante("/nulle/part/chromium").ImprimerAsync("<p>x</p>"));
        Assert.Contains("chromium", erreur.Message);
        Assert.Contains("installez", erreur.Message);
    }
}
