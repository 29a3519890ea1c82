using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// Issuing a notice through its page: numbers freeze, the documents are kept as sent, every participant with
/// an address gets an e-mail (over SMTP, to a local sink), and a second issue is a revised notice.
/// </summary>
public abstract class NoticeIssueTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task Issuing_freezes_numbers_keeps_the_documents_and_mails_the_members()
    {
        await using var sink = new SmtpSink();
        await using var app = factory.SendingMailTo(sink);
        var client = new TestClient(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await client.SignInAsync(DemoAccounts.VestfoldAdministrator);
        var meeting = await factory.CreateAsync("FU-BUF", new DateOnly(2042, 4, 3));
        var builder = $"/{Vestfold}/moter/{meeting.Id}/dagsorden";
        await client.PostFormAsync($"{builder}?handler=Standard", [], builder);
        string[] titles = ["Barn og unges psykiske helse", "Ungdomshelse i kommunene", "Felles kompetanseplan for barnevern"];
        foreach (var title in titles)
        {
            await client.PostFormAsync($"{builder}?handler=Add", new() { ["NewTitle"] = title }, builder);
        }
        var notice = $"/{Vestfold}/moter/{meeting.Id}/innkalling";

        var issued = await client.PostFormAsync(notice, []);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);

        var (frozen, revision, participants, issue) = await factory.WithDbAsync(async db =>
        (
            await db.AgendaItems.IgnoreQueryFilters().Where(i => i.MeetingId == meeting.Id).AllAsync(i => i.NumberFrozen),
            await db.Meetings.IgnoreQueryFilters().Where(m => m.Id == meeting.Id).Select(m => m.NoticeRevision).SingleAsync(),
            await db.MeetingParticipants.IgnoreQueryFilters().Where(p => p.MeetingId == meeting.Id && p.Person!.Email != null).CountAsync(),
            await db.NoticeIssues.IgnoreQueryFilters().SingleAsync(n => n.MeetingId == meeting.Id)
        ));
        Assert.True(frozen);
        Assert.Equal(1, revision);
        Assert.True(participants > 0);
        Assert.Equal(participants, issue.RecipientCount);
        // The reminder service may mail the demo's overdue tasks through the same sink; count notices only.
        Assert.Equal(participants, sink.Messages.Count(m => m.Message.Subject?.StartsWith("Innkalling:", StringComparison.Ordinal) == true));

        var pdf = ReadBack.Pdf(await BlobAsync(issue.NoticePdfKey));
        foreach (var (title, n) in titles.Select((title, n) => (title, n)))
        {
            var number = pdf.IndexOf($"2042.{n + 2}", StringComparison.Ordinal);
            Assert.True(number >= 0 && pdf.IndexOf(title, number, StringComparison.Ordinal) > number, $"{title} after 2042.{n + 2} in: {pdf}");
        }
        Assert.True(pdf.IndexOf(titles[0], StringComparison.Ordinal) < pdf.IndexOf(titles[1], StringComparison.Ordinal));
        Assert.True(pdf.IndexOf(titles[1], StringComparison.Ordinal) < pdf.IndexOf(titles[2], StringComparison.Ordinal));
        Assert.DoesNotContain("Revidert innkalling", pdf);

        // A re-issue must say what changed, and is then marked as a revised notice.
        var refused = await client.PostFormAsync(notice, []);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Skriv hva som er endret", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(notice, new() { ["ChangeNote"] = "Ny sak om barnevern" })).StatusCode);
        var second = await factory.WithDbAsync(db => db.NoticeIssues.IgnoreQueryFilters().SingleAsync(n => n.MeetingId == meeting.Id && n.Revision == 2));
        Assert.Contains("Revidert innkalling", ReadBack.Pdf(await BlobAsync(second.NoticePdfKey)));
        Assert.Contains(sink.Messages, m => m.Message.Subject?.StartsWith("Revidert innkalling", StringComparison.Ordinal) == true);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{notice}?handler=Document&revision=1&kind=motebok")).StatusCode);

        // Cancelling the meeting tells everyone called, with a calendar cancellation.
        var edit = $"/{Vestfold}/moter/rediger/{meeting.Id}";
        var form = await client.GetHtmlAsync(edit);
        var cancelled = await client.PostFormAsync(edit, new()
        {
            ["Input.Version"] = TestClient.InputValue(form, "Input.Version")!,
            ["Input.BodyId"] = TestClient.InputValue(form, "Input.BodyId")!,
            ["Input.Date"] = "2042-04-03",
            ["Input.StartTime"] = "12:30",
            ["Input.EndTime"] = "15:30",
            ["Input.IsCancelled"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var cancellations = sink.Messages.Where(m => m.Message.Subject?.StartsWith("Avlyst:", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(participants, cancellations.Count);
        Assert.All(cancellations, m =>
        {
            Assert.Equal("Avlyst: FU-BUF 03.04.2042", m.Message.Subject);
            Assert.Contains(m.Message.Attachments.OfType<MimeKit.MimePart>(), a => a.ContentType.MimeType == "text/calendar" && a.ContentType.Parameters["method"] == "CANCEL");
        });
    }

    private async Task<byte[]> BlobAsync(string key)
    {
        await using var stream = await factory.Services.GetRequiredService<IBlobStore>().OpenReadAsync(key) ?? throw new InvalidOperationException(key);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteNoticeIssueTests(SqliteAppFactory factory) : NoticeIssueTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresNoticeIssueTests(PostgresAppFactory factory) : NoticeIssueTests(factory);
