using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>The 2,000 synthetic Vestfold reports: the mix, every state, a plausible pace, dialogues, the nurse's own.</summary>
public abstract class DeviationDemoDataTests(AppFactory factory)
{
    /// <summary>The demo's reports are the community's first (tests add theirs later).</summary>
    private Task<List<DeviationReport>> DemoReportsAsync() =>
        factory.WithDbAsync(async db =>
        {
            var communityId = await factory.CommunityIdAsync(DemoLookup.Vestfold);
            return await db.DeviationReports.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.CommunityId == communityId).OrderBy(r => r.Id).Take(VestfoldDeviationReports.Count)
                .Include(r => r.Category).Include(r => r.Entries)
                .ToListAsync();
        });

    [Fact]
    public async Task Most_reports_go_from_a_municipality_to_the_hospital_about_discharge_and_medicines()
    {
        var reports = await DemoReportsAsync();
        var sent = reports.Where(r => r.State != DeviationState.Draft).ToList();

        Assert.Equal(VestfoldDeviationReports.Count, reports.Count);
        Assert.InRange(sent.Count(r => r.Direction == DeviationDirection.MunicipalityToHospital) / (double)sent.Count, 0.93, 0.97);
        Assert.Contains(sent, r => r.Direction == DeviationDirection.HospitalToMunicipality);
        Assert.Contains(sent, r => r.Direction == DeviationDirection.MunicipalityToMunicipality);
        var byCategory = sent.GroupBy(r => r.Category!.Code).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        Assert.Equal(["C", "D"], byCategory.Take(2));
        var today = OsloTime.Today(TimeProvider.System);
        Assert.All(sent, r => Assert.InRange(DateOnly.FromDateTime(OsloTime.ToOslo(r.SentAtUtc!.Value)), today.AddYears(-3).AddDays(-1), today));
        Assert.All(sent, r => Assert.True(r.EventDate <= DateOnly.FromDateTime(OsloTime.ToOslo(r.SentAtUtc!.Value))));
    }

    [Fact]
    public async Task Every_state_occurs_old_reports_are_mostly_closed_and_some_are_overdue()
    {
        var reports = await DemoReportsAsync();
        var today = OsloTime.Today(TimeProvider.System);

        Assert.Equal(Enum.GetValues<DeviationState>(), reports.Select(r => r.State).Distinct().Order());
        var old = reports.Where(r => r.SentAtUtc < DateTime.UtcNow.AddYears(-1)).ToList();
        Assert.True(old.Count(r => r.State == DeviationState.Closed) > 0.9 * old.Count);
        Assert.Contains(reports, r => r.IsAcknowledgeOverdue(today));
        Assert.Contains(reports, r => r.IsAnswerOverdue(today));
        var formal = reports.Where(r => r.Track == DeviationTrack.Formal).ToList();
        Assert.NotEmpty(formal);
        Assert.All(formal, r => Assert.Matches(@"^\d{4}/\d+$", r.JournalNumber));
        Assert.Equal(formal.Count, formal.Select(r => r.JournalNumber).Distinct().Count());
    }

    [Fact]
    public async Task Closed_reports_went_through_every_step_in_order_with_a_dialogue_in_between()
    {
        var closed = (await DemoReportsAsync()).Where(r => r.State == DeviationState.Closed).ToList();

        Assert.All(closed, r =>
        {
            Assert.True(r.SentAtUtc < r.AcknowledgedAtUtc && r.AcknowledgedAtUtc < r.AnsweredAtUtc && r.AnsweredAtUtc < r.AcceptedAtUtc && r.AcceptedAtUtc < r.ClosedAtUtc);
            var steps = r.Entries.Where(e => e.Kind == DeviationEntryKind.StateChange).OrderBy(e => e.AtUtc).Select(e => e.ToState).ToList();
            Assert.Equal([DeviationState.Sent, DeviationState.Acknowledged], steps.Take(2));
            Assert.Equal([DeviationState.Accepted, DeviationState.Closed], steps.TakeLast(2));
            Assert.NotNull(r.ReceivingUnitId);
        });
        var acknowledgedWithin = closed.Select(r => (r.AcknowledgedAtUtc - r.SentAtUtc)!.Value.TotalDays).Order().ToList();
        Assert.InRange(acknowledgedWithin[acknowledgedWithin.Count / 2], 1, 7);
        var messages = closed.SelectMany(r => r.Entries).Where(e => e.Kind == DeviationEntryKind.Message).ToList();
        Assert.Contains(messages, e => e.Side == DeviationSide.Reporting);
        Assert.Contains(messages, e => e.Side == DeviationSide.Receiving);
    }

    [Fact]
    public async Task The_demo_nurse_has_about_twenty_reports_of_her_own_with_drafts_and_open_cases()
    {
        var nurse = await factory.WithDbAsync(db => db.People.IgnoreQueryFilters().SingleAsync(p => p.Name == VestfoldDeviations.Nurse));
        var hers = (await DemoReportsAsync()).Where(r => r.ReporterUserId == nurse.UserId).ToList();

        Assert.InRange(hers.Count, 18, 22);
        Assert.Contains(hers, r => r.State == DeviationState.Draft);
        Assert.Contains(hers, r => r.State is DeviationState.Sent or DeviationState.Acknowledged or DeviationState.BeingHandled or DeviationState.Answered);
        Assert.All(hers, r => Assert.Equal(nurse.WorkUnitId, r.ReportingUnitId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDeviationDemoDataTests(SqliteAppFactory factory) : DeviationDemoDataTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeviationDemoDataTests(PostgresAppFactory factory) : DeviationDemoDataTests(factory);
