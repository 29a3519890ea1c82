using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Helsefellesskap.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Deviations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WorkUnitId",
                table: "People",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DeviationCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationCategories_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationCategories_DeviationCategories_ParentId",
                        column: x => x.ParentId,
                        principalTable: "DeviationCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceUnits_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceUnits_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceUnits_ServiceUnits_ParentId",
                        column: x => x.ParentId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeviationReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Track = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsComplaint = table.Column<bool>(type: "boolean", nullable: false),
                    JournalNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReporterUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReporterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReporterEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ReporterRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReportingPartnerId = table.Column<int>(type: "integer", nullable: false),
                    ReportingUnitId = table.Column<int>(type: "integer", nullable: true),
                    ReceivingPartnerId = table.Column<int>(type: "integer", nullable: true),
                    ReceivingUnitId = table.Column<int>(type: "integer", nullable: true),
                    Direction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    EventDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EventPartOfDay = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Phase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CategoryId = table.Column<int>(type: "integer", nullable: true),
                    SubcategoryId = table.Column<int>(type: "integer", nullable: true),
                    AgreementReference = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PatientGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Consequence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    WhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ImmediateAction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SuggestedImprovement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LocalReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgeBy = table.Column<DateOnly>(type: "date", nullable: true),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnswerBy = table.Column<DateOnly>(type: "date", nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationReports_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationReports_DeviationCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "DeviationCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationReports_DeviationCategories_SubcategoryId",
                        column: x => x.SubcategoryId,
                        principalTable: "DeviationCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationReports_Partners_ReceivingPartnerId",
                        column: x => x.ReceivingPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationReports_Partners_ReportingPartnerId",
                        column: x => x.ReportingPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationReports_ServiceUnits_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationReports_ServiceUnits_ReportingUnitId",
                        column: x => x.ReportingUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeviationRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationRoles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationRoles_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationRoles_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationRoles_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviationRoles_ServiceUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeviationEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ToState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CommunityId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationEntries_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationEntries_DeviationReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "DeviationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_People_WorkUnitId",
                table: "People",
                column: "WorkUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationCategories_CommunityId",
                table: "DeviationCategories",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationCategories_CommunityId_Code",
                table: "DeviationCategories",
                columns: new[] { "CommunityId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviationCategories_ParentId",
                table: "DeviationCategories",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationEntries_CommunityId",
                table: "DeviationEntries",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationEntries_ReportId_AtUtc",
                table: "DeviationEntries",
                columns: new[] { "ReportId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_CategoryId",
                table: "DeviationReports",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_CommunityId",
                table: "DeviationReports",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_CommunityId_JournalNumber",
                table: "DeviationReports",
                columns: new[] { "CommunityId", "JournalNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_CommunityId_ReceivingPartnerId_State",
                table: "DeviationReports",
                columns: new[] { "CommunityId", "ReceivingPartnerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_CommunityId_ReporterUserId",
                table: "DeviationReports",
                columns: new[] { "CommunityId", "ReporterUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_CommunityId_ReportingPartnerId_State",
                table: "DeviationReports",
                columns: new[] { "CommunityId", "ReportingPartnerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_CommunityId_SentAtUtc",
                table: "DeviationReports",
                columns: new[] { "CommunityId", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReceivingPartnerId",
                table: "DeviationReports",
                column: "ReceivingPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReceivingUnitId",
                table: "DeviationReports",
                column: "ReceivingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReportingPartnerId",
                table: "DeviationReports",
                column: "ReportingPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_ReportingUnitId",
                table: "DeviationReports",
                column: "ReportingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationReports_SubcategoryId",
                table: "DeviationReports",
                column: "SubcategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationRoles_CommunityId",
                table: "DeviationRoles",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationRoles_PartnerId",
                table: "DeviationRoles",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationRoles_PersonId",
                table: "DeviationRoles",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationRoles_UnitId",
                table: "DeviationRoles",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUnits_CommunityId",
                table: "ServiceUnits",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUnits_ParentId",
                table: "ServiceUnits",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUnits_PartnerId",
                table: "ServiceUnits",
                column: "PartnerId");

            migrationBuilder.AddForeignKey(
                name: "FK_People_ServiceUnits_WorkUnitId",
                table: "People",
                column: "WorkUnitId",
                principalTable: "ServiceUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_People_ServiceUnits_WorkUnitId",
                table: "People");

            migrationBuilder.DropTable(
                name: "DeviationEntries");

            migrationBuilder.DropTable(
                name: "DeviationRoles");

            migrationBuilder.DropTable(
                name: "DeviationReports");

            migrationBuilder.DropTable(
                name: "DeviationCategories");

            migrationBuilder.DropTable(
                name: "ServiceUnits");

            migrationBuilder.DropIndex(
                name: "IX_People_WorkUnitId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "WorkUnitId",
                table: "People");
        }
    }
}
