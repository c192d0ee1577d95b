using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Donnees.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveIntermediaire : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ArchiveIntermediaireLe",
                table: "Enfants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enfants_ArchiveIntermediaireLe",
                table: "Enfants",
                column: "ArchiveIntermediaireLe");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enfants_ArchiveIntermediaireLe",
                table: "Enfants");

            migrationBuilder.DropColumn(
                name: "ArchiveIntermediaireLe",
                table: "Enfants");
        }
    }
}
