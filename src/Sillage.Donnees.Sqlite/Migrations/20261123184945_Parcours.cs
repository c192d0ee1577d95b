using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Donnees.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Parcours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Conclusion",
                table: "Rapports",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Observations",
                table: "Rapports",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PpeId",
                table: "Rapports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Relations",
                table: "Rapports",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SaisineCessec",
                table: "Rapports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Sante",
                table: "Rapports",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scolarite",
                table: "Rapports",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatutPropose",
                table: "Rapports",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BesoinsEnfant",
                table: "Ppes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BilanSante",
                table: "Ppes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateBilanSante",
                table: "Ppes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateRedaction",
                table: "Ppes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Numero",
                table: "Ppes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "ParoleEnfant",
                table: "Ppes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParoleParents",
                table: "Ppes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonneConfiance",
                table: "Ppes",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PrecedentId",
                table: "Ppes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProjetAutonomie",
                table: "Ppes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RedigePar",
                table: "Ppes",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Avis",
                table: "ExamensCessec",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Motivation",
                table: "ExamensCessec",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeanceId",
                table: "ExamensCessec",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Synthese",
                table: "Entretiens",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContactsParents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnfantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Realise = table.Column<bool>(type: "INTEGER", nullable: false),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnfantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Destinataire = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnregistrePar = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
                name: "ObjectifsPpe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PpeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false),
                    Domaine = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Objectif = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Actions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Qui = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Quand = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                name: "SeancesCessec",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeancesCessec", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignalementsCessec",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnfantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Raison = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SignalePar = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PpeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Qualite = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnfantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                name: "ProgresObjectifs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RapportId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectifId = table.Column<int>(type: "INTEGER", nullable: false),
                    Avancement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                name: "MembresCessec",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Rapports_PpeId",
                table: "Rapports",
                column: "PpeId");

            migrationBuilder.CreateIndex(
                name: "IX_Ppes_PrecedentId",
                table: "Ppes",
                column: "PrecedentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamensCessec_SeanceId",
                table: "ExamensCessec",
                column: "SeanceId");

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
                name: "IX_MembresCessec_SeanceId",
                table: "MembresCessec",
                column: "SeanceId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectifsPpe_PpeId",
                table: "ObjectifsPpe",
                column: "PpeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgresObjectifs_ObjectifId",
                table: "ProgresObjectifs",
                column: "ObjectifId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgresObjectifs_RapportId",
                table: "ProgresObjectifs",
                column: "RapportId");

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

            migrationBuilder.AddForeignKey(
                name: "FK_ExamensCessec_SeancesCessec_SeanceId",
                table: "ExamensCessec",
                column: "SeanceId",
                principalTable: "SeancesCessec",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

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
                name: "MembresCessec");

            migrationBuilder.DropTable(
                name: "ProgresObjectifs");

            migrationBuilder.DropTable(
                name: "SignalementsCessec");

            migrationBuilder.DropTable(
                name: "SignaturesPpe");

            migrationBuilder.DropTable(
                name: "SolutionsSortie");

            migrationBuilder.DropTable(
                name: "SeancesCessec");

            migrationBuilder.DropTable(
                name: "ObjectifsPpe");

            migrationBuilder.DropIndex(
                name: "IX_Rapports_PpeId",
                table: "Rapports");

            migrationBuilder.DropIndex(
                name: "IX_Ppes_PrecedentId",
                table: "Ppes");

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
