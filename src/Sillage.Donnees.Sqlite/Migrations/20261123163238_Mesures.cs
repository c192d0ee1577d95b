using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Donnees.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Mesures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Autorite",
                table: "Mesures",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateAccordParents",
                table: "Mesures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceExecutant",
                table: "Mesures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Portee",
                table: "JetonsApi",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "API");

            migrationBuilder.CreateTable(
                name: "ParametresRegles",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Valeur = table.Column<int>(type: "INTEGER", nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiePar = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParametresRegles", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Mesures_DateDecision",
                table: "Mesures",
                column: "DateDecision");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParametresRegles");

            migrationBuilder.DropIndex(
                name: "IX_Mesures_DateDecision",
                table: "Mesures");

            migrationBuilder.DropColumn(
                name: "Autorite",
                table: "Mesures");

            migrationBuilder.DropColumn(
                name: "DateAccordParents",
                table: "Mesures");

            migrationBuilder.DropColumn(
                name: "ServiceExecutant",
                table: "Mesures");

            migrationBuilder.DropColumn(
                name: "Portee",
                table: "JetonsApi");
        }
    }
}
