using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sillage.Donnees.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Dossier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FusionneDansId",
                table: "Enfants",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferentId",
                table: "Enfants",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatutJuridique",
                table: "Enfants",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

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
                name: "IX_Enfants_FusionneDansId",
                table: "Enfants",
                column: "FusionneDansId");

            migrationBuilder.CreateIndex(
                name: "IX_Enfants_ReferentId",
                table: "Enfants",
                column: "ReferentId");

            migrationBuilder.CreateIndex(
                name: "IX_AnomaliesQualite_EnfantId",
                table: "AnomaliesQualite",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_EnfantId",
                table: "Documents",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_Entretiens_EnfantId_Date",
                table: "Entretiens",
                columns: new[] { "EnfantId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamensCessec_EnfantId_DateExamen",
                table: "ExamensCessec",
                columns: new[] { "EnfantId", "DateExamen" },
                unique: true);

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

            migrationBuilder.AddForeignKey(
                name: "FK_Enfants_AspNetUsers_ReferentId",
                table: "Enfants",
                column: "ReferentId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Enfants_AspNetUsers_ReferentId",
                table: "Enfants");

            migrationBuilder.DropTable(
                name: "AnomaliesQualite");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "Entretiens");

            migrationBuilder.DropTable(
                name: "ExamensCessec");

            migrationBuilder.DropTable(
                name: "InformationsEnfants");

            migrationBuilder.DropTable(
                name: "Parents");

            migrationBuilder.DropTable(
                name: "Populations");

            migrationBuilder.DropTable(
                name: "Ppes");

            migrationBuilder.DropTable(
                name: "Rapports");

            migrationBuilder.DropTable(
                name: "Sejours");

            migrationBuilder.DropTable(
                name: "Informations");

            migrationBuilder.DropTable(
                name: "Lieux");

            migrationBuilder.DropTable(
                name: "Mesures");

            migrationBuilder.DropIndex(
                name: "IX_Enfants_FusionneDansId",
                table: "Enfants");

            migrationBuilder.DropIndex(
                name: "IX_Enfants_ReferentId",
                table: "Enfants");

            migrationBuilder.DropColumn(
                name: "FusionneDansId",
                table: "Enfants");

            migrationBuilder.DropColumn(
                name: "ReferentId",
                table: "Enfants");

            migrationBuilder.DropColumn(
                name: "StatutJuridique",
                table: "Enfants");
        }
    }
}
