using Microsoft.EntityFrameworkCore.Design;

namespace Sillage.Donnees.Sqlite;

/// <summary>Used only by <c>dotnet ef migrations add</c> for the SQLite migrations set.</summary>
public sealed class FabriqueConception : IDesignTimeDbContextFactory<SillageDbContext>
{
    public SillageDbContext CreateDbContext(string[] args) =>
        ServicesDonnees.CreerContexte(new BaseDeDonnees(Fournisseur.Sqlite, "Data Source=conception.db"));
}
