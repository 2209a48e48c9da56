using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Twinning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActivityFiguresIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Activities_Figures",
                table: "Activities",
                columns: new[] { "PartnershipId", "State", "Kind", "StartDate", "EndDate", "Direction", "DeletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_Figures",
                table: "Activities");
        }
    }
}
