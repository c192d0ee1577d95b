using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Donnees.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Olinpe : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PseudonymesOlinpe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnfantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Pseudonyme = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AnneePremiere = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "TransmissionsOlinpe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    ProduiteLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProduitePar = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Empreinte = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Octets = table.Column<long>(type: "INTEGER", nullable: false),
                    Enregistrements = table.Column<int>(type: "INTEGER", nullable: false),
                    Debuts = table.Column<int>(type: "INTEGER", nullable: false),
                    Renouvellements = table.Column<int>(type: "INTEGER", nullable: false),
                    Fins = table.Column<int>(type: "INTEGER", nullable: false),
                    Enfants = table.Column<int>(type: "INTEGER", nullable: false),
                    ErreursBloquantes = table.Column<int>(type: "INTEGER", nullable: false),
                    Avertissements = table.Column<int>(type: "INTEGER", nullable: false),
                    Forcee = table.Column<bool>(type: "INTEGER", nullable: false),
                    VersionTable = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransmissionsOlinpe", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PseudonymesOlinpe_EnfantId_Pseudonyme",
                table: "PseudonymesOlinpe",
                columns: new[] { "EnfantId", "Pseudonyme" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TransmissionsOlinpe_Annee",
                table: "TransmissionsOlinpe",
                column: "Annee");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PseudonymesOlinpe");

            migrationBuilder.DropTable(
                name: "TransmissionsOlinpe");
        }
    }
}
