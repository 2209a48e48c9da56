using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Twinning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecordRevisions",
                columns: table => new
                {
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordRevisions", x => x.Scope);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordRevisions");
        }
    }
}
