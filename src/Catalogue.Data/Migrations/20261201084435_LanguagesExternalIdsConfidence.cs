using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Catalogue.Data.Migrations
{
    /// <inheritdoc />
    public partial class LanguagesExternalIdsConfidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "extraction",
                table: "source_documents",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "extractor_version",
                table: "source_documents",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<float>(
                name: "confidence",
                table: "fact_sources",
                type: "real",
                nullable: false,
                defaultValue: 1f);

            migrationBuilder.CreateTable(
                name: "film_external_ids",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    film_id = table.Column<long>(type: "bigint", nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_film_external_ids", x => x.id);
                    table.ForeignKey(
                        name: "fk_film_external_ids_films_film_id",
                        column: x => x.film_id,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "film_languages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    film_id = table.Column<long>(type: "bigint", nullable: false),
                    language_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    is_original = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_film_languages", x => x.id);
                    table.ForeignKey(
                        name: "fk_film_languages_films_film_id",
                        column: x => x.film_id,
                        principalTable: "films",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_film_external_ids_film_id_source",
                table: "film_external_ids",
                columns: new[] { "film_id", "source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_film_external_ids_source_value",
                table: "film_external_ids",
                columns: new[] { "source", "value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_film_languages_film_id_language_code",
                table: "film_languages",
                columns: new[] { "film_id", "language_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_film_languages_language_code_film_id",
                table: "film_languages",
                columns: new[] { "language_code", "film_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "film_external_ids");

            migrationBuilder.DropTable(
                name: "film_languages");

            migrationBuilder.DropColumn(
                name: "extraction",
                table: "source_documents");

            migrationBuilder.DropColumn(
                name: "extractor_version",
                table: "source_documents");

            migrationBuilder.DropColumn(
                name: "confidence",
                table: "fact_sources");
        }
    }
}
