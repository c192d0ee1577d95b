using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sillage.Donnees.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initiale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnomaliesQualite",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Fichier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Ligne = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EnfantId = table.Column<int>(type: "integer", nullable: true),
                    Regle = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ImporteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolueLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnomaliesQualite", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    NomAffiche = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DoitChangerMotDePasse = table.Column<bool>(type: "boolean", nullable: false),
                    Actif = table.Column<bool>(type: "boolean", nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Departements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CodeInsee = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvenementsAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Horodatage = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UtilisateurId = table.Column<string>(type: "text", nullable: true),
                    Login = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Cible = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CibleId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Details = table.Column<string>(type: "text", nullable: true),
                    HashPrecedent = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvenementsAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Informations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DateReception = table.Column<DateOnly>(type: "date", nullable: false),
                    Origine = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Qualification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DateQualification = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Informations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParametresRegles",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Valeur = table.Column<int>(type: "integer", nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifiePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParametresRegles", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Territoires",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Libelle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Territoires", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JetonsApi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UtilisateurId = table.Column<string>(type: "text", nullable: false),
                    Nom = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Prefixe = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Empreinte = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpireLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevoqueLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Portee = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, defaultValue: "API")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JetonsApi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JetonsApi_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enfants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NumeroDossier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Prenoms = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sexe = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    DateNaissance = table.Column<DateOnly>(type: "date", nullable: false),
                    TerritoireId = table.Column<int>(type: "integer", nullable: false),
                    Famille = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Mna = table.Column<bool>(type: "boolean", nullable: false),
                    NomNaissanceMere = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReferentId = table.Column<string>(type: "text", nullable: true),
                    StatutJuridique = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FusionneDansId = table.Column<int>(type: "integer", nullable: true),
                    CleRecherche = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enfants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enfants_AspNetUsers_ReferentId",
                        column: x => x.ReferentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Enfants_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Lieux",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TerritoireId = table.Column<int>(type: "integer", nullable: false),
                    Capacite = table.Column<int>(type: "integer", nullable: false),
                    AgeMin = table.Column<int>(type: "integer", nullable: true),
                    AgeMax = table.Column<int>(type: "integer", nullable: true),
                    DateOuverture = table.Column<DateOnly>(type: "date", nullable: true),
                    DateFermeture = table.Column<DateOnly>(type: "date", nullable: true),
                    CapaciteAutorisee = table.Column<int>(type: "integer", nullable: true),
                    Sexe = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    Adresse = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Anonyme = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    Employeur = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Specialites = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lieux", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lieux_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Populations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    TerritoireId = table.Column<int>(type: "integer", nullable: true),
                    Age = table.Column<int>(type: "integer", nullable: false),
                    Effectif = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Populations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Populations_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UtilisateursTerritoires",
                columns: table => new
                {
                    UtilisateurId = table.Column<string>(type: "text", nullable: false),
                    TerritoireId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UtilisateursTerritoires", x => new { x.UtilisateurId, x.TerritoireId });
                    table.ForeignKey(
                        name: "FK_UtilisateursTerritoires_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UtilisateursTerritoires_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    EvenementType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    EvenementId = table.Column<int>(type: "integer", nullable: true),
                    Titre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NomFichier = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    TypeContenu = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Contenu = table.Column<byte[]>(type: "bytea", nullable: false),
                    DeposeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeposePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Entretiens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entretiens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Entretiens_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExamensCessec",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    DateExamen = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamensCessec", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamensCessec_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformationsEnfants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformationId = table.Column<int>(type: "integer", nullable: false),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    DateFinEvaluation = table.Column<DateOnly>(type: "date", nullable: true),
                    Conclusion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DateDecision = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationsEnfants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationsEnfants_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformationsEnfants_Informations_InformationId",
                        column: x => x.InformationId,
                        principalTable: "Informations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mesures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DateDecision = table.Column<DateOnly>(type: "date", nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "date", nullable: true),
                    DateFinPrevue = table.Column<DateOnly>(type: "date", nullable: true),
                    DateFin = table.Column<DateOnly>(type: "date", nullable: true),
                    MotifFin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RenouvelleId = table.Column<int>(type: "integer", nullable: true),
                    Autorite = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DateAccordParents = table.Column<DateOnly>(type: "date", nullable: true),
                    ServiceExecutant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExceptionLongueDuree = table.Column<bool>(type: "boolean", nullable: false),
                    MotifProlongation = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mesures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mesures_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Mesures_Mesures_RenouvelleId",
                        column: x => x.RenouvelleId,
                        principalTable: "Mesures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Parents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    Lien = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Prenoms = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AutoriteParentale = table.Column<bool>(type: "boolean", nullable: false),
                    Adresse = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Telephone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Parents_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ppes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    DateSignature = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ppes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ppes_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rapports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DatePartage = table.Column<DateOnly>(type: "date", nullable: true),
                    DateTransmissionJuge = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rapports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rapports_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indisponibilites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LieuId = table.Column<int>(type: "integer", nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "date", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "date", nullable: true),
                    Motif = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indisponibilites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indisponibilites_Lieux_LieuId",
                        column: x => x.LieuId,
                        principalTable: "Lieux",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reservations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LieuId = table.Column<int>(type: "integer", nullable: false),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    DateArrivee = table.Column<DateOnly>(type: "date", nullable: false),
                    Expiration = table.Column<DateOnly>(type: "date", nullable: false),
                    Statut = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MotifRefus = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CreeePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reservations_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reservations_Lieux_LieuId",
                        column: x => x.LieuId,
                        principalTable: "Lieux",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitesLieux",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LieuId = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Capacite = table.Column<int>(type: "integer", nullable: false),
                    AgeMin = table.Column<int>(type: "integer", nullable: true),
                    AgeMax = table.Column<int>(type: "integer", nullable: true),
                    Sexe = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitesLieux", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitesLieux_Lieux_LieuId",
                        column: x => x.LieuId,
                        principalTable: "Lieux",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sejours",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    MesureId = table.Column<int>(type: "integer", nullable: false),
                    LieuId = table.Column<int>(type: "integer", nullable: true),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "date", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "date", nullable: true),
                    Motif = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sejours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sejours_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sejours_Lieux_LieuId",
                        column: x => x.LieuId,
                        principalTable: "Lieux",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Sejours_Mesures_MesureId",
                        column: x => x.MesureId,
                        principalTable: "Mesures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnomaliesQualite_EnfantId",
                table: "AnomaliesQualite",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_EnfantId",
                table: "Documents",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_Enfants_CleRecherche",
                table: "Enfants",
                column: "CleRecherche");

            migrationBuilder.CreateIndex(
                name: "IX_Enfants_DateNaissance",
                table: "Enfants",
                column: "DateNaissance");

            migrationBuilder.CreateIndex(
                name: "IX_Enfants_Famille",
                table: "Enfants",
                column: "Famille");

            migrationBuilder.CreateIndex(
                name: "IX_Enfants_FusionneDansId",
                table: "Enfants",
                column: "FusionneDansId");

            migrationBuilder.CreateIndex(
                name: "IX_Enfants_NumeroDossier",
                table: "Enfants",
                column: "NumeroDossier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enfants_ReferentId",
                table: "Enfants",
                column: "ReferentId");

            migrationBuilder.CreateIndex(
                name: "IX_Enfants_SourceId",
                table: "Enfants",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enfants_TerritoireId",
                table: "Enfants",
                column: "TerritoireId");

            migrationBuilder.CreateIndex(
                name: "IX_Entretiens_EnfantId_Date",
                table: "Entretiens",
                columns: new[] { "EnfantId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvenementsAudit_Cible_CibleId",
                table: "EvenementsAudit",
                columns: new[] { "Cible", "CibleId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvenementsAudit_Horodatage",
                table: "EvenementsAudit",
                column: "Horodatage");

            migrationBuilder.CreateIndex(
                name: "IX_EvenementsAudit_UtilisateurId",
                table: "EvenementsAudit",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamensCessec_EnfantId_DateExamen",
                table: "ExamensCessec",
                columns: new[] { "EnfantId", "DateExamen" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indisponibilites_LieuId",
                table: "Indisponibilites",
                column: "LieuId");

            migrationBuilder.CreateIndex(
                name: "IX_Informations_DateReception",
                table: "Informations",
                column: "DateReception");

            migrationBuilder.CreateIndex(
                name: "IX_Informations_SourceId",
                table: "Informations",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InformationsEnfants_EnfantId",
                table: "InformationsEnfants",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_InformationsEnfants_InformationId_EnfantId",
                table: "InformationsEnfants",
                columns: new[] { "InformationId", "EnfantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JetonsApi_Empreinte",
                table: "JetonsApi",
                column: "Empreinte",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JetonsApi_UtilisateurId",
                table: "JetonsApi",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_Lieux_SourceId",
                table: "Lieux",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lieux_TerritoireId",
                table: "Lieux",
                column: "TerritoireId");

            migrationBuilder.CreateIndex(
                name: "IX_Mesures_DateDebut_DateFin",
                table: "Mesures",
                columns: new[] { "DateDebut", "DateFin" });

            migrationBuilder.CreateIndex(
                name: "IX_Mesures_DateDecision",
                table: "Mesures",
                column: "DateDecision");

            migrationBuilder.CreateIndex(
                name: "IX_Mesures_EnfantId",
                table: "Mesures",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_Mesures_RenouvelleId",
                table: "Mesures",
                column: "RenouvelleId");

            migrationBuilder.CreateIndex(
                name: "IX_Mesures_SourceId",
                table: "Mesures",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parents_EnfantId",
                table: "Parents",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_Populations_Annee_TerritoireId_Age",
                table: "Populations",
                columns: new[] { "Annee", "TerritoireId", "Age" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Populations_TerritoireId",
                table: "Populations",
                column: "TerritoireId");

            migrationBuilder.CreateIndex(
                name: "IX_Ppes_EnfantId",
                table: "Ppes",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_Ppes_SourceId",
                table: "Ppes",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rapports_EnfantId",
                table: "Rapports",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_Rapports_SourceId",
                table: "Rapports",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reservations_EnfantId",
                table: "Reservations",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_Reservations_LieuId_Statut",
                table: "Reservations",
                columns: new[] { "LieuId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_Sejours_EnfantId",
                table: "Sejours",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_Sejours_LieuId_DateDebut_DateFin",
                table: "Sejours",
                columns: new[] { "LieuId", "DateDebut", "DateFin" });

            migrationBuilder.CreateIndex(
                name: "IX_Sejours_MesureId",
                table: "Sejours",
                column: "MesureId");

            migrationBuilder.CreateIndex(
                name: "IX_Sejours_SourceId",
                table: "Sejours",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Territoires_Code",
                table: "Territoires",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitesLieux_LieuId",
                table: "UnitesLieux",
                column: "LieuId");

            migrationBuilder.CreateIndex(
                name: "IX_UtilisateursTerritoires_TerritoireId",
                table: "UtilisateursTerritoires",
                column: "TerritoireId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnomaliesQualite");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Departements");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "Entretiens");

            migrationBuilder.DropTable(
                name: "EvenementsAudit");

            migrationBuilder.DropTable(
                name: "ExamensCessec");

            migrationBuilder.DropTable(
                name: "Indisponibilites");

            migrationBuilder.DropTable(
                name: "InformationsEnfants");

            migrationBuilder.DropTable(
                name: "JetonsApi");

            migrationBuilder.DropTable(
                name: "ParametresRegles");

            migrationBuilder.DropTable(
                name: "Parents");

            migrationBuilder.DropTable(
                name: "Populations");

            migrationBuilder.DropTable(
                name: "Ppes");

            migrationBuilder.DropTable(
                name: "Rapports");

            migrationBuilder.DropTable(
                name: "Reservations");

            migrationBuilder.DropTable(
                name: "Sejours");

            migrationBuilder.DropTable(
                name: "UnitesLieux");

            migrationBuilder.DropTable(
                name: "UtilisateursTerritoires");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Informations");

            migrationBuilder.DropTable(
                name: "Mesures");

            migrationBuilder.DropTable(
                name: "Lieux");

            migrationBuilder.DropTable(
                name: "Enfants");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Territoires");
        }
    }
}
