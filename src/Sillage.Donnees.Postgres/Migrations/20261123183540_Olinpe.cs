using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sillage.Donnees.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    Pseudonyme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnneePremiere = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    ProduiteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProduitePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Empreinte = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Octets = table.Column<long>(type: "bigint", nullable: false),
                    Enregistrements = table.Column<int>(type: "integer", nullable: false),
                    Debuts = table.Column<int>(type: "integer", nullable: false),
                    Renouvellements = table.Column<int>(type: "integer", nullable: false),
                    Fins = table.Column<int>(type: "integer", nullable: false),
                    Enfants = table.Column<int>(type: "integer", nullable: false),
                    ErreursBloquantes = table.Column<int>(type: "integer", nullable: false),
                    Avertissements = table.Column<int>(type: "integer", nullable: false),
                    Forcee = table.Column<bool>(type: "boolean", nullable: false),
                    VersionTable = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
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
