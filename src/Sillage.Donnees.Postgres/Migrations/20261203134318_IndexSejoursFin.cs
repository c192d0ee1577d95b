using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Donnees.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IndexSejoursFin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Sejours_DateFin_DateDebut_LieuId",
                table: "Sejours",
                columns: new[] { "DateFin", "DateDebut", "LieuId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sejours_DateFin_DateDebut_LieuId",
                table: "Sejours");
        }
    }
}
