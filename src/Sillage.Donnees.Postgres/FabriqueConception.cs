using Microsoft.EntityFrameworkCore.Design;

namespace Sillage.Donnees.Postgres;

/// <summary>Used only by <c>dotnet ef migrations add</c> for the PostgreSQL migrations set.</summary>
public sealed class FabriqueConception : IDesignTimeDbContextFactory<SillageDbContext>
{
    public SillageDbContext CreateDbContext(string[] args) =>
        ServicesDonnees.CreerContexte(new BaseDeDonnees(Fournisseur.Postgres, "Host=127.0.0.1;Database=conception"));
}
