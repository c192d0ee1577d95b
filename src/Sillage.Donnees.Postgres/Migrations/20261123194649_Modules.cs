using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sillage.Donnees.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Modules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Conclusion",
                table: "Rapports",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Observations",
                table: "Rapports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PpeId",
                table: "Rapports",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Relations",
                table: "Rapports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SaisineCessec",
                table: "Rapports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Sante",
                table: "Rapports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scolarite",
                table: "Rapports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatutPropose",
                table: "Rapports",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BesoinsEnfant",
                table: "Ppes",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BilanSante",
                table: "Ppes",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateBilanSante",
                table: "Ppes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateRedaction",
                table: "Ppes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Numero",
                table: "Ppes",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "ParoleEnfant",
                table: "Ppes",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParoleParents",
                table: "Ppes",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonneConfiance",
                table: "Ppes",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PrecedentId",
                table: "Ppes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProjetAutonomie",
                table: "Ppes",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RedigePar",
                table: "Ppes",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActionsPrecedentes",
                table: "InformationsEnfants",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConclusionEvaluateurs",
                table: "InformationsEnfants",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DangerConfirme",
                table: "InformationsEnfants",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidePar",
                table: "InformationsEnfants",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FondementSaisine",
                table: "InformationsEnfants",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MesureId",
                table: "InformationsEnfants",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotifDecision",
                table: "InformationsEnfants",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotifNonRencontreSeul",
                table: "InformationsEnfants",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Proposition",
                table: "InformationsEnfants",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RencontreSeul",
                table: "InformationsEnfants",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccompagnementAnterieur",
                table: "Informations",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Analyse",
                table: "Informations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Canal",
                table: "Informations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateDemandeRetour",
                table: "Informations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateParentsInformes",
                table: "Informations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Faits",
                table: "Informations",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "HeureReception",
                table: "Informations",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformateurIdentite",
                table: "Informations",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InformateurProfessionnel",
                table: "Informations",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformateurQualite",
                table: "Informations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotifAnalyse",
                table: "Informations",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MotifParentsNonInformes",
                table: "Informations",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QualifieePar",
                table: "Informations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Recit",
                table: "Informations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecueillePar",
                table: "Informations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VisitesDomicile",
                table: "Informations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Avis",
                table: "ExamensCessec",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Motivation",
                table: "ExamensCessec",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeanceId",
                table: "ExamensCessec",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Synthese",
                table: "Entretiens",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContactsParents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Realise = table.Column<bool>(type: "boolean", nullable: false),
                    Commentaire = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactsParents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactsParents_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactsParents_Parents_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Parents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Destinataires",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    Document = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Destinataire = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    EnregistrePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Destinataires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Destinataires_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluateursInformations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformationId = table.Column<int>(type: "integer", nullable: false),
                    UtilisateurId = table.Column<string>(type: "text", nullable: false),
                    DateAssignation = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluateursInformations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluateursInformations_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluateursInformations_Informations_InformationId",
                        column: x => x.InformationId,
                        principalTable: "Informations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectifsPpe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PpeId = table.Column<int>(type: "integer", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Domaine = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Objectif = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Actions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Qui = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Quand = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectifsPpe", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectifsPpe_Ppes_PpeId",
                        column: x => x.PpeId,
                        principalTable: "Ppes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlansSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CodeDepartement = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    NomDepartement = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Titre = table.Column<string>(type: "text", nullable: false),
                    AnneeDebut = table.Column<int>(type: "integer", nullable: false),
                    AnneeFin = table.Column<int>(type: "integer", nullable: false),
                    Adoption = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SourcesJson = table.Column<string>(type: "text", nullable: false),
                    GouvernanceJson = table.Column<string>(type: "text", nullable: false),
                    BilanPrecedentJson = table.Column<string>(type: "text", nullable: false),
                    NomFichier = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    EmpreinteFichier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ImporteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlansSchema", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PseudonymesOlinpe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    Pseudonyme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnneePremiere = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PseudonymesOlinpe", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PseudonymesOlinpe_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RetoursCrip",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformationId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DateCreation = table.Column<DateOnly>(type: "date", nullable: false),
                    Echeance = table.Column<DateOnly>(type: "date", nullable: false),
                    DateFaite = table.Column<DateOnly>(type: "date", nullable: true),
                    FaitePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetoursCrip", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetoursCrip_Informations_InformationId",
                        column: x => x.InformationId,
                        principalTable: "Informations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeancesCessec",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeancesCessec", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignalementsCessec",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Raison = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SignalePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignalementsCessec", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignalementsCessec_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignaturesPpe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PpeId = table.Column<int>(type: "integer", nullable: false),
                    Qualite = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Nom = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignaturesPpe", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignaturesPpe_Parents_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Parents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SignaturesPpe_Ppes_PpeId",
                        column: x => x.PpeId,
                        principalTable: "Ppes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SolutionsSortie",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Commentaire = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionsSortie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolutionsSortie_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransmissionsOlinpe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    ProduiteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProduitePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Empreinte = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Octets = table.Column<long>(type: "bigint", nullable: false),
                    Enregistrements = table.Column<int>(type: "integer", nullable: false),
                    Debuts = table.Column<int>(type: "integer", nullable: false),
                    Renouvellements = table.Column<int>(type: "integer", nullable: false),
                    Fins = table.Column<int>(type: "integer", nullable: false),
                    Enfants = table.Column<int>(type: "integer", nullable: false),
                    ErreursBloquantes = table.Column<int>(type: "integer", nullable: false),
                    Avertissements = table.Column<int>(type: "integer", nullable: false),
                    Forcee = table.Column<bool>(type: "boolean", nullable: false),
                    VersionTable = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransmissionsOlinpe", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgresObjectifs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RapportId = table.Column<int>(type: "integer", nullable: false),
                    ObjectifId = table.Column<int>(type: "integer", nullable: false),
                    Avancement = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Commentaire = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgresObjectifs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgresObjectifs_ObjectifsPpe_ObjectifId",
                        column: x => x.ObjectifId,
                        principalTable: "ObjectifsPpe",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgresObjectifs_Rapports_RapportId",
                        column: x => x.RapportId,
                        principalTable: "Rapports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AxesSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Numero = table.Column<string>(type: "text", nullable: false),
                    Titre = table.Column<string>(type: "text", nullable: false),
                    Principe = table.Column<string>(type: "text", nullable: true),
                    ObjectifsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AxesSchema", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AxesSchema_PlansSchema_PlanId",
                        column: x => x.PlanId,
                        principalTable: "PlansSchema",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MembresCessec",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeanceId = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembresCessec", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembresCessec_SeancesCessec_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "SeancesCessec",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FichesSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AxeId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Numero = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Titre = table.Column<string>(type: "text", nullable: false),
                    Objectif = table.Column<string>(type: "text", nullable: true),
                    PeriodeDebut = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    PeriodeFin = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DiagnosticJson = table.Column<string>(type: "text", nullable: false),
                    ObjectifsOperationnelsJson = table.Column<string>(type: "text", nullable: false),
                    PilotesJson = table.Column<string>(type: "text", nullable: false),
                    CopilotesJson = table.Column<string>(type: "text", nullable: false),
                    PartiesPrenantesJson = table.Column<string>(type: "text", nullable: false),
                    PartenairesJson = table.Column<string>(type: "text", nullable: false),
                    CalendrierJson = table.Column<string>(type: "text", nullable: false),
                    PointsVigilanceJson = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FichesSchema", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FichesSchema_AxesSchema_AxeId",
                        column: x => x.AxeId,
                        principalTable: "AxesSchema",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionsSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FicheId = table.Column<int>(type: "integer", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Numero = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Titre = table.Column<string>(type: "text", nullable: false),
                    DetailsJson = table.Column<string>(type: "text", nullable: false),
                    Statut = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, defaultValue: "non_engagee"),
                    DebutReel = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    FinReelle = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionsSchema", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionsSchema_FichesSchema_FicheId",
                        column: x => x.FicheId,
                        principalTable: "FichesSchema",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicateursSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    FicheId = table.Column<int>(type: "integer", nullable: true),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Libelle = table.Column<string>(type: "text", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Cible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CodeObservatoire = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicateursSchema", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicateursSchema_FichesSchema_FicheId",
                        column: x => x.FicheId,
                        principalTable: "FichesSchema",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicateursSchema_PlansSchema_PlanId",
                        column: x => x.PlanId,
                        principalTable: "PlansSchema",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotesFichesSchema",
                columns: table => new
                {
                    FicheId = table.Column<int>(type: "integer", nullable: false),
                    UtilisateurId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotesFichesSchema", x => new { x.FicheId, x.UtilisateurId });
                    table.ForeignKey(
                        name: "FK_PilotesFichesSchema_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PilotesFichesSchema_FichesSchema_FicheId",
                        column: x => x.FicheId,
                        principalTable: "FichesSchema",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VersionsFichesSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FicheId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Le = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Par = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ContenuJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VersionsFichesSchema", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VersionsFichesSchema_FichesSchema_FicheId",
                        column: x => x.FicheId,
                        principalTable: "FichesSchema",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotesSuiviSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Statut = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Texte = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Auteur = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EcriteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotesSuiviSchema", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NotesSuiviSchema_ActionsSchema_ActionId",
                        column: x => x.ActionId,
                        principalTable: "ActionsSchema",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ValeursIndicateursSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicateurId = table.Column<int>(type: "integer", nullable: false),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    Valeur = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Auteur = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ValeursIndicateursSchema", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ValeursIndicateursSchema_IndicateursSchema_IndicateurId",
                        column: x => x.IndicateurId,
                        principalTable: "IndicateursSchema",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Rapports_PpeId",
                table: "Rapports",
                column: "PpeId");

            migrationBuilder.CreateIndex(
                name: "IX_Ppes_PrecedentId",
                table: "Ppes",
                column: "PrecedentId");

            migrationBuilder.CreateIndex(
                name: "IX_InformationsEnfants_MesureId",
                table: "InformationsEnfants",
                column: "MesureId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamensCessec_SeanceId",
                table: "ExamensCessec",
                column: "SeanceId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionsSchema_FicheId",
                table: "ActionsSchema",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_AxesSchema_PlanId_Ordre",
                table: "AxesSchema",
                columns: new[] { "PlanId", "Ordre" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactsParents_EnfantId_Date",
                table: "ContactsParents",
                columns: new[] { "EnfantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactsParents_ParentId",
                table: "ContactsParents",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Destinataires_Document_DocumentId",
                table: "Destinataires",
                columns: new[] { "Document", "DocumentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Destinataires_EnfantId",
                table: "Destinataires",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluateursInformations_InformationId_UtilisateurId",
                table: "EvaluateursInformations",
                columns: new[] { "InformationId", "UtilisateurId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluateursInformations_UtilisateurId",
                table: "EvaluateursInformations",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_FichesSchema_AxeId",
                table: "FichesSchema",
                column: "AxeId");

            migrationBuilder.CreateIndex(
                name: "IX_FichesSchema_PlanId_Numero",
                table: "FichesSchema",
                columns: new[] { "PlanId", "Numero" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicateursSchema_FicheId",
                table: "IndicateursSchema",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicateursSchema_PlanId_FicheId",
                table: "IndicateursSchema",
                columns: new[] { "PlanId", "FicheId" });

            migrationBuilder.CreateIndex(
                name: "IX_MembresCessec_SeanceId",
                table: "MembresCessec",
                column: "SeanceId");

            migrationBuilder.CreateIndex(
                name: "IX_NotesSuiviSchema_ActionId",
                table: "NotesSuiviSchema",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectifsPpe_PpeId",
                table: "ObjectifsPpe",
                column: "PpeId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotesFichesSchema_UtilisateurId",
                table: "PilotesFichesSchema",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgresObjectifs_ObjectifId",
                table: "ProgresObjectifs",
                column: "ObjectifId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgresObjectifs_RapportId",
                table: "ProgresObjectifs",
                column: "RapportId");

            migrationBuilder.CreateIndex(
                name: "IX_PseudonymesOlinpe_EnfantId_Pseudonyme",
                table: "PseudonymesOlinpe",
                columns: new[] { "EnfantId", "Pseudonyme" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RetoursCrip_InformationId",
                table: "RetoursCrip",
                column: "InformationId");

            migrationBuilder.CreateIndex(
                name: "IX_SignalementsCessec_EnfantId",
                table: "SignalementsCessec",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_SignaturesPpe_ParentId",
                table: "SignaturesPpe",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_SignaturesPpe_PpeId",
                table: "SignaturesPpe",
                column: "PpeId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionsSortie_EnfantId",
                table: "SolutionsSortie",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_TransmissionsOlinpe_Annee",
                table: "TransmissionsOlinpe",
                column: "Annee");

            migrationBuilder.CreateIndex(
                name: "IX_ValeursIndicateursSchema_IndicateurId_Annee",
                table: "ValeursIndicateursSchema",
                columns: new[] { "IndicateurId", "Annee" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VersionsFichesSchema_FicheId_Version",
                table: "VersionsFichesSchema",
                columns: new[] { "FicheId", "Version" });

            migrationBuilder.AddForeignKey(
                name: "FK_ExamensCessec_SeancesCessec_SeanceId",
                table: "ExamensCessec",
                column: "SeanceId",
                principalTable: "SeancesCessec",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_InformationsEnfants_Mesures_MesureId",
                table: "InformationsEnfants",
                column: "MesureId",
                principalTable: "Mesures",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Ppes_Ppes_PrecedentId",
                table: "Ppes",
                column: "PrecedentId",
                principalTable: "Ppes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Rapports_Ppes_PpeId",
                table: "Rapports",
                column: "PpeId",
                principalTable: "Ppes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ExamensCessec_SeancesCessec_SeanceId",
                table: "ExamensCessec");

            migrationBuilder.DropForeignKey(
                name: "FK_InformationsEnfants_Mesures_MesureId",
                table: "InformationsEnfants");

            migrationBuilder.DropForeignKey(
                name: "FK_Ppes_Ppes_PrecedentId",
                table: "Ppes");

            migrationBuilder.DropForeignKey(
                name: "FK_Rapports_Ppes_PpeId",
                table: "Rapports");

            migrationBuilder.DropTable(
                name: "ContactsParents");

            migrationBuilder.DropTable(
                name: "Destinataires");

            migrationBuilder.DropTable(
                name: "EvaluateursInformations");

            migrationBuilder.DropTable(
                name: "MembresCessec");

            migrationBuilder.DropTable(
                name: "NotesSuiviSchema");

            migrationBuilder.DropTable(
                name: "PilotesFichesSchema");

            migrationBuilder.DropTable(
                name: "ProgresObjectifs");

            migrationBuilder.DropTable(
                name: "PseudonymesOlinpe");

            migrationBuilder.DropTable(
                name: "RetoursCrip");

            migrationBuilder.DropTable(
                name: "SignalementsCessec");

            migrationBuilder.DropTable(
                name: "SignaturesPpe");

            migrationBuilder.DropTable(
                name: "SolutionsSortie");

            migrationBuilder.DropTable(
                name: "TransmissionsOlinpe");

            migrationBuilder.DropTable(
                name: "ValeursIndicateursSchema");

            migrationBuilder.DropTable(
                name: "VersionsFichesSchema");

            migrationBuilder.DropTable(
                name: "SeancesCessec");

            migrationBuilder.DropTable(
                name: "ActionsSchema");

            migrationBuilder.DropTable(
                name: "ObjectifsPpe");

            migrationBuilder.DropTable(
                name: "IndicateursSchema");

            migrationBuilder.DropTable(
                name: "FichesSchema");

            migrationBuilder.DropTable(
                name: "AxesSchema");

            migrationBuilder.DropTable(
                name: "PlansSchema");

            migrationBuilder.DropIndex(
                name: "IX_Rapports_PpeId",
                table: "Rapports");

            migrationBuilder.DropIndex(
                name: "IX_Ppes_PrecedentId",
                table: "Ppes");

            migrationBuilder.DropIndex(
                name: "IX_InformationsEnfants_MesureId",
                table: "InformationsEnfants");

            migrationBuilder.DropIndex(
                name: "IX_ExamensCessec_SeanceId",
                table: "ExamensCessec");

            migrationBuilder.DropColumn(
                name: "Conclusion",
                table: "Rapports");

            migrationBuilder.DropColumn(
                name: "Observations",
                table: "Rapports");

            migrationBuilder.DropColumn(
                name: "PpeId",
                table: "Rapports");

            migrationBuilder.DropColumn(
                name: "Relations",
                table: "Rapports");

            migrationBuilder.DropColumn(
                name: "SaisineCessec",
                table: "Rapports");

            migrationBuilder.DropColumn(
                name: "Sante",
                table: "Rapports");

            migrationBuilder.DropColumn(
                name: "Scolarite",
                table: "Rapports");

            migrationBuilder.DropColumn(
                name: "StatutPropose",
                table: "Rapports");

            migrationBuilder.DropColumn(
                name: "BesoinsEnfant",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "BilanSante",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "DateBilanSante",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "DateRedaction",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "Numero",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "ParoleEnfant",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "ParoleParents",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "PersonneConfiance",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "PrecedentId",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "ProjetAutonomie",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "RedigePar",
                table: "Ppes");

            migrationBuilder.DropColumn(
                name: "ActionsPrecedentes",
                table: "InformationsEnfants");

            migrationBuilder.DropColumn(
                name: "ConclusionEvaluateurs",
                table: "InformationsEnfants");

            migrationBuilder.DropColumn(
                name: "DangerConfirme",
                table: "InformationsEnfants");

            migrationBuilder.DropColumn(
                name: "DecidePar",
                table: "InformationsEnfants");

            migrationBuilder.DropColumn(
                name: "FondementSaisine",
                table: "InformationsEnfants");

            migrationBuilder.DropColumn(
                name: "MesureId",
                table: "InformationsEnfants");

            migrationBuilder.DropColumn(
                name: "MotifDecision",
                table: "InformationsEnfants");

            migrationBuilder.DropColumn(
                name: "MotifNonRencontreSeul",
                table: "InformationsEnfants");

            migrationBuilder.DropColumn(
                name: "Proposition",
                table: "InformationsEnfants");

            migrationBuilder.DropColumn(
                name: "RencontreSeul",
                table: "InformationsEnfants");

            migrationBuilder.DropColumn(
                name: "AccompagnementAnterieur",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "Analyse",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "Canal",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "DateDemandeRetour",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "DateParentsInformes",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "Faits",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "HeureReception",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "InformateurIdentite",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "InformateurProfessionnel",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "InformateurQualite",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "MotifAnalyse",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "MotifParentsNonInformes",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "QualifieePar",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "Recit",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "RecueillePar",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "VisitesDomicile",
                table: "Informations");

            migrationBuilder.DropColumn(
                name: "Avis",
                table: "ExamensCessec");

            migrationBuilder.DropColumn(
                name: "Motivation",
                table: "ExamensCessec");

            migrationBuilder.DropColumn(
                name: "SeanceId",
                table: "ExamensCessec");

            migrationBuilder.DropColumn(
                name: "Synthese",
                table: "Entretiens");
        }
    }
}
