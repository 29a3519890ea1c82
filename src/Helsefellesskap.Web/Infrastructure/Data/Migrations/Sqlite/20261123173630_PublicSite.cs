using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Helsefellesskap.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicSite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "ServiceUnits",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "ServiceUnits",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "People",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "People",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "Partners",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "Partners",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "NoticeIssues",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "NoticeIssues",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "MinutesComments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "Memberships",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "Memberships",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "Meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "Meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "MeetingPlans",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "MeetingPlans",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "MeetingPlanEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "MeetingPlanEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "MeetingParticipants",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "MeetingParticipants",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "Matters",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "MandateVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "MandateVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "FollowUpTasks",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "DeviationRoles",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "DeviationRoles",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "DeviationReports",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "DeviationEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "DeviationEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "DeviationCategories",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "DeviationCategories",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "CommunityAccesses",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "CommunityAccesses",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "CasePapers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "CasePapers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "Bodies",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "Bodies",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "Attachments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "Attachments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "AgendaItems",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "AgendaItems",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "AgendaItemResponsibles",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAtUtc",
                table: "AgendaItemResponsibles",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "Publications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Publications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Publications_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicStamps",
                columns: table => new
                {
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicStamps", x => x.CommunityId);
                    table.ForeignKey(
                        name: "FK_PublicStamps_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicTombstones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityCreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicTombstones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicTombstones_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    TitleTerms = table.Column<string>(type: "TEXT", nullable: true),
                    Terms = table.Column<string>(type: "TEXT", nullable: true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Publications_CommunityId",
                table: "Publications",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Publications_CommunityId_PublishedAtUtc",
                table: "Publications",
                columns: new[] { "CommunityId", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Publications_CommunityId_Scope_Kind_SourceId",
                table: "Publications",
                columns: new[] { "CommunityId", "Scope", "Kind", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicTombstones_CommunityId",
                table: "PublicTombstones",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicTombstones_CommunityId_EntityType_CreatedAtUtc",
                table: "PublicTombstones",
                columns: new[] { "CommunityId", "EntityType", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_CommunityId",
                table: "SearchDocuments",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_CommunityId_IsPublic_Year",
                table: "SearchDocuments",
                columns: new[] { "CommunityId", "IsPublic", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_CommunityId_Scope_Kind_SourceId",
                table: "SearchDocuments",
                columns: new[] { "CommunityId", "Scope", "Kind", "SourceId" },
                unique: true);

            // Full-text index: FTS5 over the stemmed terms (FTS5 has no Norwegian stemmer), kept in step by triggers.
            // '.' is a token character so a case number such as 2022.39 stays one term; the terms hold no other dots.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5("TitleTerms", "Terms", content='SearchDocuments', content_rowid='Id',
                    tokenize="unicode61 remove_diacritics 0 tokenchars '.'");
                CREATE TRIGGER "SearchDocuments_ai" AFTER INSERT ON "SearchDocuments" BEGIN
                    INSERT INTO "SearchIndex"(rowid, "TitleTerms", "Terms") VALUES (new."Id", new."TitleTerms", new."Terms");
                END;
                CREATE TRIGGER "SearchDocuments_ad" AFTER DELETE ON "SearchDocuments" BEGIN
                    INSERT INTO "SearchIndex"("SearchIndex", rowid, "TitleTerms", "Terms") VALUES ('delete', old."Id", old."TitleTerms", old."Terms");
                END;
                CREATE TRIGGER "SearchDocuments_au" AFTER UPDATE ON "SearchDocuments" BEGIN
                    INSERT INTO "SearchIndex"("SearchIndex", rowid, "TitleTerms", "Terms") VALUES ('delete', old."Id", old."TitleTerms", old."Terms");
                    INSERT INTO "SearchIndex"(rowid, "TitleTerms", "Terms") VALUES (new."Id", new."TitleTerms", new."Terms");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchDocuments_au";
                DROP TRIGGER "SearchDocuments_ad";
                DROP TRIGGER "SearchDocuments_ai";
                DROP TABLE "SearchIndex";
                """);

            migrationBuilder.DropTable(
                name: "Publications");

            migrationBuilder.DropTable(
                name: "PublicStamps");

            migrationBuilder.DropTable(
                name: "PublicTombstones");

            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "ServiceUnits");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "ServiceUnits");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "People");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "People");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "NoticeIssues");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "NoticeIssues");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "MinutesComments");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "MeetingPlans");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "MeetingPlans");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "MeetingPlanEntries");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "MeetingPlanEntries");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "MeetingParticipants");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "MeetingParticipants");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "Matters");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "MandateVersions");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "MandateVersions");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "FollowUpTasks");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "DeviationRoles");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "DeviationRoles");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "DeviationReports");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "DeviationEntries");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "DeviationEntries");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "DeviationCategories");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "DeviationCategories");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "CommunityAccesses");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "CommunityAccesses");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "CasePapers");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "CasePapers");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "AgendaItemResponsibles");

            migrationBuilder.DropColumn(
                name: "ModifiedAtUtc",
                table: "AgendaItemResponsibles");
        }
    }
}
