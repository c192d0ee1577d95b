using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Donnees.Postgres.Migrations
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
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateAccordParents",
                table: "Mesures",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceExecutant",
                table: "Mesures",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Portee",
                table: "JetonsApi",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "API");

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
