using Sillage.Domaine.Securite;

namespace Sillage.Domaine.Tests;

public class DocumentationTests
{
    private static string Racine()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Sillage.slnx"))) return d.FullName;
        throw new InvalidOperationException("racine du dépôt introuvable");
    }

    [Fact]
    public void La_matrice_documentee_est_celle_du_code()
    {
        var chemin = Path.Combine(Racine(), "docs", "AUTORISATIONS.md");
        var attendu = DocumentAutorisations.Markdown();
        if (Environment.GetEnvironmentVariable("SILLAGE_REGENERER_DOCS") == "1") File.WriteAllText(chemin, attendu);
        Assert.True(File.Exists(chemin), "docs/AUTORISATIONS.md manque : SILLAGE_REGENERER_DOCS=1 dotnet test tests/Sillage.Domaine.Tests");
        Assert.Equal(attendu, File.ReadAllText(chemin));
    }
}
