using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Helsefellesskap.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_CommunityId_IsPublic_BodyId_Year",
                table: "SearchDocuments",
                columns: new[] { "CommunityId", "IsPublic", "BodyId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_CommunityId_IsPublic_Kind_Year",
                table: "SearchDocuments",
                columns: new[] { "CommunityId", "IsPublic", "Kind", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_CommunityId_IsPublic_BodyId_Year",
                table: "SearchDocuments");

            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_CommunityId_IsPublic_Kind_Year",
                table: "SearchDocuments");
        }
    }
}
