using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Donnees.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Schema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlansSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CodeDepartement = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    NomDepartement = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Titre = table.Column<string>(type: "TEXT", nullable: false),
                    AnneeDebut = table.Column<int>(type: "INTEGER", nullable: false),
                    AnneeFin = table.Column<int>(type: "INTEGER", nullable: false),
                    Adoption = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SourcesJson = table.Column<string>(type: "TEXT", nullable: false),
                    GouvernanceJson = table.Column<string>(type: "TEXT", nullable: false),
                    BilanPrecedentJson = table.Column<string>(type: "TEXT", nullable: false),
                    NomFichier = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    EmpreinteFichier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImporteLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportePar = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlansSchema", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AxesSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false),
                    Numero = table.Column<string>(type: "TEXT", nullable: false),
                    Titre = table.Column<string>(type: "TEXT", nullable: false),
                    Principe = table.Column<string>(type: "TEXT", nullable: true),
                    ObjectifsJson = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "FichesSchema",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AxeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false),
                    Numero = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Titre = table.Column<string>(type: "TEXT", nullable: false),
                    Objectif = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodeDebut = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    PeriodeFin = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    DiagnosticJson = table.Column<string>(type: "TEXT", nullable: false),
                    ObjectifsOperationnelsJson = table.Column<string>(type: "TEXT", nullable: false),
                    PilotesJson = table.Column<string>(type: "TEXT", nullable: false),
                    CopilotesJson = table.Column<string>(type: "TEXT", nullable: false),
                    PartiesPrenantesJson = table.Column<string>(type: "TEXT", nullable: false),
                    PartenairesJson = table.Column<string>(type: "TEXT", nullable: false),
                    CalendrierJson = table.Column<string>(type: "TEXT", nullable: false),
                    PointsVigilanceJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FicheId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false),
                    Numero = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Titre = table.Column<string>(type: "TEXT", nullable: false),
                    DetailsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, defaultValue: "non_engagee"),
                    DebutReel = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    FinReelle = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    FicheId = table.Column<int>(type: "INTEGER", nullable: true),
                    Ordre = table.Column<int>(type: "INTEGER", nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Cible = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CodeObservatoire = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    FicheId = table.Column<int>(type: "INTEGER", nullable: false),
                    UtilisateurId = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FicheId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Le = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Par = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContenuJson = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Texte = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Auteur = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EcriteLe = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicateurId = table.Column<int>(type: "INTEGER", nullable: false),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    Valeur = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Auteur = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
                name: "IX_ActionsSchema_FicheId",
                table: "ActionsSchema",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_AxesSchema_PlanId_Ordre",
                table: "AxesSchema",
                columns: new[] { "PlanId", "Ordre" });

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
                name: "IX_NotesSuiviSchema_ActionId",
                table: "NotesSuiviSchema",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotesFichesSchema_UtilisateurId",
                table: "PilotesFichesSchema",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_ValeursIndicateursSchema_IndicateurId_Annee",
                table: "ValeursIndicateursSchema",
                columns: new[] { "IndicateurId", "Annee" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VersionsFichesSchema_FicheId_Version",
                table: "VersionsFichesSchema",
                columns: new[] { "FicheId", "Version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NotesSuiviSchema");

            migrationBuilder.DropTable(
                name: "PilotesFichesSchema");

            migrationBuilder.DropTable(
                name: "ValeursIndicateursSchema");

            migrationBuilder.DropTable(
                name: "VersionsFichesSchema");

            migrationBuilder.DropTable(
                name: "ActionsSchema");

            migrationBuilder.DropTable(
                name: "IndicateursSchema");

            migrationBuilder.DropTable(
                name: "FichesSchema");

            migrationBuilder.DropTable(
                name: "AxesSchema");

            migrationBuilder.DropTable(
                name: "PlansSchema");
        }
    }
}
