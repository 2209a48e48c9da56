using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Twinning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    PartnershipId = table.Column<int>(type: "integer", nullable: true),
                    Approved = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SubmittedBySide = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    OwnerOrganisationId = table.Column<int>(type: "integer", nullable: true),
                    NameKey = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AliasKey = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Key = table.Column<string>(type: "text", nullable: false),
                    PhoneticKey = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind_RecordId",
                table: "SearchEntries",
                columns: new[] { "Kind", "RecordId" },
                unique: true);

            // Trigram GIN indexes serve LIKE '%…%' on the folded keys. pg_trgm ships in PostgreSQL's contrib
            // (Debian's postgresql package has it) and is a trusted extension, so the database owner may create
            // it; where it is missing the columns are still searched, by a scan.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
                        CREATE EXTENSION IF NOT EXISTS pg_trgm;
                        CREATE INDEX "IX_SearchEntries_Key_Trigram" ON "SearchEntries" USING gin ("Key" gin_trgm_ops);
                        CREATE INDEX "IX_SearchEntries_PhoneticKey_Trigram" ON "SearchEntries" USING gin ("PhoneticKey" gin_trgm_ops);
                    ELSE
                        RAISE NOTICE 'pg_trgm is not available: search will scan the SearchEntries table.';
                    END IF;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_SearchEntries_Key_Trigram";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_SearchEntries_PhoneticKey_Trigram";""");

            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
