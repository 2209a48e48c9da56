using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Twinning.Data.Migrations.Postgres
{
    /// <summary>
    /// The trigram indexes also hold each entry's kind and partnership (btree_gin, from PostgreSQL's contrib like
    /// pg_trgm, and trusted), so that a search for one kind, or by a member of a few partnerships, reads only
    /// those entries' matches: a province's name is in tens of thousands of other partnerships' activities. A
    /// shared record's partnership is read as 0 (<c>SearchEntry.Shared</c>). The whole names get an index of their
    /// own (equality over the array of names), so the records named exactly by the words are found first without
    /// reading the thousands of titles that contain them.
    /// </summary>
    public partial class SearchIndexByKindAndScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')
                       AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gin') THEN
                        CREATE EXTENSION IF NOT EXISTS btree_gin;
                        DROP INDEX IF EXISTS "IX_SearchEntries_Key_Trigram";
                        CREATE INDEX "IX_SearchEntries_Key_Trigram" ON "SearchEntries"
                            USING gin ("Kind", COALESCE("PartnershipId", 0), "Key" gin_trgm_ops);
                    ELSE
                        RAISE NOTICE 'btree_gin is not available: searches restrict kind and partnership after matching.';
                    END IF;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_SearchEntries_Names_Exact" ON "SearchEntries" USING gin (string_to_array("NameKey" || "AliasKey", '|'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_SearchEntries_Names_Exact";
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
                        DROP INDEX IF EXISTS "IX_SearchEntries_Key_Trigram";
                        CREATE INDEX "IX_SearchEntries_Key_Trigram" ON "SearchEntries" USING gin ("Key" gin_trgm_ops);
                    END IF;
                END
                $$;
                """);
        }
    }
}
