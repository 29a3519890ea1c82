using System.Globalization;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>The Vestfold demo meetings, rebuilt from the seed notices and minutes, read back from the database.</summary>
public abstract class MeetingDemoDataTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task Ssu_26_september_2024_has_the_items_of_the_notice_in_order()
    {
        var meeting = await MeetingAsync("SSU", "2024-09-26");
        var items = meeting.AgendaItems.OrderBy(i => i.SortOrder).ToList();
        var numbered = items.Where(i => i.Numbered).ToList();

        Assert.Equal(Enumerable.Range(24, 12).Select(n => $"2024.{n}"), numbered.Select(i => i.CaseNumber));
        Assert.Equal(
            [
                "Godkjenning av innkalling og dagsorden",
                "Referat SSU 23.05.24, PM 30.05.24 og FSU 05.09.24",
                "Orientering om endringer",
                "Mandat Samhandlingsforum for ledere for psykisk helse og rus i Vestfold",
                "Status og videre tilnærming til revisjon av delavtale beredskap",
                "Delavtale om utskrivningsklare pasienter",
                "Samhandlingsdata og styringsinformasjon",
                "Midler fra HSØ",
                "Samhandlingsmidler – jfr. Nasjonal helse og samhandlingsplan",
                "Planer, tiltak og prioriteringer kommuner, SiV og Helsefelleskap 2025",
                "Endringer i tjenestetilbudet som får konsekvenser for samhandlingspartner, prosess og metode",
                "Faglig samarbeidsutvalg (FSU)",
            ],
            numbered.Select(i => i.Title));
        Assert.All(numbered, i => Assert.True(i.NumberFrozen));
        Assert.Equal(AgendaItemKind.ApproveNotice, items[0].Kind);
        Assert.Equal(AgendaItemKind.Break, items[items.FindIndex(i => i.CaseNumber == "2024.30") + 1].Kind);
        Assert.Equal((AgendaItemKind.AnyOtherBusiness, false), (items[^1].Kind, items[^1].Numbered));
        Assert.Equal(AgendaItemTypes.Information | AgendaItemTypes.Discussion, numbered.Single(i => i.CaseNumber == "2024.28").Types);
        Assert.Equal(
            "Mandat for Samhandlingsforum for ledere for psykisk helse og rus i Vestfold godkjennes.",
            numbered.Single(i => i.CaseNumber == "2024.27").ProposedConclusion);

        Assert.Equal((1, MeetingStatus.NoticeIssued, MinutesStatus.NotStarted), (meeting.NoticeRevision, meeting.Status, meeting.MinutesStatus));
        Assert.Contains(meeting.Participants, p => p.Response == AttendanceResponse.Coming && p.IsChair);
        Assert.Contains(meeting.Participants, p => p.Response == AttendanceResponse.NotComing);
        Assert.Contains(meeting.Participants, p => p.IsMinuteTaker && p.Role == ParticipantRole.Secretariat);

        var papers = await factory.WithDbAsync(db => db.CasePapers.IgnoreQueryFilters()
            .Where(c => c.AgendaItem!.MeetingId == meeting.Id).Select(c => c.AgendaItem!.CaseSequence).ToListAsync());
        Assert.Equal([30, 32, 34, 35], papers.Order());
    }

    [Fact]
    public async Task Ssu_23_may_2024_has_its_items_with_conclusions_and_approved_minutes()
    {
        var meeting = await MeetingAsync("SSU", "2024-05-23");
        var items = meeting.AgendaItems.OrderBy(i => i.SortOrder).ToList();

        Assert.Equal(Enumerable.Range(11, 13).Select(n => $"2024.{n}"), items.Select(i => i.CaseNumber));
        Assert.All(items.Where(i => i.Kind != AgendaItemKind.AnyOtherBusiness), i => Assert.NotEmpty(i.ConclusionPoints));
        Assert.Equal(
            "Orienteringen tas til etterretning. SiV og kommunene vil følge opp saken internt og saken settes på agendaen i SSU møtet 26. september.",
            items.Single(i => i.CaseNumber == "2024.17").Conclusion);
        Assert.Equal(2, items.Single(i => i.CaseNumber == "2024.16").ConclusionPoints.Count);
        Assert.Equal((MeetingStatus.Held, MinutesStatus.Approved), (meeting.Status, meeting.MinutesStatus));
        Assert.NotNull(meeting.MinutesPublishedAtUtc);
        Assert.Single(meeting.Participants, p => p.IsChair && p.Attendance == AttendanceStatus.Present);
        Assert.Single(meeting.Participants, p => p.IsMinuteTaker);
        Assert.Equal(2, meeting.Participants.Count(p => p.Attendance == AttendanceStatus.Absent));
    }

    [Fact]
    public async Task Item_2024_28_follows_up_2024_17_in_the_same_matter()
    {
        var may = await MeetingAsync("SSU", "2024-05-23");
        var september = await MeetingAsync("SSU", "2024-09-26");
        var first = may.AgendaItems.Single(i => i.CaseNumber == "2024.17");
        var followUp = september.AgendaItems.Single(i => i.CaseNumber == "2024.28");

        Assert.Equal(first.MatterId, followUp.MatterId);
        Assert.Equal((first.Id, ItemOrigin.FollowUp), (followUp.PreviousItemId, followUp.Origin));
        Assert.Contains("Oppfølging av SSU-sak 2024.17", followUp.Description);

        var task = await factory.WithDbAsync(db => db.FollowUpTasks.IgnoreQueryFilters().SingleAsync(t => t.SourceAgendaItemId == first.Id));
        Assert.Equal((FollowUpStatus.Done, september.Id, 1), (task.Status, task.TargetMeetingId, task.SourcePointNumber));
        Assert.Equal(task.Id, followUp.FromFollowUpTaskId);
    }

    [Fact]
    public async Task The_fsu_mandate_matter_runs_from_fsu_to_ssu_and_goes_back_to_fsu()
    {
        var fsu = await factory.BodyAsync(Vestfold, "FSU");
        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var september = await MeetingAsync("SSU", "2024-09-26");
        var item = september.AgendaItems.Single(i => i.CaseNumber == "2024.35");

        var chain = await factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters()
            .Where(i => i.MatterId == item.MatterId).OrderBy(i => i.Meeting!.Date)
            .Select(i => new { i.Id, i.Meeting!.BodyId, i.Meeting.Date, i.CaseNumber }).ToListAsync());
        Assert.Equal(
            [(fsu.Id, new DateOnly(2024, 9, 5), "2024.18"), (ssu.Id, new DateOnly(2024, 9, 26), "2024.35")],
            chain.Select(c => (c.BodyId, c.Date, c.CaseNumber)));
        Assert.Equal((chain[0].Id, ItemOrigin.SentFrom), (item.PreviousItemId, item.Origin));
        Assert.Contains("Saken sendes tilbake til FSU", item.ProposedConclusion);

        var paper = await factory.WithDbAsync(db => db.CasePapers.IgnoreQueryFilters().SingleAsync(c => c.AgendaItemId == item.Id));
        Assert.Equal(("Beslutning", "Sekretariatet"), (paper.CaseType, paper.Caseworker));

        var task = await factory.WithDbAsync(db => db.FollowUpTasks.IgnoreQueryFilters().SingleAsync(t => t.SourceAgendaItemId == item.Id));
        Assert.Equal((fsu.Id, new DateOnly(2024, 11, 28)), (task.OwnerBodyId, task.DueDate));
        Assert.True(task.IsOverdue(OsloTime.Today(TimeProvider.System)));
    }

    [Fact]
    public async Task Case_numbers_never_repeat_within_a_body_and_year()
    {
        var communityId = await factory.CommunityIdAsync(Vestfold);
        // Other tests in the same database make meetings of their own in years the demo does not use.
        var lastDemoYear = OsloTime.Today(TimeProvider.System).Year + 1;
        var numbers = await factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters()
            .Where(i => i.CommunityId == communityId && i.CaseSequence != null && i.CaseYear >= 2022 && i.CaseYear <= lastDemoYear)
            .Select(i => new { i.Meeting!.BodyId, i.CaseYear, i.CaseSequence }).ToListAsync());

        Assert.True(numbers.Count > 60);
        Assert.Empty(numbers.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public async Task Minutes_of_22_september_2022_were_approved_at_the_next_ssu_meeting_which_adopted_the_plan_for_2023()
    {
        var september = await MeetingAsync("SSU", "2022-09-22");
        var november = await MeetingAsync("SSU", "2022-11-24");
        var approval = november.AgendaItems.Single(i => i.CaseNumber == "2022.36");

        Assert.Equal(Enumerable.Range(21, 14).Select(n => $"2022.{n}"), september.AgendaItems.OrderBy(i => i.SortOrder).Select(i => i.CaseNumber));
        Assert.Equal(Enumerable.Range(35, 10).Select(n => $"2022.{n}"), november.AgendaItems.OrderBy(i => i.SortOrder).Select(i => i.CaseNumber));
        Assert.Equal((AgendaItemKind.ApproveMinutes, september.Id), (approval.Kind, approval.ApprovesMinutesOfMeetingId));
        Assert.Equal((MinutesStatus.Approved, MinutesApproval.AtMeeting, approval.Id),
            (september.MinutesStatus, september.MinutesApprovedBy, september.MinutesApprovedInAgendaItemId));
        Assert.Equal(1, november.NoticeRevision);

        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var plan = await factory.WithDbAsync(db => db.MeetingPlans.IgnoreQueryFilters().Include(p => p.Entries)
            .SingleAsync(p => p.BodyId == ssu.Id && p.Year == 2023));
        Assert.True(plan.IsAdopted);
        Assert.Equal(
            ["2023-02-02", "2023-06-01", "2023-09-28", "2023-11-23"],
            plan.Entries.OrderBy(e => e.Date).Select(e => e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        await AssertPlanMeetingsAsync(plan);
    }

    [Fact]
    public async Task The_next_ssu_meeting_is_after_today_with_a_draft_agenda_and_a_task_to_offer()
    {
        var today = OsloTime.Today(TimeProvider.System);
        var ssu = await factory.BodyAsync(Vestfold, "SSU");
        var next = await factory.WithDbAsync(db => db.Meetings.IgnoreQueryFilters().Include(m => m.AgendaItems)
            .Where(m => m.BodyId == ssu.Id && m.Date > today).OrderBy(m => m.Date).FirstAsync());

        Assert.Equal((0, MeetingStatus.Planned), (next.NoticeRevision, next.Status));
        var items = next.AgendaItems.OrderBy(i => i.SortOrder).ToList();
        Assert.Equal(AgendaItemKind.ApproveNotice, items[0].Kind);
        Assert.Equal(AgendaItemKind.ApproveMinutes, items[1].Kind);
        Assert.Equal(AgendaItemKind.AnyOtherBusiness, items[^1].Kind);
        Assert.InRange(items.Count(i => i.Kind == AgendaItemKind.Regular), 3, 4);
        var numbered = items.Where(i => i.Numbered).ToList();
        Assert.All(numbered, i => Assert.Equal((next.Date.Year, false), (i.CaseYear, i.NumberFrozen)));
        Assert.Equal(numbered.Count, numbered.Select(i => i.CaseSequence).Distinct().Count());

        var preparedness = items.Single(i => i.Title == "Revisjon av delavtale om beredskap");
        var matterBodies = await factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters()
            .Where(i => i.MatterId == preparedness.MatterId).Select(i => i.CaseNumber).ToListAsync());
        Assert.Contains("2024.17", matterBodies);
        Assert.Contains("2024.28", matterBodies);

        var task = await factory.WithDbAsync(db => db.FollowUpTasks.IgnoreQueryFilters().SingleAsync(t => t.TargetMeetingId == next.Id));
        Assert.True(task.IsOpen);
        Assert.DoesNotContain(items, i => i.FromFollowUpTaskId == task.Id);

        foreach (var year in new[] { today.Year, today.Year + 1 })
        {
            var plan = await factory.WithDbAsync(db => db.MeetingPlans.IgnoreQueryFilters().Include(p => p.Entries)
                .SingleAsync(p => p.BodyId == ssu.Id && p.Year == year));
            Assert.True(plan.IsAdopted);
            Assert.InRange(plan.Entries.Count, 4, 5);
            await AssertPlanMeetingsAsync(plan);
        }
    }

    [Fact]
    public async Task No_real_person_from_the_seed_documents_is_named()
    {
        string[] seedNames =
        [
            "Rannveig", "Henning", "Mørland", "Winsvold", "Nordberg", "Reissig", "Danielsen", "Hestnes", "Aasland", "Dunset",
            "Wang-Hansen", "Marthinsen", "Martinsen", "Andreassen", "Kinserdal", "Lysaker", "Firing", "Tafjord", "Øistad", "Forsdal",
            "Horsdal", "Rønning", "Jagtar", "Sigmund", "Magnussen", "Voss", "Evensen", "Forbord", "Klevan", "Bratli",
        ];
        var communityId = await factory.CommunityIdAsync(Vestfold);
        var texts = await factory.WithDbAsync(async db =>
        {
            var items = await db.AgendaItems.IgnoreQueryFilters().Where(i => i.CommunityId == communityId)
                .Select(i => new[] { i.Title, i.Description, i.ProposedConclusion, i.MinutesSummary, i.Conclusion }).ToListAsync();
            var responsible = await db.AgendaItemResponsibles.IgnoreQueryFilters().Where(r => r.CommunityId == communityId)
                .Select(r => new[] { r.Name }).ToListAsync();
            var papers = await db.CasePapers.IgnoreQueryFilters().Where(c => c.CommunityId == communityId)
                .Select(c => new[] { c.Caseworker, c.Background, c.Assessment, c.ProposedResolution }).ToListAsync();
            return items.Concat(responsible).Concat(papers).SelectMany(t => t).OfType<string>().ToList();
        });

        Assert.NotEmpty(texts);
        Assert.DoesNotContain(seedNames, name => texts.Any(t => t.Contains(name, StringComparison.Ordinal)));
    }

    /// <summary>Every entry of the plan created its meeting, and an AU meeting preparing it.</summary>
    private async Task AssertPlanMeetingsAsync(MeetingPlan plan)
    {
        var au = await factory.BodyAsync(Vestfold, "AU");
        var entryIds = plan.Entries.Select(e => e.Id).ToList();
        var meetings = await factory.WithDbAsync(db => db.Meetings.IgnoreQueryFilters()
            .Where(m => m.MeetingPlanEntryId != null && entryIds.Contains(m.MeetingPlanEntryId.Value)).ToListAsync());
        foreach (var entry in plan.Entries)
        {
            var meeting = Assert.Single(meetings, m => m.Id == entry.MeetingId);
            Assert.Equal((entry.Date, entry.Id, plan.BodyId), (meeting.Date, meeting.MeetingPlanEntryId, meeting.BodyId));
            var preparatory = Assert.Single(meetings, m => m.PreparesMeetingId == meeting.Id);
            Assert.Equal((au.Id, entry.PreparatoryDate, entry.Id), (preparatory.BodyId, (DateOnly?)preparatory.Date, preparatory.MeetingPlanEntryId));
        }
    }

    private async Task<Meeting> MeetingAsync(string body, string date)
    {
        var bodyId = (await factory.BodyAsync(Vestfold, body)).Id;
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await factory.WithDbAsync(db => db.Meetings.IgnoreQueryFilters()
            .Include(m => m.AgendaItems)
            .Include(m => m.Participants)
            .SingleAsync(m => m.BodyId == bodyId && m.Date == day));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMeetingDemoDataTests(SqliteAppFactory factory) : MeetingDemoDataTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMeetingDemoDataTests(PostgresAppFactory factory) : MeetingDemoDataTests(factory);
