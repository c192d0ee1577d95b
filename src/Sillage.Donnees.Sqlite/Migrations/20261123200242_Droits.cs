using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Donnees.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Droits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DemandesDroits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DateReception = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DemandeurNom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DemandeurQualite = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EnfantId = table.Column<int>(type: "INTEGER", nullable: true),
                    Echeance = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, defaultValue: "RECUE"),
                    MotifProlongation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DateNotificationProlongation = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MotifRefus = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DateReponse = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EnregistreePar = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandesDroits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemandesDroits_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemandesDroits_Echeance",
                table: "DemandesDroits",
                column: "Echeance");

            migrationBuilder.CreateIndex(
                name: "IX_DemandesDroits_EnfantId",
                table: "DemandesDroits",
                column: "EnfantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemandesDroits");
        }
    }
}
