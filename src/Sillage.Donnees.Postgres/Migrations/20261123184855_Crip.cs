using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sillage.Donnees.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Crip : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_InformationsEnfants_MesureId",
                table: "InformationsEnfants",
                column: "MesureId");

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
                name: "IX_RetoursCrip_InformationId",
                table: "RetoursCrip",
                column: "InformationId");

            migrationBuilder.AddForeignKey(
                name: "FK_InformationsEnfants_Mesures_MesureId",
                table: "InformationsEnfants",
                column: "MesureId",
                principalTable: "Mesures",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_InformationsEnfants_Mesures_MesureId",
                table: "InformationsEnfants");

            migrationBuilder.DropTable(
                name: "EvaluateursInformations");

            migrationBuilder.DropTable(
                name: "RetoursCrip");

            migrationBuilder.DropIndex(
                name: "IX_InformationsEnfants_MesureId",
                table: "InformationsEnfants");

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
        }
    }
}
