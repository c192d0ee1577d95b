using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sillage.Donnees.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Lieux : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Adresse",
                table: "Lieux",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Anonyme",
                table: "Lieux",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "CapaciteAutorisee",
                table: "Lieux",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Employeur",
                table: "Lieux",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sexe",
                table: "Lieux",
                type: "character varying(1)",
                maxLength: 1,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Specialites",
                table: "Lieux",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Indisponibilites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LieuId = table.Column<int>(type: "integer", nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "date", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "date", nullable: true),
                    Motif = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indisponibilites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indisponibilites_Lieux_LieuId",
                        column: x => x.LieuId,
                        principalTable: "Lieux",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reservations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LieuId = table.Column<int>(type: "integer", nullable: false),
                    EnfantId = table.Column<int>(type: "integer", nullable: false),
                    DateArrivee = table.Column<DateOnly>(type: "date", nullable: false),
                    Expiration = table.Column<DateOnly>(type: "date", nullable: false),
                    Statut = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MotifRefus = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CreeePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reservations_Enfants_EnfantId",
                        column: x => x.EnfantId,
                        principalTable: "Enfants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reservations_Lieux_LieuId",
                        column: x => x.LieuId,
                        principalTable: "Lieux",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Indisponibilites_LieuId",
                table: "Indisponibilites",
                column: "LieuId");

            migrationBuilder.CreateIndex(
                name: "IX_Reservations_EnfantId",
                table: "Reservations",
                column: "EnfantId");

            migrationBuilder.CreateIndex(
                name: "IX_Reservations_LieuId_Statut",
                table: "Reservations",
                columns: new[] { "LieuId", "Statut" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Indisponibilites");

            migrationBuilder.DropTable(
                name: "Reservations");

            migrationBuilder.DropColumn(
                name: "Adresse",
                table: "Lieux");

            migrationBuilder.DropColumn(
                name: "Anonyme",
                table: "Lieux");

            migrationBuilder.DropColumn(
                name: "CapaciteAutorisee",
                table: "Lieux");

            migrationBuilder.DropColumn(
                name: "Employeur",
                table: "Lieux");

            migrationBuilder.DropColumn(
                name: "Sexe",
                table: "Lieux");

            migrationBuilder.DropColumn(
                name: "Specialites",
                table: "Lieux");
        }
    }
}
