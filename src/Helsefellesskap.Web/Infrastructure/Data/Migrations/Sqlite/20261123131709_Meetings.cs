using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Helsefellesskap.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Matters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OriginBodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Matters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Matters_Bodies_OriginBodyId",
                        column: x => x.OriginBodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Matters_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AdoptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingPlans_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingPlans_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Addressees = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PreparesMeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    MeetingPlanEntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    CalendarUid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CalendarSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeIssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MinutesStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MinutesCirculatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MinutesApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MinutesApprovedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MinutesApprovedInAgendaItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    MinutesPublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_Meetings_PreparesMeetingId",
                        column: x => x.PreparesMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    MatterId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Numbered = table.Column<bool>(type: "INTEGER", nullable: false),
                    CaseYear = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    NumberFrozen = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Types = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ProposedConclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsRestricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    RestrictionGround = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PreviousItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovesMinutesOfMeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    FromFollowUpTaskId = table.Column<int>(type: "INTEGER", nullable: true),
                    MinutesSummary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_AgendaItems_PreviousItemId",
                        column: x => x.PreviousItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Meetings_ApprovesMinutesOfMeetingId",
                        column: x => x.ApprovesMinutesOfMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubstituteForPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RespondedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsChair = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsMinuteTaker = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResponseToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_People_SubstituteForPersonId",
                        column: x => x.SubstituteForPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingPlanEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PreparatoryBodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    PreparatoryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PreparatoryStartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    PreparatoryEndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingPlanEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingPlanEntries_Bodies_PreparatoryBodyId",
                        column: x => x.PreparatoryBodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingPlanEntries_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingPlanEntries_MeetingPlans_MeetingPlanId",
                        column: x => x.MeetingPlanId,
                        principalTable: "MeetingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingPlanEntries_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "MinutesComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesComments_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MinutesComments_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NoticeIssues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NoticePdfKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NoticeDocxKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeetingBookKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeIssues_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NoticeIssues_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItemResponsibles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItemResponsibles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItemResponsibles_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgendaItemResponsibles_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItemResponsibles_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BlobKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExtractedText = table.Column<string>(type: "TEXT", nullable: true),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Attachments_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CasePapers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Caseworker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Background = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ProposedResolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePapers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasePapers_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CasePapers_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OwnerPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerBodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TargetMeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceAgendaItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourcePointNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    MatterId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReminderSentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_AgendaItems_SourceAgendaItemId",
                        column: x => x.SourceAgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_Bodies_OwnerBodyId",
                        column: x => x.OwnerBodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_Meetings_TargetMeetingId",
                        column: x => x.TargetMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_People_OwnerPersonId",
                        column: x => x.OwnerPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItemResponsibles_AgendaItemId",
                table: "AgendaItemResponsibles",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItemResponsibles_CommunityId",
                table: "AgendaItemResponsibles",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItemResponsibles_PersonId",
                table: "AgendaItemResponsibles",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_ApprovesMinutesOfMeetingId",
                table: "AgendaItems",
                column: "ApprovesMinutesOfMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_CommunityId",
                table: "AgendaItems",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MatterId",
                table: "AgendaItems",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_SortOrder",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_PreviousItemId",
                table: "AgendaItems",
                column: "PreviousItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_AgendaItemId",
                table: "Attachments",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_CommunityId",
                table: "Attachments",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_CasePapers_AgendaItemId",
                table: "CasePapers",
                column: "AgendaItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CasePapers_CommunityId",
                table: "CasePapers",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_CommunityId",
                table: "FollowUpTasks",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_MatterId",
                table: "FollowUpTasks",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_OwnerBodyId",
                table: "FollowUpTasks",
                column: "OwnerBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_OwnerPersonId",
                table: "FollowUpTasks",
                column: "OwnerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_SourceAgendaItemId",
                table: "FollowUpTasks",
                column: "SourceAgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_TargetMeetingId",
                table: "FollowUpTasks",
                column: "TargetMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Matters_CommunityId",
                table: "Matters",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Matters_OriginBodyId",
                table: "Matters",
                column: "OriginBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_CommunityId",
                table: "MeetingParticipants",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_MeetingId_PersonId",
                table: "MeetingParticipants",
                columns: new[] { "MeetingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_PersonId",
                table: "MeetingParticipants",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_ResponseToken",
                table: "MeetingParticipants",
                column: "ResponseToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_SubstituteForPersonId",
                table: "MeetingParticipants",
                column: "SubstituteForPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlanEntries_CommunityId",
                table: "MeetingPlanEntries",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlanEntries_MeetingId",
                table: "MeetingPlanEntries",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlanEntries_MeetingPlanId",
                table: "MeetingPlanEntries",
                column: "MeetingPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlanEntries_PreparatoryBodyId",
                table: "MeetingPlanEntries",
                column: "PreparatoryBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlans_BodyId",
                table: "MeetingPlans",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlans_CommunityId",
                table: "MeetingPlans",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPlans_CommunityId_BodyId_Year",
                table: "MeetingPlans",
                columns: new[] { "CommunityId", "BodyId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_BodyId",
                table: "Meetings",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_CalendarUid",
                table: "Meetings",
                column: "CalendarUid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_CommunityId",
                table: "Meetings",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_CommunityId_BodyId_Date",
                table: "Meetings",
                columns: new[] { "CommunityId", "BodyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_PreparesMeetingId",
                table: "Meetings",
                column: "PreparesMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesComments_CommunityId",
                table: "MinutesComments",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesComments_MeetingId",
                table: "MinutesComments",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeIssues_CommunityId",
                table: "NoticeIssues",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeIssues_MeetingId_Revision",
                table: "NoticeIssues",
                columns: new[] { "MeetingId", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItemResponsibles");

            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "CasePapers");

            migrationBuilder.DropTable(
                name: "FollowUpTasks");

            migrationBuilder.DropTable(
                name: "MeetingParticipants");

            migrationBuilder.DropTable(
                name: "MeetingPlanEntries");

            migrationBuilder.DropTable(
                name: "MinutesComments");

            migrationBuilder.DropTable(
                name: "NoticeIssues");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "MeetingPlans");

            migrationBuilder.DropTable(
                name: "Matters");

            migrationBuilder.DropTable(
                name: "Meetings");
        }
    }
}
