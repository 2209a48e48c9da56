using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Twinning.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SourcePartnership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PartnershipId",
                table: "Sources",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_PartnershipId",
                table: "Sources",
                column: "PartnershipId");

            migrationBuilder.AddForeignKey(
                name: "FK_Sources_Partnerships_PartnershipId",
                table: "Sources",
                column: "PartnershipId",
                principalTable: "Partnerships",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Sources_Partnerships_PartnershipId",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sources_PartnershipId",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "PartnershipId",
                table: "Sources");
        }
    }
}
