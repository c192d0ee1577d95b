using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sillage.Donnees.Audit;
using Sillage.Donnees.Entites;

namespace Sillage.Donnees;

public class SillageDbContext(DbContextOptions<SillageDbContext> options)
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
    public DbSet<Population> Populations => Set<Population>();
    public DbSet<LieuAccueil> Lieux => Set<LieuAccueil>();
    public DbSet<Parent> Parents => Set<Parent>();
    public DbSet<InformationEntrante> Informations => Set<InformationEntrante>();
    public DbSet<InformationEnfant> InformationsEnfants => Set<InformationEnfant>();
    public DbSet<Mesure> Mesures => Set<Mesure>();
    public DbSet<Sejour> Sejours => Set<Sejour>();
    public DbSet<ProjetPourEnfant> Ppes => Set<ProjetPourEnfant>();
    public DbSet<RapportSituation> Rapports => Set<RapportSituation>();
    public DbSet<Entretien17Ans> Entretiens => Set<Entretien17Ans>();
    public DbSet<ExamenCessec> ExamensCessec => Set<ExamenCessec>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<AnomalieQualite> AnomaliesQualite => Set<AnomalieQualite>();
    public DbSet<ParametreRegle> ParametresRegles => Set<ParametreRegle>();
    public DbSet<Reservation> Reservations => Set<Reservation>();
    public DbSet<Indisponibilite> Indisponibilites => Set<Indisponibilite>();
    public DbSet<UniteLieu> UnitesLieux => Set<UniteLieu>();
    public DbSet<PlanSchema> PlansSchema => Set<PlanSchema>();
    public DbSet<AxeSchema> AxesSchema => Set<AxeSchema>();
    public DbSet<FicheSchema> FichesSchema => Set<FicheSchema>();
    public DbSet<ActionSchema> ActionsSchema => Set<ActionSchema>();
    public DbSet<NoteSuiviSchema> NotesSuiviSchema => Set<NoteSuiviSchema>();
    public DbSet<IndicateurSchema> IndicateursSchema => Set<IndicateurSchema>();
    public DbSet<ValeurIndicateurSchema> ValeursIndicateursSchema => Set<ValeurIndicateurSchema>();
    public DbSet<PiloteFicheSchema> PilotesFichesSchema => Set<PiloteFicheSchema>();
    public DbSet<VersionFicheSchema> VersionsFichesSchema => Set<VersionFicheSchema>();
    public DbSet<EvaluateurInformation> EvaluateursInformations => Set<EvaluateurInformation>();
    public DbSet<RetourCrip> RetoursCrip => Set<RetourCrip>();
    public DbSet<TransmissionOlinpe> TransmissionsOlinpe => Set<TransmissionOlinpe>();
    public DbSet<PseudonymeOlinpe> PseudonymesOlinpe => Set<PseudonymeOlinpe>();
    public DbSet<ObjectifPpe> ObjectifsPpe => Set<ObjectifPpe>();
    public DbSet<SignaturePpe> SignaturesPpe => Set<SignaturePpe>();
    public DbSet<DestinataireDocument> Destinataires => Set<DestinataireDocument>();
    public DbSet<ProgresObjectif> ProgresObjectifs => Set<ProgresObjectif>();
    public DbSet<SeanceCessec> SeancesCessec => Set<SeanceCessec>();
    public DbSet<MembreCessec> MembresCessec => Set<MembreCessec>();
    public DbSet<SignalementCessec> SignalementsCessec => Set<SignalementCessec>();
    public DbSet<ContactParent> ContactsParents => Set<ContactParent>();
    public DbSet<SolutionSortie> SolutionsSortie => Set<SolutionSortie>();
    public DbSet<DemandeDroit> DemandesDroits => Set<DemandeDroit>();

    /// <summary>Who acts, for the audit journal. Set when the context is handed out: in the web application a context
    /// comes from a pool and serves one request after another (<see cref="ServicesDonnees.AddSillageDonnees"/>).</summary>
    internal IUtilisateurCourant UtilisateurCourant { get; set; } = IUtilisateurCourant.Systeme;

    // Back to the pool without its last user: a context leased straight from the factory (a shared read) acts as the system.
    public override void Dispose()
    {
        UtilisateurCourant = IUtilisateurCourant.Systeme;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        UtilisateurCourant = IUtilisateurCourant.Systeme;
        return base.DisposeAsync();
    }

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
            e.Property(j => j.Portee).HasMaxLength(10).IsRequired().HasDefaultValue(JetonApi.PorteeApi);
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
            e.HasIndex(x => x.ArchiveIntermediaireLe);
            e.HasOne(x => x.Territoire).WithMany().HasForeignKey(x => x.TerritoireId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        ConfigurerDossier(builder);
        ConfigurerSchema(builder);
        ConfigurerCrip(builder);
        ConfigurerOlinpe(builder);
        ConfigurerDroits(builder);

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

    private static void ConfigurerSchema(ModelBuilder builder)
    {
        builder.Entity<PlanSchema>(e =>
        {
            e.Property(x => x.CodeDepartement).HasMaxLength(3).IsRequired();
            e.Property(x => x.NomDepartement).HasMaxLength(200).IsRequired();
            e.Property(x => x.Titre).IsRequired();
            e.Property(x => x.Adoption).HasMaxLength(10);
            e.Property(x => x.NomFichier).HasMaxLength(255);
            e.Property(x => x.EmpreinteFichier).HasMaxLength(64);
            e.Property(x => x.ImportePar).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<AxeSchema>(e =>
        {
            e.HasOne<PlanSchema>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.PlanId, x.Ordre });
        });
        builder.Entity<FicheSchema>(e =>
        {
            e.HasOne<AxeSchema>().WithMany().HasForeignKey(x => x.AxeId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.PlanId, x.Numero }).IsUnique();
            e.Property(x => x.Numero).HasMaxLength(40).IsRequired();
            e.Property(x => x.PeriodeDebut).HasMaxLength(7);
            e.Property(x => x.PeriodeFin).HasMaxLength(7);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<ActionSchema>(e =>
        {
            e.HasOne<FicheSchema>().WithMany().HasForeignKey(x => x.FicheId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.FicheId);
            e.Property(x => x.Numero).HasMaxLength(40).IsRequired();
            e.Property(x => x.Statut).HasMaxLength(20).IsRequired().HasDefaultValue("non_engagee");
            e.Property(x => x.DebutReel).HasMaxLength(7);
            e.Property(x => x.FinReelle).HasMaxLength(7);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<NoteSuiviSchema>(e =>
        {
            e.HasOne<ActionSchema>().WithMany().HasForeignKey(x => x.ActionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ActionId);
            e.Property(x => x.Statut).HasMaxLength(20).IsRequired();
            e.Property(x => x.Texte).HasMaxLength(4000).IsRequired();
            e.Property(x => x.Auteur).HasMaxLength(256).IsRequired();
        });
        builder.Entity<IndicateurSchema>(e =>
        {
            e.HasOne<PlanSchema>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<FicheSchema>().WithMany().HasForeignKey(x => x.FicheId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.PlanId, x.FicheId });
            e.Property(x => x.Type).HasMaxLength(20);
            e.Property(x => x.Cible).HasMaxLength(200);
            e.Property(x => x.CodeObservatoire).HasMaxLength(60);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<ValeurIndicateurSchema>(e =>
        {
            e.HasOne<IndicateurSchema>().WithMany().HasForeignKey(x => x.IndicateurId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.IndicateurId, x.Annee }).IsUnique();
            e.Property(x => x.Valeur).HasPrecision(18, 2);
            e.Property(x => x.Auteur).HasMaxLength(256);
        });
        builder.Entity<PiloteFicheSchema>(e =>
        {
            e.HasKey(x => new { x.FicheId, x.UtilisateurId });
            e.HasOne<FicheSchema>().WithMany().HasForeignKey(x => x.FicheId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Utilisateur>().WithMany().HasForeignKey(x => x.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<VersionFicheSchema>(e =>
        {
            e.HasOne<FicheSchema>().WithMany().HasForeignKey(x => x.FicheId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.FicheId, x.Version });
            e.Property(x => x.Par).HasMaxLength(256);
        });
    }

    private static void ConfigurerCrip(ModelBuilder builder)
    {
        builder.Entity<InformationEntrante>(e =>
        {
            e.Property(x => x.Canal).HasMaxLength(40);
            e.Property(x => x.InformateurIdentite).HasMaxLength(400);
            e.Property(x => x.InformateurQualite).HasMaxLength(200);
            e.Property(x => x.Faits).HasMaxLength(400);
            e.Property(x => x.Recit).HasMaxLength(2000);
            e.Property(x => x.Analyse).HasMaxLength(20);
            e.Property(x => x.MotifAnalyse).HasMaxLength(400);
            e.Property(x => x.RecueillePar).HasMaxLength(256);
            e.Property(x => x.QualifieePar).HasMaxLength(256);
            e.Property(x => x.MotifParentsNonInformes).HasMaxLength(400);
            e.Property(x => x.VisitesDomicile).HasMaxLength(200);
            e.Property(x => x.AccompagnementAnterieur).HasMaxLength(400);
        });
        builder.Entity<InformationEnfant>(e =>
        {
            e.Property(x => x.MotifNonRencontreSeul).HasMaxLength(400);
            e.Property(x => x.Proposition).HasMaxLength(40);
            e.Property(x => x.ConclusionEvaluateurs).HasMaxLength(2000);
            e.Property(x => x.DecidePar).HasMaxLength(256);
            e.Property(x => x.FondementSaisine).HasMaxLength(20);
            e.Property(x => x.ActionsPrecedentes).HasMaxLength(1000);
            e.Property(x => x.MotifDecision).HasMaxLength(1000);
            e.HasOne<Mesure>().WithMany().HasForeignKey(x => x.MesureId).OnDelete(DeleteBehavior.SetNull);
        });
        builder.Entity<EvaluateurInformation>(e =>
        {
            e.HasOne(x => x.Information).WithMany().HasForeignKey(x => x.InformationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Utilisateur).WithMany().HasForeignKey(x => x.UtilisateurId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.InformationId, x.UtilisateurId }).IsUnique();
            e.HasIndex(x => x.UtilisateurId);
        });
        builder.Entity<RetourCrip>(e =>
        {
            e.HasOne(x => x.Information).WithMany().HasForeignKey(x => x.InformationId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Type).HasMaxLength(40).IsRequired();
            e.Property(x => x.FaitePar).HasMaxLength(256);
            e.HasIndex(x => x.InformationId);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    }

    private static void ConfigurerDossier(ModelBuilder builder)
    {
        builder.Entity<Enfant>(e =>
        {
            e.HasOne(x => x.Referent).WithMany().HasForeignKey(x => x.ReferentId).OnDelete(DeleteBehavior.SetNull);
            e.Property(x => x.StatutJuridique).HasMaxLength(200);
            e.HasIndex(x => x.FusionneDansId);
        });
        builder.Entity<Population>(e =>
        {
            e.HasOne(x => x.Territoire).WithMany().HasForeignKey(x => x.TerritoireId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.Annee, x.TerritoireId, x.Age }).IsUnique();
        });
        builder.Entity<LieuAccueil>(e =>
        {
            e.Property(x => x.SourceId).HasMaxLength(100);
            e.HasIndex(x => x.SourceId).IsUnique();
            e.Property(x => x.Type).HasMaxLength(40).IsRequired();
            e.Property(x => x.Nom).HasMaxLength(200).IsRequired();
            e.HasOne(x => x.Territoire).WithMany().HasForeignKey(x => x.TerritoireId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.Sexe).HasMaxLength(1);
            e.Property(x => x.Adresse).HasMaxLength(400);
            e.Property(x => x.Employeur).HasMaxLength(200);
            e.Property(x => x.Specialites).HasMaxLength(200);
            // Bulk imports write only the columns of the interchange format: the others have store defaults.
            e.Property(x => x.Anonyme).HasDefaultValue(false);
        });
        builder.Entity<Reservation>(e =>
        {
            e.HasOne(x => x.Lieu).WithMany().HasForeignKey(x => x.LieuId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Enfant).WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Statut).HasMaxLength(10).IsRequired();
            e.Property(x => x.MotifRefus).HasMaxLength(400);
            e.Property(x => x.CreeePar).HasMaxLength(256);
            e.HasIndex(x => new { x.LieuId, x.Statut });
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<UniteLieu>(e =>
        {
            e.HasOne<LieuAccueil>().WithMany().HasForeignKey(x => x.LieuId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Nom).HasMaxLength(200).IsRequired();
            e.Property(x => x.Sexe).HasMaxLength(1);
            e.HasIndex(x => x.LieuId);
        });
        builder.Entity<Indisponibilite>(e =>
        {
            e.HasOne<LieuAccueil>().WithMany().HasForeignKey(x => x.LieuId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Motif).HasMaxLength(400).IsRequired();
            e.HasIndex(x => x.LieuId);
        });
        builder.Entity<Parent>(e =>
        {
            e.Property(x => x.Lien).HasMaxLength(20).IsRequired();
            e.Property(x => x.Nom).HasMaxLength(200).IsRequired();
            e.Property(x => x.Prenoms).HasMaxLength(200).IsRequired();
            e.Property(x => x.Adresse).HasMaxLength(400);
            e.Property(x => x.Telephone).HasMaxLength(40);
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<InformationEntrante>(e =>
        {
            e.Property(x => x.SourceId).HasMaxLength(100);
            e.HasIndex(x => x.SourceId).IsUnique();
            e.Property(x => x.Origine).HasMaxLength(40).IsRequired();
            e.Property(x => x.Qualification).HasMaxLength(20).IsRequired();
            e.HasIndex(x => x.DateReception);
            e.HasMany(x => x.Enfants).WithOne(x => x.Information).HasForeignKey(x => x.InformationId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<InformationEnfant>(e =>
        {
            e.HasIndex(x => new { x.InformationId, x.EnfantId }).IsUnique();
            e.HasIndex(x => x.EnfantId);
            e.Property(x => x.Conclusion).HasMaxLength(40);
            e.HasOne(x => x.Enfant).WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<Mesure>(e =>
        {
            e.Property(x => x.SourceId).HasMaxLength(100);
            e.HasIndex(x => x.SourceId).IsUnique();
            e.Property(x => x.Type).HasMaxLength(40).IsRequired();
            e.Property(x => x.MotifFin).HasMaxLength(20);
            e.Property(x => x.MotifProlongation).HasMaxLength(400);
            e.Property(x => x.Autorite).HasMaxLength(20);
            e.Property(x => x.ServiceExecutant).HasMaxLength(200);
            e.HasIndex(x => x.DateDecision);
            e.HasOne(x => x.Enfant).WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Renouvelle).WithMany().HasForeignKey(x => x.RenouvelleId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.EnfantId);
            e.HasIndex(x => new { x.DateDebut, x.DateFin });
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<Sejour>(e =>
        {
            e.Property(x => x.SourceId).HasMaxLength(100);
            e.HasIndex(x => x.SourceId).IsUnique();
            e.Property(x => x.Mode).HasMaxLength(20).IsRequired();
            e.Property(x => x.Motif).HasMaxLength(400);
            e.HasOne(x => x.Enfant).WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Mesure).WithMany().HasForeignKey(x => x.MesureId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Lieu).WithMany().HasForeignKey(x => x.LieuId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.EnfantId);
            e.HasIndex(x => new { x.LieuId, x.DateDebut, x.DateFin });
            // The séjours active on a day (occupation of the lieux): those not ended, or ended on or after that day — a few
            // percent of the history, reached without reading the others.
            e.HasIndex(x => new { x.DateFin, x.DateDebut, x.LieuId });
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<ProjetPourEnfant>(e =>
        {
            e.Property(x => x.SourceId).HasMaxLength(100);
            e.HasIndex(x => x.SourceId).IsUnique();
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.EnfantId);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<RapportSituation>(e =>
        {
            e.Property(x => x.SourceId).HasMaxLength(100);
            e.HasIndex(x => x.SourceId).IsUnique();
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.EnfantId);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        builder.Entity<Entretien17Ans>(e =>
        {
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.EnfantId, x.Date }).IsUnique();
        });
        builder.Entity<ExamenCessec>(e =>
        {
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.EnfantId, x.DateExamen }).IsUnique();
        });
        builder.Entity<Document>(e =>
        {
            e.Property(x => x.EvenementType).HasMaxLength(40);
            e.Property(x => x.Titre).HasMaxLength(200).IsRequired();
            e.Property(x => x.NomFichier).HasMaxLength(255).IsRequired();
            e.Property(x => x.TypeContenu).HasMaxLength(100).IsRequired();
            e.Property(x => x.DeposePar).HasMaxLength(256);
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.EnfantId);
        });
        builder.Entity<ParametreRegle>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(60);
            e.Property(x => x.ModifiePar).HasMaxLength(256);
        });
        builder.Entity<AnomalieQualite>(e =>
        {
            e.Property(x => x.Fichier).HasMaxLength(100).IsRequired();
            e.Property(x => x.SourceId).HasMaxLength(100);
            e.Property(x => x.Regle).HasMaxLength(60).IsRequired();
            e.Property(x => x.Message).HasMaxLength(1000).IsRequired();
            e.HasIndex(x => x.EnfantId);
        });
        ConfigurerParcours(builder);
    }

    /// <summary>PPE content and versions, rapports, CESSEC, accès à l'autonomie, relations parents-enfant.</summary>
    private static void ConfigurerParcours(ModelBuilder builder)
    {
        const int Texte = 4000;
        builder.Entity<ProjetPourEnfant>(e =>
        {
            e.Property(x => x.Numero).HasDefaultValue(1);
            e.Property(x => x.RedigePar).HasMaxLength(256);
            e.Property(x => x.PersonneConfiance).HasMaxLength(400);
            foreach (var p in new[] { nameof(ProjetPourEnfant.BesoinsEnfant), nameof(ProjetPourEnfant.BilanSante), nameof(ProjetPourEnfant.ProjetAutonomie), nameof(ProjetPourEnfant.ParoleEnfant), nameof(ProjetPourEnfant.ParoleParents) })
                e.Property(p).HasMaxLength(Texte);
            e.HasOne<ProjetPourEnfant>().WithMany().HasForeignKey(x => x.PrecedentId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Objectifs).WithOne().HasForeignKey(x => x.PpeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Signatures).WithOne().HasForeignKey(x => x.PpeId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ObjectifPpe>(e =>
        {
            e.Property(x => x.Domaine).HasMaxLength(20).IsRequired();
            e.Property(x => x.Objectif).HasMaxLength(1000).IsRequired();
            e.Property(x => x.Actions).HasMaxLength(Texte);
            e.Property(x => x.Qui).HasMaxLength(400);
            e.Property(x => x.Quand).HasMaxLength(200);
        });
        builder.Entity<SignaturePpe>(e =>
        {
            e.Property(x => x.Qualite).HasMaxLength(20).IsRequired();
            e.Property(x => x.Nom).HasMaxLength(400).IsRequired();
            e.HasOne<Parent>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.SetNull);
        });
        builder.Entity<DestinataireDocument>(e =>
        {
            e.Property(x => x.Document).HasMaxLength(20).IsRequired();
            e.Property(x => x.Destinataire).HasMaxLength(400).IsRequired();
            e.Property(x => x.EnregistrePar).HasMaxLength(256);
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.Document, x.DocumentId });
        });
        builder.Entity<RapportSituation>(e =>
        {
            e.Property(x => x.SaisineCessec).HasDefaultValue(false);
            foreach (var p in new[] { nameof(RapportSituation.Sante), nameof(RapportSituation.Relations), nameof(RapportSituation.Scolarite), nameof(RapportSituation.Observations) })
                e.Property(p).HasMaxLength(Texte);
            e.Property(x => x.Conclusion).HasMaxLength(20);
            e.Property(x => x.StatutPropose).HasMaxLength(400);
            e.HasOne<ProjetPourEnfant>().WithMany().HasForeignKey(x => x.PpeId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Progres).WithOne().HasForeignKey(x => x.RapportId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ProgresObjectif>(e =>
        {
            e.Property(x => x.Avancement).HasMaxLength(20).IsRequired();
            e.Property(x => x.Commentaire).HasMaxLength(1000);
            e.HasOne<ObjectifPpe>().WithMany().HasForeignKey(x => x.ObjectifId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Entretien17Ans>(e => e.Property(x => x.Synthese).HasMaxLength(Texte));
        builder.Entity<ExamenCessec>(e =>
        {
            e.Property(x => x.Avis).HasMaxLength(20);
            e.Property(x => x.Motivation).HasMaxLength(Texte);
            e.HasOne<SeanceCessec>().WithMany().HasForeignKey(x => x.SeanceId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<SeanceCessec>(e =>
        {
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.Membres).WithOne().HasForeignKey(x => x.SeanceId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<MembreCessec>(e =>
        {
            e.Property(x => x.Nom).HasMaxLength(200).IsRequired();
            e.Property(x => x.Role).HasMaxLength(20).IsRequired();
        });
        builder.Entity<SignalementCessec>(e =>
        {
            e.Property(x => x.Raison).HasMaxLength(1000).IsRequired();
            e.Property(x => x.SignalePar).HasMaxLength(256);
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.EnfantId);
        });
        builder.Entity<ContactParent>(e =>
        {
            e.Property(x => x.Type).HasMaxLength(20).IsRequired();
            e.Property(x => x.Commentaire).HasMaxLength(1000);
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Parent>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(x => new { x.EnfantId, x.Date });
        });
        builder.Entity<SolutionSortie>(e =>
        {
            e.Property(x => x.Type).HasMaxLength(20).IsRequired();
            e.Property(x => x.Commentaire).HasMaxLength(1000);
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.EnfantId);
        });
    }

    private static void ConfigurerOlinpe(ModelBuilder builder)
    {
        builder.Entity<TransmissionOlinpe>(e =>
        {
            e.Property(x => x.ProduitePar).HasMaxLength(256).IsRequired();
            e.Property(x => x.Format).HasMaxLength(10).IsRequired();
            e.Property(x => x.Empreinte).HasMaxLength(64).IsRequired();
            e.Property(x => x.VersionTable).HasMaxLength(60).IsRequired();
            e.HasIndex(x => x.Annee);
        });
        builder.Entity<PseudonymeOlinpe>(e =>
        {
            e.Property(x => x.Pseudonyme).HasMaxLength(40).IsRequired();
            e.HasOne<Enfant>().WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.EnfantId, x.Pseudonyme }).IsUnique();
        });
    }

    private static void ConfigurerDroits(ModelBuilder builder)
    {
        builder.Entity<DemandeDroit>(e =>
        {
            e.Property(x => x.Type).HasMaxLength(20).IsRequired();
            e.Property(x => x.DemandeurNom).HasMaxLength(200).IsRequired();
            e.Property(x => x.DemandeurQualite).HasMaxLength(30).IsRequired();
            e.Property(x => x.Statut).HasMaxLength(20).IsRequired().HasDefaultValue("RECUE");
            e.Property(x => x.MotifProlongation).HasMaxLength(1000);
            e.Property(x => x.MotifRefus).HasMaxLength(1000);
            e.Property(x => x.Notes).HasMaxLength(4000);
            e.Property(x => x.EnregistreePar).HasMaxLength(256);
            e.HasOne(x => x.Enfant).WithMany().HasForeignKey(x => x.EnfantId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(x => x.Echeance);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        JournalAudit.EnregistrerEcrituresAsync(this, acceptAllChangesOnSuccess, cancellationToken);

    internal Task<int> SaveChangesSansAuditAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken) =>
        base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
}
