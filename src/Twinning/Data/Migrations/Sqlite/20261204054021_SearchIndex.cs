using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Twinning.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnershipId = table.Column<int>(type: "INTEGER", nullable: true),
                    Approved = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SubmittedBySide = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    OwnerOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AliasKey = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    PhoneticKey = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
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

            // The trigram index: FTS5 over the folded keys, its content read from SearchEntries (no second copy),
            // kept by triggers so every write to an entry (from the app, a restore, a rebuild) reaches it.
            // Trigrams need no word boundaries, so Lao (written without spaces) matches inside a run.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchEntriesText" USING fts5(Key, PhoneticKey, content='SearchEntries', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
                    INSERT INTO "SearchEntriesText"(rowid, Key, PhoneticKey) VALUES (new."Id", new."Key", new."PhoneticKey");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchEntriesText"("SearchEntriesText", rowid, Key, PhoneticKey) VALUES ('delete', old."Id", old."Key", old."PhoneticKey");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchEntriesText"("SearchEntriesText", rowid, Key, PhoneticKey) VALUES ('delete', old."Id", old."Key", old."PhoneticKey");
                    INSERT INTO "SearchEntriesText"(rowid, Key, PhoneticKey) VALUES (new."Id", new."Key", new."PhoneticKey");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchEntries_Inserted";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchEntries_Deleted";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "SearchEntries_Updated";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "SearchEntriesText";""");

            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
