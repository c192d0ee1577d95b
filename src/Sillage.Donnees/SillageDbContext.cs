using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;

namespace Sillage.Donnees;

public class SillageDbContext(DbContextOptions<SillageDbContext> options, IUtilisateurCourant? utilisateur = null)
    : IdentityDbContext<Utilisateur>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core data-protection keys (cookies, antiforgery), shared by every instance on the same base.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Territoire> Territoires => Set<Territoire>();
    public DbSet<UtilisateurTerritoire> UtilisateursTerritoires => Set<UtilisateurTerritoire>();
    public DbSet<Departement> Departements => Set<Departement>();
    public DbSet<JetonApi> JetonsApi => Set<JetonApi>();
    public DbSet<Enfant> Enfants => Set<Enfant>();
    public DbSet<EvenementAudit> EvenementsAudit => Set<EvenementAudit>();

    internal IUtilisateurCourant UtilisateurCourant { get; } = utilisateur ?? IUtilisateurCourant.Systeme;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Utilisateur>(e =>
        {
            e.Property(u => u.NomAffiche).HasMaxLength(200);
            e.HasMany(u => u.Territoires).WithOne().HasForeignKey(t => t.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<UtilisateurTerritoire>(e =>
        {
            e.HasKey(t => new { t.UtilisateurId, t.TerritoireId });
            e.HasOne(t => t.Territoire).WithMany().HasForeignKey(t => t.TerritoireId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Territoire>(e =>
        {
            e.Property(t => t.Code).HasMaxLength(40).IsRequired();
            e.HasIndex(t => t.Code).IsUnique();
            e.Property(t => t.Libelle).HasMaxLength(200).IsRequired();
            e.Property(t => t.Version).IsConcurrencyToken();
        });
        builder.Entity<Departement>(e =>
        {
            e.Property(d => d.Nom).HasMaxLength(200).IsRequired();
            e.Property(d => d.CodeInsee).HasMaxLength(3).IsRequired();
            e.Property(d => d.Version).IsConcurrencyToken();
        });
        builder.Entity<JetonApi>(e =>
        {
            e.Property(j => j.Nom).HasMaxLength(100).IsRequired();
            e.Property(j => j.Prefixe).HasMaxLength(20).IsRequired();
            e.Property(j => j.Empreinte).HasMaxLength(64).IsRequired();
            e.HasIndex(j => j.Empreinte).IsUnique();
            e.HasOne(j => j.Utilisateur).WithMany().HasForeignKey(j => j.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Enfant>(e =>
        {
            e.Property(x => x.NumeroDossier).HasMaxLength(40).IsRequired();
            e.HasIndex(x => x.NumeroDossier).IsUnique();
            e.Property(x => x.SourceId).HasMaxLength(100);
            e.HasIndex(x => x.SourceId).IsUnique();
            e.Property(x => x.Nom).HasMaxLength(200).IsRequired();
            e.Property(x => x.Prenoms).HasMaxLength(200).IsRequired();
            e.Property(x => x.Sexe).HasMaxLength(1).IsRequired();
            e.Property(x => x.Famille).HasMaxLength(100);
            e.Property(x => x.NomNaissanceMere).HasMaxLength(200);
            e.Property(x => x.CleRecherche).HasMaxLength(500).IsRequired();
            e.HasIndex(x => x.CleRecherche);
            e.HasIndex(x => x.DateNaissance);
            e.HasIndex(x => x.Famille);
            e.HasOne(x => x.Territoire).WithMany().HasForeignKey(x => x.TerritoireId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<EvenementAudit>(e =>
        {
            e.Property(a => a.Id).ValueGeneratedNever();
            e.Property(a => a.Login).HasMaxLength(256);
            e.Property(a => a.Cible).HasMaxLength(100);
            e.Property(a => a.CibleId).HasMaxLength(100);
            e.Property(a => a.HashPrecedent).HasMaxLength(64).IsRequired();
            e.Property(a => a.Hash).HasMaxLength(64).IsRequired();
            e.HasIndex(a => a.Horodatage);
            e.HasIndex(a => new { a.Cible, a.CibleId });
            e.HasIndex(a => a.UtilisateurId);
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        JournalAudit.EnregistrerEcrituresAsync(this, acceptAllChangesOnSuccess, cancellationToken);

    internal Task<int> SaveChangesSansAuditAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken) =>
        base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
}
