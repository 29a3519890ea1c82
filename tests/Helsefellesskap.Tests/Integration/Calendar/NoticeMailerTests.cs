using System.Globalization;
using System.Text;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Notice;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using IcalCalendar = Ical.Net.Calendar;

namespace Helsefellesskap.Tests.Integration.Calendar;

/// <summary>The notice e-mail, sent over SMTP to a local sink and read back as MIME and iCalendar.</summary>
public abstract class NoticeMailerTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;
    private static readonly byte[] NoticePdf = Encoding.ASCII.GetBytes("%PDF-1.7 innkalling");

    [Fact]
    public async Task Notice_goes_to_each_participant_with_an_address_with_answer_links_pdf_and_invitation()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        await using var sink = new SmtpSink();
        await using var app = factory.SendingMailTo(sink);

        var sent = await SendAsync(app.Services, scenario, (mailer, meeting, participants) =>
            mailer.SendNoticeAsync(meeting, participants, NoticePdf, revised: false, changeNote: null));

        Assert.Equal(2, sent);
        Assert.Equal(2, sink.Messages.Count);
        foreach (var person in new[] { scenario.Member, scenario.Guest })
        {
            var participant = scenario.ParticipantFor(person);
            var mail = Assert.Single(sink.Messages, m => m.Recipients.SequenceEqual([person.Email!]));
            var message = mail.Message;
            Assert.Equal($"Innkalling: {CalendarScenario.ShortName} {OsloTime.Format(scenario.Meeting.Date)}", message.Subject);
            var text = message.TextBody ?? throw new InvalidOperationException("No text body.");
            Assert.Contains(person.Name, text);
            Assert.Contains(OsloTime.Format(scenario.Meeting.Date), text);
            Assert.Contains("09:00–11:30", text);
            Assert.Contains(scenario.Meeting.Location!, text);
            var year = scenario.Meeting.Date.Year;
            Assert.True(text.IndexOf($"{year}.1 Godkjenning av innkalling og dagsorden", StringComparison.Ordinal)
                < text.IndexOf($"{year}.2 Felles kalender for møter", StringComparison.Ordinal), text);
            Assert.Contains($"/{Vestfold}/moter/{scenario.Meeting.Id}", text);
            Assert.Contains($"/{Vestfold}/svar/{participant.ResponseToken}?svar=kommer", text);
            Assert.Contains($"/{Vestfold}/svar/{participant.ResponseToken}?svar=forfall", text);

            var pdf = Assert.Single(message.Attachments.OfType<MimePart>(), a => a.ContentType.MimeType == "application/pdf");
            Assert.Equal(NoticePdf, Content(pdf));
            var invitation = Invitation(message, "REQUEST");
            Assert.Equal("REQUEST", invitation.Method);
            var calendarEvent = Assert.Single(invitation.Events);
            Assert.Equal(scenario.Uid, calendarEvent.Uid);
            Assert.Equal(scenario.Meeting.CalendarSequence, calendarEvent.Sequence);
            Assert.Equal("Europe/Oslo", calendarEvent.DtStart!.TzId);
            Assert.Equal($"mailto:{person.Email}", Assert.Single(calendarEvent.Attendees).Value!.OriginalString);
            Assert.NotNull(calendarEvent.Organizer);
        }
        Assert.DoesNotContain(sink.Messages, m => m.Message.TextBody?.Contains(scenario.WithoutEmail.Name) == true);
    }

    [Fact]
    public async Task A_revised_notice_says_so_with_the_change_and_the_raised_sequence()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        await scenario.UpdateMeetingAsync(factory, m =>
        {
            m.NoticeRevision = 2;
            m.CalendarSequence = 3;
        });
        await using var sink = new SmtpSink();
        await using var app = factory.SendingMailTo(sink);

        await SendAsync(app.Services, scenario, (mailer, meeting, participants) =>
            mailer.SendNoticeAsync(meeting, participants, NoticePdf, revised: true, changeNote: "Nytt møterom."));

        var message = sink.Messages.First().Message;
        Assert.StartsWith("Revidert innkalling: ", message.Subject);
        Assert.Contains("Endringer: Nytt møterom.", message.TextBody);
        Assert.Equal(3, Assert.Single(Invitation(message, "REQUEST").Events).Sequence);
    }

    [Fact]
    public async Task A_cancellation_carries_a_calendar_cancel_for_the_same_event()
    {
        var scenario = await CalendarScenario.CreateAsync(factory);
        await scenario.UpdateMeetingAsync(factory, m =>
        {
            m.Status = MeetingStatus.Cancelled;
            m.CalendarSequence = 1;
        });
        await using var sink = new SmtpSink();
        await using var app = factory.SendingMailTo(sink);

        var sent = await SendAsync(app.Services, scenario, (mailer, meeting, participants) => mailer.SendCancellationAsync(meeting, participants));

        Assert.Equal(2, sent);
        var message = sink.Messages.First().Message;
        Assert.StartsWith("Avlyst: ", message.Subject);
        Assert.DoesNotContain(message.Attachments, a => a.ContentType.MimeType == "application/pdf");
        var invitation = Invitation(message, "CANCEL");
        Assert.Equal("CANCEL", invitation.Method);
        var calendarEvent = Assert.Single(invitation.Events);
        Assert.Equal(scenario.Uid, calendarEvent.Uid);
        Assert.Equal(1, calendarEvent.Sequence);
        Assert.Equal("CANCELLED", calendarEvent.Status);
    }

    /// <summary>Loads the scenario's meeting as the notice page would (body and people loaded) and sends with the app's mailer.</summary>
    private static async Task<int> SendAsync(IServiceProvider services, CalendarScenario scenario,
        Func<NoticeMailer, Meeting, IReadOnlyList<MeetingParticipant>, Task<int>> send)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nb-NO");
        await using var scope = await CalendarScenario.TenantScopeAsync(services, Vestfold);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var meeting = await db.Meetings.Include(m => m.Body).SingleAsync(m => m.Id == scenario.Meeting.Id);
        var participants = await db.MeetingParticipants.Include(p => p.Person).Where(p => p.MeetingId == meeting.Id).ToListAsync();
        return await send(scope.ServiceProvider.GetRequiredService<NoticeMailer>(), meeting, participants);
    }

    private static IcalCalendar Invitation(MimeMessage message, string method)
    {
        var part = Assert.Single(message.Attachments.OfType<MimePart>(), a => a.ContentType.MimeType == "text/calendar");
        Assert.Equal("invitasjon.ics", part.FileName);
        Assert.Equal(method, part.ContentType.Parameters["method"]);
        var ics = Encoding.UTF8.GetString(Content(part));
        CalendarFeedTests.AssertWrittenForAnyClient(ics);
        return IcalCalendar.Load(ics) ?? throw new InvalidOperationException("No calendar in the invitation.");
    }

    private static byte[] Content(MimePart part)
    {
        using var stream = new MemoryStream();
        (part.Content ?? throw new InvalidOperationException("The part has no content.")).DecodeTo(stream);
        return stream.ToArray();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteNoticeMailerTests(SqliteAppFactory factory) : NoticeMailerTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresNoticeMailerTests(PostgresAppFactory factory) : NoticeMailerTests(factory);
