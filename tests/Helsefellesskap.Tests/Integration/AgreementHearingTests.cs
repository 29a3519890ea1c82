using System.Globalization;
using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Agreements;
using Helsefellesskap.Web.Features.Agreements.Deadlines;
using Helsefellesskap.Web.Features.Agreements.Hearings;
using Helsefellesskap.Web.Features.Agreements.Reviews;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Helsefellesskap.Tests.Integration;

/// <summary>Hearings of agreement drafts, comments side by side, reviews and evaluations, the deadlines dashboard and the reminders.</summary>
public abstract class AgreementHearingTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    private static readonly DateOnly Today = OsloTime.Today(TimeProvider.System);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<TestClient> AdministratorAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

    private Task<AgreementData> DataAsync() => AgreementData.ForAsync(factory, Vestfold);

    [Fact]
    public async Task A_draft_sent_on_hearing_notifies_the_representatives_of_the_invited_partners()
    {
        var data = await DataAsync();
        var (horten, holmestrand, siv) = (await data.PartnerAsync("Horten"), await data.PartnerAsync("Holmestrand"), await data.PartnerAsync("Sykehuset"));
        var owner = await data.BodyAsync();
        var elsewhere = await data.BodyAsync();
        var inOwnerBody = await data.PersonAsync();
        var hortenElsewhere = await data.PersonAsync();
        var holmestrandElsewhere = await data.PersonAsync();
        await data.MembershipAsync(inOwnerBody, owner, horten);
        await data.MembershipAsync(hortenElsewhere, elsewhere, horten);
        await data.MembershipAsync(holmestrandElsewhere, elsewhere, holmestrand);
        var agreement = await data.AgreementAsync([horten, holmestrand], a => a.OwnerBodyId = owner.Id);
        var version = await data.VersionAsync(agreement, 1, Today);
        var client = await AdministratorAsync();
        var url = $"/{Vestfold}/avtaler/versjoner/{version.Id}/horing";

        var form = await client.GetHtmlAsync(url);
        Assert.Matches($"<input[^>]*checked=\"checked\"[^>]*value=\"{horten}\"|<input[^>]*value=\"{horten}\"[^>]*checked", form);
        Assert.Matches($"<input[^>]*value=\"{siv}\"", form);
        Assert.DoesNotMatch($"<input[^>]*value=\"{siv}\"[^>]*checked", form);

        // Two checkboxes ticked: the field is posted twice.
        var body = new FormUrlEncodedContent(
        [
            new("Input.PartnerIds", horten.ToString()),
            new("Input.PartnerIds", holmestrand.ToString()),
            new("Input.Deadline", Iso(Today.AddDays(30))),
            new("Input.Message", $"Vennligst svar innen fristen {data.Suffix}"),
            new("__RequestVerificationToken", TestClient.AntiforgeryToken(form)!),
        ]);
        var response = await client.Http.PostAsync(url, body);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var hearing = await factory.WithDbAsync(db => db.AgreementHearings.IgnoreQueryFilters().Include(h => h.Invitees)
            .Where(h => h.VersionId == version.Id && h.Message!.Contains(data.Suffix)).SingleAsync());
        Assert.Equal($"/{Vestfold}/avtaler/horinger/{hearing.Id}", TestClient.LocationPath(response));
        Assert.Equal(Today.AddDays(30), hearing.Deadline);
        Assert.Equal(new[] { horten, holmestrand }.Order(), hearing.Invitees.Select(i => i.PartnerId).Order());
        Assert.All(hearing.Invitees, i => Assert.NotNull(i.NotifiedAtUtc));

        var mails = Mails().Where(m => m.Subject?.Contains(agreement.Title) == true).ToList();
        var toOwnerBody = Assert.Single(mails, m => IsTo(m, inOwnerBody));
        Assert.Single(mails, m => IsTo(m, holmestrandElsewhere));
        Assert.DoesNotContain(mails, m => IsTo(m, hortenElsewhere));
        Assert.Contains(OsloTime.Format(Today.AddDays(30)), toOwnerBody.TextBody);
        Assert.Contains($"Vennligst svar innen fristen {data.Suffix}", toOwnerBody.TextBody);
        Assert.Contains($"/{Vestfold}/avtaler/horinger/{hearing.Id}/uttalelse", toOwnerBody.TextBody);

        var list = await data.InCommunityAsync(db => VersionHearingList.LoadAsync(db, version.Id, Today));
        Assert.True(list.MayGoOnHearing);
        Assert.Equal(hearing.Id, Assert.Single(list.Hearings).Id);
    }

    [Fact]
    public async Task A_hearing_deadline_in_the_past_is_refused_and_the_input_kept()
    {
        var data = await DataAsync();
        var horten = await data.PartnerAsync("Horten");
        var agreement = await data.AgreementAsync([horten]);
        var version = await data.VersionAsync(agreement, 1, Today);
        var client = await AdministratorAsync();
        var yesterday = Iso(Today.AddDays(-1));

        var response = await client.PostFormAsync($"/{Vestfold}/avtaler/versjoner/{version.Id}/horing", new()
        {
            ["Input.PartnerIds"] = horten.ToString(),
            ["Input.Deadline"] = yesterday,
            ["Input.Message"] = $"Melding som beholdes {data.Suffix}",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Høringsfristen kan ikke være tilbake i tid.", html);
        Assert.Equal(yesterday, TestClient.InputValue(html, "Input.Deadline"));
        Assert.Equal($"Melding som beholdes {data.Suffix}", TestClient.TextAreaValue(html, "Input.Message"));
        Assert.Matches($"<input[^>]*value=\"{horten}\"[^>]*checked", html);
        Assert.False(await factory.WithDbAsync(db => db.AgreementHearings.IgnoreQueryFilters().AnyAsync(h => h.VersionId == version.Id)));
    }

    [Fact]
    public async Task A_municipalitys_representative_comments_on_a_chapter_and_generally_and_sees_only_her_own_partners_comments()
    {
        var data = await DataAsync();
        var (horten, tonsberg) = (await data.PartnerAsync("Horten"), await data.PartnerAsync("Tønsberg"));
        var agreement = await data.AgreementAsync([horten, tonsberg]);
        var hearing = await data.HearingAsync(await data.VersionAsync(agreement, 1, Today), Today.AddDays(10), horten, tonsberg);
        var url = $"/{Vestfold}/avtaler/horinger/{hearing.Id}/uttalelse";
        var marianne = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);
        // The secretariat registers a comment Tønsberg sent by mail.
        var secretariat = await AdministratorAsync();

        var form = await marianne.GetHtmlAsync(url);
        Assert.Contains("<option value=\"\">Generell merknad</option>", form);
        Assert.Contains("<option value=\"2. Formål\">2. Formål</option>", form);
        Assert.Matches($"<option[^>]*value=\"{horten}\">", form);
        Assert.DoesNotMatch($"<option[^>]*value=\"{tonsberg}\">", form);

        Assert.Equal(HttpStatusCode.Redirect, (await marianne.PostFormAsync(url, new()
        {
            ["Input.PartnerId"] = horten.ToString(),
            ["Input.Chapter"] = "2. Formål",
            ["Input.Text"] = $"Horten om formålet {data.Suffix}",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await marianne.PostFormAsync(url, new()
        {
            ["Input.PartnerId"] = horten.ToString(),
            ["Input.Chapter"] = "",
            ["Input.Text"] = $"Horten generelt {data.Suffix}",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.PostFormAsync(url, new()
        {
            ["Input.PartnerId"] = tonsberg.ToString(),
            ["Input.Chapter"] = "1. Parter",
            ["Input.Text"] = $"Tønsberg om partene {data.Suffix}",
        })).StatusCode);

        var comments = await factory.WithDbAsync(db => db.HearingComments.IgnoreQueryFilters().Where(c => c.HearingId == hearing.Id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([("2. Formål", horten), (null, horten), ("1. Parter", tonsberg)], comments.Select(c => (c.Chapter, c.PartnerId)).ToArray());
        Assert.Equal("Marianne Kjos Lie", comments[0].AuthorName);
        Assert.All(comments, c => Assert.Equal(CommentHandling.Unhandled, c.Handling));

        var own = await marianne.GetHtmlAsync($"/{Vestfold}/avtaler/horinger/{hearing.Id}");
        Assert.Contains($"Horten om formålet {data.Suffix}", own);
        Assert.Contains($"Horten generelt {data.Suffix}", own);
        Assert.DoesNotContain($"Tønsberg om partene {data.Suffix}", own);
        Assert.DoesNotContain("Handling.Handling", own);
        Assert.Contains($"href=\"{url}\"", own);

        var mine = await marianne.GetHtmlAsync($"/{Vestfold}/avtaler/horinger");
        Assert.Contains($"/{Vestfold}/avtaler/horinger/{hearing.Id}", mine);
    }

    [Fact]
    public async Task A_comment_after_the_deadline_or_on_a_closed_hearing_is_refused_and_the_text_kept()
    {
        var data = await DataAsync();
        var horten = await data.PartnerAsync("Horten");
        var agreement = await data.AgreementAsync([horten]);
        var version = await data.VersionAsync(agreement, 1, Today.AddDays(-60));
        var past = await data.HearingAsync(version, Today.AddDays(-1), horten);
        var closed = await data.HearingAsync(version, Today.AddDays(5), horten);
        await factory.WithDbAsync(async db =>
        {
            (await db.AgreementHearings.IgnoreQueryFilters().SingleAsync(h => h.Id == closed.Id)).ClosedAtUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });
        var marianne = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);

        foreach (var (hearing, message) in new[] { (past, "Høringsfristen gikk ut"), (closed, "Høringen er avsluttet.") })
        {
            var response = await marianne.PostFormAsync($"/{Vestfold}/avtaler/horinger/{hearing.Id}/uttalelse", new()
            {
                ["Input.PartnerId"] = horten.ToString(),
                ["Input.Chapter"] = "",
                ["Input.Text"] = $"For sent {data.Suffix}",
            });
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, html);
            Assert.Equal($"For sent {data.Suffix}", TestClient.TextAreaValue(html, "Input.Text"));
        }
        Assert.False(await factory.WithDbAsync(db => db.HearingComments.IgnoreQueryFilters().AnyAsync(c => c.Text.Contains(data.Suffix))));
    }

    [Fact]
    public async Task A_comment_for_a_partner_not_invited_or_not_represented_is_refused()
    {
        var data = await DataAsync();
        var (horten, tonsberg, holmestrand) = (await data.PartnerAsync("Horten"), await data.PartnerAsync("Tønsberg"), await data.PartnerAsync("Holmestrand"));
        var agreement = await data.AgreementAsync([horten, tonsberg]);
        var hearing = await data.HearingAsync(await data.VersionAsync(agreement, 1, Today), Today.AddDays(10), horten, tonsberg);
        var url = $"/{Vestfold}/avtaler/horinger/{hearing.Id}/uttalelse";
        var marianne = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);

        foreach (var (partner, message) in new[] { (tonsberg, "Du representerer ikke denne parten"), (holmestrand, "Denne parten er ikke invitert til høringen.") })
        {
            var response = await marianne.PostFormAsync(url, new()
            {
                ["Input.PartnerId"] = partner.ToString(),
                ["Input.Chapter"] = "",
                ["Input.Text"] = $"Smuglet uttalelse {data.Suffix}",
            });
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, html);
            Assert.Equal($"Smuglet uttalelse {data.Suffix}", TestClient.TextAreaValue(html, "Input.Text"));
        }
        Assert.False(await factory.WithDbAsync(db => db.HearingComments.IgnoreQueryFilters().AnyAsync(c => c.Text.Contains(data.Suffix))));
    }

    [Fact]
    public async Task The_secretariat_sees_all_comments_side_by_side_by_chapter_and_marks_their_handling()
    {
        var data = await DataAsync();
        var (horten, tonsberg) = (await data.PartnerAsync("Horten"), await data.PartnerAsync("Tønsberg"));
        var agreement = await data.AgreementAsync([horten, tonsberg]);
        var hearing = await data.HearingAsync(await data.VersionAsync(agreement, 1, Today), Today.AddDays(-2), horten, tonsberg);
        var formal = await data.CommentAsync(hearing, tonsberg, "2. Formål", $"Tønsberg om formålet {data.Suffix}");
        await data.CommentAsync(hearing, horten, "2. Formål", $"Horten om formålet {data.Suffix}");
        await data.CommentAsync(hearing, horten, "1. Parter", $"Horten om partene {data.Suffix}");
        await data.CommentAsync(hearing, tonsberg, null, $"Tønsberg generelt {data.Suffix}");
        var client = await AdministratorAsync();
        var url = $"/{Vestfold}/avtaler/horinger/{hearing.Id}";

        var html = await client.GetHtmlAsync(url);
        var general = html.IndexOf("<h3>Generell merknad</h3>", StringComparison.Ordinal);
        var parties = html.IndexOf("<h3>1. Parter</h3>", StringComparison.Ordinal);
        var purpose = html.IndexOf("<h3>2. Formål</h3>", StringComparison.Ordinal);
        Assert.True(general >= 0 && general < parties && parties < purpose, "General comments first, then the chapters in the text's order");
        var purposeTable = html[purpose..html.IndexOf("</table>", purpose, StringComparison.Ordinal)];
        Assert.Matches("<th scope=\"col\">Horten kommune</th>\\s*<th scope=\"col\">Tønsberg kommune</th>", purposeTable);
        Assert.True(purposeTable.IndexOf($"Horten om formålet {data.Suffix}", StringComparison.Ordinal)
            < purposeTable.IndexOf($"Tønsberg om formålet {data.Suffix}", StringComparison.Ordinal));
        Assert.Contains("Har svart", html);

        var saved = await client.PostFormAsync($"{url}?handler=Handle", new()
        {
            ["Handling.CommentId"] = formal.Id.ToString(),
            ["Handling.Handling"] = nameof(CommentHandling.Accepted),
            ["Handling.Note"] = "Tatt inn i kapittel 2",
            ["Handling.Version"] = formal.Version.ToString(),
        }, url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stale = await client.PostFormAsync($"{url}?handler=Handle", new()
        {
            ["Handling.CommentId"] = formal.Id.ToString(),
            ["Handling.Handling"] = nameof(CommentHandling.NotAccepted),
            ["Handling.Note"] = $"Utdatert vurdering {data.Suffix}",
            ["Handling.Version"] = formal.Version.ToString(),
        }, url);
        var refused = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Noen andre har lagret endringer", refused);
        Assert.Contains($"Utdatert vurdering {data.Suffix}", refused);

        var comment = await factory.WithDbAsync(db => db.HearingComments.IgnoreQueryFilters().SingleAsync(c => c.Id == formal.Id));
        Assert.Equal(CommentHandling.Accepted, comment.Handling);
        Assert.Equal("Tatt inn i kapittel 2", comment.HandlingNote);

        var dashboard = await client.GetHtmlAsync($"/{Vestfold}/avtaler/frister");
        Assert.Contains($"Versjon 1, 3 ubehandlede uttalelser", TestClient.RowOf(dashboard, agreement.Title));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{url}?handler=Close", new() { ["HearingVersion"] = hearing.Version.ToString() }, url)).StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.AgreementHearings.IgnoreQueryFilters().Where(h => h.Id == hearing.Id).Select(h => h.ClosedAtUtc).SingleAsync()));
        Assert.DoesNotContain($"href=\"/{Vestfold}/avtaler/horinger/{hearing.Id}\"", await client.GetHtmlAsync($"/{Vestfold}/avtaler/frister"));
    }

    [Fact]
    public async Task A_reader_whose_partner_is_not_invited_gets_404()
    {
        var data = await DataAsync();
        var horten = await data.PartnerAsync("Horten");
        var agreement = await data.AgreementAsync([horten]);
        var hearing = await data.HearingAsync(await data.VersionAsync(agreement, 1, Today), Today.AddDays(10), horten);
        var hanne = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMunicipalQuality);

        Assert.Equal(HttpStatusCode.NotFound, (await hanne.GetAsync($"/{Vestfold}/avtaler/horinger/{hearing.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hanne.GetAsync($"/{Vestfold}/avtaler/horinger/{hearing.Id}/uttalelse")).StatusCode);
        Assert.DoesNotContain($"/{Vestfold}/avtaler/horinger/{hearing.Id}\"", await hanne.GetHtmlAsync($"/{Vestfold}/avtaler/horinger"));
    }

    [Fact]
    public async Task Another_communitys_hearings_versions_and_agreements_are_not_found()
    {
        var other = await AgreementData.ForAsync(factory, DemoLookup.VestreViken);
        var partner = await factory.AnyIdAsync<Helsefellesskap.Web.Features.Partners.Partner>(DemoLookup.VestreViken);
        var agreement = await other.AgreementAsync([partner]);
        var version = await other.VersionAsync(agreement, 1, Today);
        var hearing = await other.HearingAsync(version, Today.AddDays(10), partner);
        var evaluation = await other.AddAsync(new AgreementEvaluation { AgreementId = agreement.Id, PlannedOn = Today, Description = "Evaluering" });
        var client = await AdministratorAsync();

        foreach (var url in new[]
        {
            $"/{Vestfold}/avtaler/horinger/{hearing.Id}",
            $"/{Vestfold}/avtaler/horinger/{hearing.Id}/uttalelse",
            $"/{Vestfold}/avtaler/versjoner/{version.Id}/horing",
            $"/{Vestfold}/avtaler/{agreement.Id}/gjennomgang",
            $"/{Vestfold}/avtaler/{agreement.Id}/evalueringer/rediger/{evaluation.Id}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
        Assert.DoesNotContain(agreement.Title, await client.GetHtmlAsync($"/{Vestfold}/avtaler/horinger"));
        Assert.DoesNotContain(agreement.Title, await client.GetHtmlAsync($"/{Vestfold}/avtaler/frister"));
    }

    [Fact]
    public async Task A_review_is_recorded_not_in_the_future_and_moves_the_next_due_date()
    {
        var data = await DataAsync();
        var horten = await data.PartnerAsync("Horten");
        var agreement = await data.AgreementAsync([horten]);
        var inForceFrom = Today.AddMonths(-13);
        await data.VersionAsync(agreement, 1, inForceFrom.AddDays(-30), inForceFrom, horten);
        var client = await AdministratorAsync();
        var url = $"/{Vestfold}/avtaler/{agreement.Id}/gjennomgang";

        var before = await data.InCommunityAsync(db => AgreementReviewSummary.LoadAsync(db, agreement.Id, Today));
        Assert.Equal(inForceFrom.AddMonths(12), before.NextDue);
        Assert.True(before.IsOverdue);

        var future = await client.PostFormAsync(url, new() { ["Input.ReviewedOn"] = Iso(Today.AddDays(1)), ["Input.Summary"] = $"Ikke ennå {data.Suffix}" });
        var html = await future.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Contains("Datoen for gjennomgangen kan ikke være fram i tid.", html);
        Assert.Equal($"Ikke ennå {data.Suffix}", TestClient.TextAreaValue(html, "Input.Summary"));

        var saved = await client.PostFormAsync(url, new() { ["Input.ReviewedOn"] = Iso(Today), ["Input.Summary"] = $"Gjennomgått {data.Suffix}" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/{Vestfold}/avtaler/{agreement.Id}", TestClient.LocationPath(saved));
        var after = await data.InCommunityAsync(db => AgreementReviewSummary.LoadAsync(db, agreement.Id, Today));
        Assert.Equal(Today.AddMonths(12), after.NextDue);
        Assert.False(after.IsOverdue);
        Assert.Equal($"Gjennomgått {data.Suffix}", Assert.Single(after.Reviews).Summary);

        var evaluation = await client.PostFormAsync($"/{Vestfold}/avtaler/{agreement.Id}/evalueringer/rediger", new()
        {
            ["Input.PlannedOn"] = Iso(Today.AddDays(20)),
            ["Input.Description"] = $"Evaluering av varslingen {data.Suffix}",
        });
        Assert.Equal(HttpStatusCode.Redirect, evaluation.StatusCode);
        var planned = Assert.Single((await data.InCommunityAsync(db => AgreementReviewSummary.LoadAsync(db, agreement.Id, Today))).Evaluations);
        Assert.Null(planned.DoneOn);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Vestfold}/avtaler/{agreement.Id + 100000}/evalueringer/rediger/{planned.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_deadlines_dashboard_lists_what_is_due_soonest_first_with_the_responsible_person()
    {
        var data = await DataAsync();
        var (horten, holmestrand) = (await data.PartnerAsync("Horten"), await data.PartnerAsync("Holmestrand"));
        var responsible = await data.PersonAsync();
        var reviewDue = await data.AgreementAsync([horten], a => a.ResponsiblePersonId = responsible.Id);
        await data.VersionAsync(reviewDue, 1, Today.AddMonths(-12), Today.AddMonths(-11), horten);
        var evaluated = await data.AgreementAsync([horten]);
        var evaluation = await data.AddAsync(new AgreementEvaluation { AgreementId = evaluated.Id, PlannedOn = Today.AddDays(10), Description = $"Evaluering {data.Suffix}" });
        var heard = await data.AgreementAsync([horten]);
        var hearing = await data.HearingAsync(await data.VersionAsync(heard, 1, Today), Today.AddDays(5), horten);
        var adopting = await data.AgreementAsync([horten, holmestrand]);
        var awaiting = await data.VersionAsync(adopting, 1, Today.AddDays(-20), null, horten);
        var later = await data.AgreementAsync([horten]);
        await data.AddAsync(new AgreementEvaluation { AgreementId = later.Id, PlannedOn = Today.AddDays(90), Description = $"Senere {data.Suffix}" });
        var client = await AdministratorAsync();

        var html = await client.GetHtmlAsync($"/{Vestfold}/avtaler/frister");

        Assert.Contains($"href=\"/{Vestfold}/avtaler/{reviewDue.Id}/gjennomgang\"", TestClient.RowOf(html, reviewDue.Title));
        Assert.Contains(responsible.Name, TestClient.RowOf(html, reviewDue.Title));
        Assert.Contains($"href=\"/{Vestfold}/avtaler/{evaluated.Id}/evalueringer/rediger/{evaluation.Id}\"", TestClient.RowOf(html, evaluated.Title));
        Assert.Contains($"href=\"/{Vestfold}/avtaler/horinger/{hearing.Id}\"", TestClient.RowOf(html, heard.Title));
        Assert.Contains("Mangler vedtak fra: Holmestrand kommune", TestClient.RowOf(html, adopting.Title));
        Assert.Contains($"href=\"/{Vestfold}/avtaler/versjoner/{awaiting.Id}\"", TestClient.RowOf(html, adopting.Title));
        Assert.DoesNotContain(later.Title, html);
        var order = new[] { adopting.Title, heard.Title, evaluated.Title, reviewDue.Title }.Select(t => html.IndexOf(t, StringComparison.Ordinal)).ToArray();
        Assert.Equal(order.Order().ToArray(), order);

        var member = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);
        var refused = await member.GetAsync($"/{Vestfold}/avtaler/frister");
        Assert.StartsWith("/konto/ingen-tilgang", TestClient.LocationPath(refused));
    }

    [Fact]
    public async Task One_pass_reminds_the_responsible_person_of_the_review_the_evaluation_and_the_hearing_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hf-mail-{Guid.NewGuid():N}");
        using var host = factory.WithWebHostBuilder(b => b
            .UseSetting("Email:PickupFolder", folder)
            .UseSetting("Email:PublicBaseUrl", "https://helsefellesskap.test/")
            .UseSetting("Reminders:Enabled", "false")
            .UseSetting("Reminders:AgreementDaysBefore", "30"));
        try
        {
            // Half a year ahead, so the running service (which works on today) never takes these first.
            var nowUtc = DateTime.UtcNow.AddDays(200);
            var today = DateOnly.FromDateTime(OsloTime.ToOslo(nowUtc));
            var data = await DataAsync();
            var horten = await data.PartnerAsync("Horten");
            var responsible = await data.PersonAsync();
            var notYet = await data.PersonAsync();
            var agreement = await data.AgreementAsync([horten], a => a.ResponsiblePersonId = responsible.Id);
            var inForceFrom = today.AddDays(10).AddMonths(-12);
            var version = await data.VersionAsync(agreement, 1, inForceFrom.AddDays(-10), inForceFrom, horten);
            var draft = await data.VersionAsync(agreement, 2, Today);
            await data.AddAsync(new AgreementEvaluation { AgreementId = agreement.Id, PlannedOn = today.AddDays(15), Description = $"Evaluering {data.Suffix}" });
            var hearing = await data.HearingAsync(draft, today.AddDays(5), horten);
            var elsewhere = await data.AgreementAsync([horten], a => a.ResponsiblePersonId = notYet.Id);
            await data.AddAsync(new AgreementEvaluation { AgreementId = elsewhere.Id, PlannedOn = today.AddDays(45), Description = $"Senere {data.Suffix}" });
            var reminders = host.Services.GetRequiredService<AgreementReminders>();

            await Task.WhenAll(reminders.SendDueRemindersAsync(nowUtc), reminders.SendDueRemindersAsync(nowUtc));
            Assert.Equal(0, await reminders.SendDueRemindersAsync(nowUtc.AddHours(1)));

            var mails = Directory.GetFiles(folder, "*.eml").Select(path => MimeMessage.Load(path)).Where(m => IsTo(m, responsible)).ToList();
            Assert.Equal(3, mails.Count);
            Assert.Single(mails, m => m.TextBody!.Contains("Gjelder: Årlig gjennomgang") && m.TextBody!.Contains($"Frist: {OsloTime.Format(today.AddDays(10))}")
                && m.TextBody!.Contains($"https://helsefellesskap.test/{Vestfold}/avtaler/{agreement.Id}/gjennomgang"));
            Assert.Single(mails, m => m.TextBody!.Contains("Gjelder: Planlagt evaluering") && m.TextBody!.Contains($"Evaluering {data.Suffix}"));
            Assert.Single(mails, m => m.TextBody!.Contains("Gjelder: Høringsfrist") && m.TextBody!.Contains($"/{Vestfold}/avtaler/horinger/{hearing.Id}"));
            Assert.All(mails, m => Assert.StartsWith("Påminnelse", m.Subject));
            Assert.DoesNotContain(Directory.GetFiles(folder, "*.eml").Select(path => MimeMessage.Load(path)), m => IsTo(m, notYet));

            var stored = await factory.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == agreement.Id).Select(a => a.ReviewReminderSentFor).SingleAsync());
            Assert.Equal(today.AddDays(10), stored);
            Assert.NotNull(await factory.WithDbAsync(db => db.AgreementHearings.IgnoreQueryFilters().Where(h => h.Id == hearing.Id).Select(h => h.ReminderSentAtUtc).SingleAsync()));
            Assert.Equal(version.Id, (await data.InCommunityAsync(db => AgreementStates.LoadOneAsync(db, agreement.Id, today)))!.InForceVersionId);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private List<MimeMessage> Mails() =>
        Directory.Exists(factory.MailFolder) ? [.. Directory.GetFiles(factory.MailFolder, "*.eml").Select(path => MimeMessage.Load(path))] : [];

    private static bool IsTo(MimeMessage message, Person person) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, person.Email, StringComparison.OrdinalIgnoreCase));
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAgreementHearingTests(SqliteAppFactory factory) : AgreementHearingTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAgreementHearingTests(PostgresAppFactory factory) : AgreementHearingTests(factory);
