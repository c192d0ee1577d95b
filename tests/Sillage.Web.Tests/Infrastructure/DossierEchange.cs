using System.Text;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>A temporary folder of CSV files written by a test, deleted with it.</summary>
public sealed class DossierEchange : IDisposable
{
    public string Chemin { get; }

    public DossierEchange(params (string Fichier, string Contenu)[] fichiers)
    {
        Chemin = Path.Combine(Path.GetTempPath(), "sillage-echange-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Chemin);
        foreach (var (f, c) in fichiers) Ecrire(f, c);
    }

    public void Ecrire(string fichier, string contenu) =>
        File.WriteAllText(Path.Combine(Chemin, fichier), contenu.ReplaceLineEndings("\n"), new UTF8Encoding(false));

    public void Dispose()
    {
        if (Directory.Exists(Chemin)) Directory.Delete(Chemin, recursive: true);
    }
}
