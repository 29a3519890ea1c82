using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// The case of a deviation report over HTTP: the dialogue between the two parties step by step with its e-mails,
/// forged steps, the patient-data guard on messages, routing to a unit and who may then read the case, the read
/// log, and the formal export.
/// </summary>
public abstract partial class DeviationHandlingTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;
    private const string Tonsberg = "Tønsberg kommune";
    private const string Hospital = "Sykehuset i Vestfold HF";

    /// <summary>A valid fødselsnummer (both check digits right).</summary>
    private const string IdentityNumber = "15038510190";

    private static string CaseUrl(int id) => $"/{Vestfold}/avvik/{id}";

    [Fact]
    public async Task The_parties_take_the_case_from_sent_to_closed_and_each_step_mails_the_other_side()
    {
        var report = await ReportAsync();
        var hospital = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);
        var nurse = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);
        var nurseEmail = await PersonEmailAsync(VestfoldDeviations.Nurse);
        var contactEmail = await PersonEmailAsync(VestfoldDeviations.HospitalQualityContact);

        var page = await hospital.GetHtmlAsync(CaseUrl(report.Id));
        Assert.Contains(">Bekreft mottatt</button>", page);
        Assert.DoesNotContain(">Lukk saken</button>", page);
        Assert.DoesNotContain(report.LocalReference!, page);

        await StepAsync(hospital, report.Id, DeviationAction.Acknowledge);
        AssertMailed(report.Id, nurseEmail, "mottaket er bekreftet");
        await StepAsync(hospital, report.Id, DeviationAction.StartHandling);
        AssertMailed(report.Id, nurseEmail, "behandlingen har startet");
        await StepAsync(hospital, report.Id, DeviationAction.Answer, "Epikrisen ble forsinket av en feil i meldingsflyten. Rutinen er endret.");
        AssertMailed(report.Id, nurseEmail, "avviket er besvart");

        var nursePage = await nurse.GetHtmlAsync(CaseUrl(report.Id));
        Assert.Contains(">Godta svaret</button>", nursePage);
        Assert.Contains(">Send tilbake</button>", nursePage);
        Assert.Contains(report.LocalReference!, nursePage);
        await StepAsync(nurse, report.Id, DeviationAction.SendBack, "Svaret sier ikke når den nye rutinen gjelder fra.");
        AssertMailed(report.Id, contactEmail, "melderen har sendt svaret tilbake");
        await StepAsync(hospital, report.Id, DeviationAction.Answer, "Den nye rutinen gjelder fra neste måned.");
        await StepAsync(nurse, report.Id, DeviationAction.Accept);
        AssertMailed(report.Id, contactEmail, "melderen har godtatt svaret");
        await StepAsync(hospital, report.Id, DeviationAction.Close);
        AssertMailed(report.Id, nurseEmail, "saken er lukket");

        var stored = await StoredAsync(report.Id);
        Assert.Equal(DeviationState.Closed, stored.State);
        Assert.NotNull(stored.AcknowledgedAtUtc);
        Assert.NotNull(stored.AnswerBy);
        Assert.NotNull(stored.ClosedAtUtc);
        Assert.Equal(
            [DeviationState.Sent, DeviationState.Acknowledged, DeviationState.BeingHandled, DeviationState.Answered,
             DeviationState.BeingHandled, DeviationState.Answered, DeviationState.Accepted, DeviationState.Closed],
            stored.Entries.Select(e => e.ToState!.Value));
        Assert.Equal("Svaret sier ikke når den nye rutinen gjelder fra.", stored.Entries[4].Text);
        Assert.Equal(DeviationSide.Reporting, stored.Entries[4].Side);
        Assert.Equal(VestfoldDeviations.HospitalQualityContact, stored.Entries[3].AuthorName);

        var closed = await nurse.GetHtmlAsync(CaseUrl(report.Id));
        Assert.Contains("Svaret er sendt tilbake", closed);
        Assert.Contains("Den nye rutinen gjelder fra neste måned.", closed);
        Assert.Contains("Ny status: Lukket", closed);
        Assert.DoesNotContain("name=\"Input.MessageText\"", closed);
        Assert.Matches(@"Trond Eliassen · <time datetime=""[^""]+"">\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}</time>", closed);
    }

    [Fact]
    public async Task Forged_steps_are_refused_on_the_server_and_change_nothing()
    {
        var report = await ReportAsync();
        var nurse = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);
        var hospital = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);
        var municipalContact = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMunicipalQuality);

        var closeByReporter = await PostStepAsync(nurse, report.Id, DeviationAction.Close);
        Assert.Contains("Bare mottakende enhet eller mottakerpartnerens kvalitetskontakt kan ta dette steget.", closeByReporter);
        var acknowledgeByReportingSide = await PostStepAsync(municipalContact, report.Id, DeviationAction.Acknowledge);
        Assert.Contains("Bare mottakende enhet", acknowledgeByReportingSide);
        var skipToClosed = await PostStepAsync(hospital, report.Id, DeviationAction.Close);
        Assert.Contains("Dette steget er ikke mulig når avviket har denne statusen.", skipToClosed);
        var answerWithoutText = await PostStepAsync(hospital, report.Id, DeviationAction.Answer, "  ");
        Assert.Contains("Dette steget er ikke mulig", answerWithoutText);
        var sendAgain = await PostStepAsync(nurse, report.Id, DeviationAction.Send);
        Assert.Contains("Dette steget er ikke mulig", sendAgain);

        var outsider = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);
        var page = await hospital.GetHtmlAsync(CaseUrl(report.Id));
        var forged = await outsider.PostWithTokenAsync($"{CaseUrl(report.Id)}?handler=Step", new()
        {
            ["step"] = nameof(DeviationAction.Acknowledge),
            ["Input.Version"] = TestClient.InputValue(page, "Input.Version")!,
        }, TestClient.AntiforgeryToken(await outsider.GetHtmlAsync($"/{Vestfold}/personer")));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        var stored = await StoredAsync(report.Id);
        Assert.Equal(DeviationState.Sent, stored.State);
        Assert.Single(stored.Entries);
        Assert.Empty(Mails(report.Id));
    }

    [Fact]
    public async Task A_step_from_a_page_that_is_out_of_date_is_refused_as_a_conflict()
    {
        var report = await ReportAsync();
        var hospital = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);
        var page = await hospital.GetHtmlAsync(CaseUrl(report.Id));
        await StepAsync(hospital, report.Id, DeviationAction.Acknowledge);

        var stale = await hospital.PostWithTokenAsync($"{CaseUrl(report.Id)}?handler=Step", new()
        {
            ["step"] = nameof(DeviationAction.StartHandling),
            ["Input.Version"] = TestClient.InputValue(page, "Input.Version")!,
        }, TestClient.AntiforgeryToken(page));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Noen andre har lagret endringer", await stale.Content.ReadAsStringAsync());
        var stored = await StoredAsync(report.Id);
        Assert.Equal(DeviationState.Acknowledged, stored.State);
        Assert.Equal(2, stored.Entries.Count);
    }

    [Fact]
    public async Task Messages_go_both_ways_and_one_with_an_identity_number_is_refused_and_not_stored_anywhere()
    {
        var report = await ReportAsync();
        var nurse = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);
        var hospital = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);
        var typed = $"Gjelder pasient med fødselsnummer {IdentityNumber}, ring meg.";

        var refused = await PostAsync(nurse, report.Id, "Message", new() { ["Input.MessageText"] = typed });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("«Melding til den andre parten» inneholder det som ser ut som et fødselsnummer eller annet identitetsnummer (tegn 35–45)", WebUtility.HtmlDecode(html));
        Assert.Contains(typed, WebUtility.HtmlDecode(TextAreaValue(html, "Input.MessageText")));
        await StepAsync(hospital, report.Id, DeviationAction.Acknowledge);
        var answer = await PostStepAsync(hospital, report.Id, DeviationAction.Answer, $"Vi fant journalen til {IdentityNumber}.");
        Assert.Contains("inneholder det som ser ut som et fødselsnummer", answer);

        var stored = await StoredAsync(report.Id);
        Assert.Equal(DeviationState.Acknowledged, stored.State);
        Assert.DoesNotContain(stored.Entries, e => e.Text?.Contains(IdentityNumber, StringComparison.Ordinal) == true);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.Changes.Contains(IdentityNumber)).CountAsync());
        Assert.Equal(0, audit);
        Assert.DoesNotContain(Mails(report.Id), m => m.TextBody?.Contains(IdentityNumber, StringComparison.Ordinal) == true);

        var sent = await PostAsync(nurse, report.Id, "Message", new() { ["Input.MessageText"] = "Pasienten kom hjem uten epikrise i går også." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        AssertMailed(report.Id, await PersonEmailAsync(VestfoldDeviations.HospitalQualityContact), "ny melding i saken");
        var reply = await PostAsync(hospital, report.Id, "Message", new() { ["Input.MessageText"] = "Takk, vi ser på det." });
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        AssertMailed(report.Id, await PersonEmailAsync(VestfoldDeviations.Nurse), "ny melding i saken");

        var messages = (await StoredAsync(report.Id)).Entries.Where(e => e.Kind == DeviationEntryKind.Message).ToList();
        Assert.Equal([DeviationSide.Reporting, DeviationSide.Receiving], messages.Select(m => m.Side));
        Assert.Equal([VestfoldDeviations.Nurse, VestfoldDeviations.HospitalQualityContact], messages.Select(m => m.AuthorName));
        Assert.Contains("Takk, vi ser på det.", await nurse.GetHtmlAsync(CaseUrl(report.Id)));
    }

    [Fact]
    public async Task Routing_gives_the_unit_the_case_and_a_handler_reads_only_her_own_units_reports()
    {
        var cardiology = await UnitIdAsync(Hospital, "Hjerteavdelingen");
        var handler = await HandlerAccountAsync(cardiology);
        var toCardiology = await ReportAsync();
        var toOrthopaedics = await ReportAsync();
        var hospital = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);
        var nurse = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);
        var handlerClient = await TestClient.SignedInAsync(factory, handler.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await handlerClient.GetAsync(CaseUrl(toCardiology.Id))).StatusCode);
        var page = await hospital.GetHtmlAsync(CaseUrl(toCardiology.Id));
        Assert.Contains($"<option value=\"{cardiology}\">Medisinsk klinikk → Hjerteavdelingen</option>", page);
        Assert.DoesNotContain("Sone nord</option>", page);

        var byReporter = await PostAsync(nurse, toCardiology.Id, "Route", new() { ["Input.RouteUnitId"] = cardiology.ToString() });
        Assert.Contains("Bare mottakerpartnerens kvalitetskontakt", await byReporter.Content.ReadAsStringAsync());
        var ownUnit = await PostAsync(hospital, toCardiology.Id, "Route", new() { ["Input.RouteUnitId"] = (await UnitIdAsync(Tonsberg, "Sone nord")).ToString() });
        Assert.Contains("Velg en aktiv enhet hos mottakende partner.", await ownUnit.Content.ReadAsStringAsync());

        var routed = await PostAsync(hospital, toCardiology.Id, "Route", new() { ["Input.RouteUnitId"] = cardiology.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        AssertMailed(toCardiology.Id, handler.PersonEmail, "avviket er videresendt til en enhet");
        var orthopaedics = await PostAsync(hospital, toOrthopaedics.Id, "Route", new() { ["Input.RouteUnitId"] = (await UnitIdAsync(Hospital, "Ortopedisk avdeling")).ToString() });
        Assert.Equal(HttpStatusCode.Redirect, orthopaedics.StatusCode);
        Assert.DoesNotContain(Mails(toOrthopaedics.Id), m => IsTo(m, handler.PersonEmail));

        Assert.Equal(HttpStatusCode.NotFound, (await handlerClient.GetAsync(CaseUrl(toOrthopaedics.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await handlerClient.GetAsync($"{CaseUrl(toOrthopaedics.Id)}/sak.json")).StatusCode);
        var handlerPage = await handlerClient.GetHtmlAsync(CaseUrl(toCardiology.Id));
        Assert.Contains("Sendt til Hjerteavdelingen", handlerPage);
        Assert.Contains(">Bekreft mottatt</button>", handlerPage);
        Assert.DoesNotContain("name=\"Input.RouteUnitId\"", handlerPage);
        await StepAsync(handlerClient, toCardiology.Id, DeviationAction.Acknowledge);

        var stored = await StoredAsync(toCardiology.Id);
        Assert.Equal(cardiology, stored.ReceivingUnitId);
        Assert.Equal(DeviationState.Acknowledged, stored.State);
        var routing = Assert.Single(stored.Entries, e => e.Kind == DeviationEntryKind.Routed);
        Assert.Equal("Hjerteavdelingen", routing.Text);
        Assert.Equal(VestfoldDeviations.HospitalQualityContact, routing.AuthorName);
    }

    [Fact]
    public async Task An_overdue_deadline_is_flagged_in_words()
    {
        var overdue = await ReportAsync(r => r.AcknowledgeBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
        var inTime = await ReportAsync();
        var hospital = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);

        Assert.Contains("<strong class=\"overdue-label\">– Fristen er passert</strong>", await hospital.GetHtmlAsync(CaseUrl(overdue.Id)));
        Assert.DoesNotContain("Fristen er passert", await hospital.GetHtmlAsync(CaseUrl(inTime.Id)));
    }

    [Fact]
    public async Task The_secretariat_without_case_access_and_the_committee_do_not_see_the_case()
    {
        var report = await ReportAsync(r => (r.Consequence, r.Track, r.JournalNumber) = (DeviationConsequence.Serious, DeviationTrack.Formal, JournalNumber()));
        foreach (var account in new[] { DemoAccounts.VestfoldAdministrator, DemoAccounts.VestfoldMember })
        {
            var client = await TestClient.SignedInAsync(factory, account);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CaseUrl(report.Id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{CaseUrl(report.Id)}/sak.pdf")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await TestClient.Anonymous(factory).GetAsync(CaseUrl(report.Id))).StatusCode);
        Assert.Equal(0, await ReadsAsync(report.Id));
    }

    [Fact]
    public async Task Every_reading_of_the_case_is_logged_without_its_content()
    {
        var report = await ReportAsync();
        var nurse = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);
        var hospital = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);

        await nurse.GetHtmlAsync(CaseUrl(report.Id));
        await hospital.GetHtmlAsync(CaseUrl(report.Id));
        await hospital.GetHtmlAsync(CaseUrl(report.Id));
        Assert.Equal(HttpStatusCode.OK, (await hospital.GetAsync($"{CaseUrl(report.Id)}/sak.json")).StatusCode);

        var reads = await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Action == AuditAction.Read && a.EntityType == nameof(DeviationReport) && a.EntityId == report.Id.ToString())
            .ToListAsync());
        Assert.Equal(4, reads.Count);
        Assert.All(reads, r => Assert.Equal("{}", r.Changes));
        Assert.All(reads, r => Assert.Equal(report.CommunityId, r.CommunityId));
        Assert.Equal([DemoAccounts.VestfoldStaff, DemoAccounts.VestfoldHospitalQuality, DemoAccounts.VestfoldHospitalQuality, DemoAccounts.VestfoldHospitalQuality],
            reads.OrderBy(r => r.Id).Select(r => r.UserName));
        Assert.Equal(report.ReporterUserId, reads.OrderBy(r => r.Id).First().UserId);
    }

    [Fact]
    public async Task A_formal_case_exports_as_pdf_json_and_zip_with_its_journal_number_and_whole_history()
    {
        var journal = JournalNumber();
        var report = await ReportAsync(r => (r.Consequence, r.Track, r.JournalNumber) = (DeviationConsequence.Serious, DeviationTrack.Formal, journal));
        var learning = await ReportAsync();
        var nurse = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);
        var hospital = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);
        await PostAsync(nurse, report.Id, "Message", new() { ["Input.MessageText"] = "Pasienten ble reinnlagt etter to dager." });
        await StepAsync(hospital, report.Id, DeviationAction.Acknowledge);
        await PostAsync(hospital, report.Id, "Message", new() { ["Input.MessageText"] = "Vi har bedt avdelingen om en redegjørelse." });

        var page = await hospital.GetHtmlAsync(CaseUrl(report.Id));
        Assert.Contains($"href=\"{CaseUrl(report.Id)}/sak.pdf\"", page);
        Assert.Contains(journal, page);
        Assert.DoesNotContain("/sak.pdf", await hospital.GetHtmlAsync(CaseUrl(learning.Id)));
        Assert.Equal(HttpStatusCode.OK, (await hospital.GetAsync($"{CaseUrl(learning.Id)}/sak.json")).StatusCode);

        var pdfResponse = await hospital.GetAsync($"{CaseUrl(report.Id)}/sak.pdf");
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", pdfResponse.Headers.CacheControl?.ToString());
        var pdf = ReadBack.Pdf(await pdfResponse.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Journalnummer: {journal}", pdf);
        Assert.Contains("Pasienten ble reinnlagt etter to dager.", pdf);
        Assert.Contains("Vi har bedt avdelingen om en redegjørelse.", pdf);
        Assert.Contains("Ny status: Mottatt", pdf);
        Assert.Contains("C1 Manglende epikrise", pdf);
        Assert.DoesNotContain(report.LocalReference!, pdf);

        var json = await hospital.Http.GetByteArrayAsync($"{CaseUrl(report.Id)}/sak.json");
        using (var document = JsonDocument.Parse(json))
        {
            var root = document.RootElement;
            Assert.Equal(journal, root.GetProperty("journalNumber").GetString());
            Assert.Equal(report.Id, root.GetProperty("number").GetInt32());
            Assert.Equal("Acknowledged", root.GetProperty("state").GetString());
            Assert.Equal("Formal", root.GetProperty("track").GetString());
            Assert.Equal(Hospital, root.GetProperty("receiving").GetProperty("partner").GetString());
            Assert.Equal("C1", root.GetProperty("subcategory").GetProperty("code").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$", root.GetProperty("dates").GetProperty("sentAtUtc").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("eventDate").GetString());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("reporter").GetProperty("localReference").ValueKind);
            var history = root.GetProperty("history").EnumerateArray().ToList();
            Assert.Equal(["StateChange", "Message", "StateChange", "Message"], history.Select(h => h.GetProperty("kind").GetString()));
            Assert.Equal("Vi har bedt avdelingen om en redegjørelse.", history[3].GetProperty("text").GetString());
            Assert.Equal("Receiving", history[3].GetProperty("side").GetString());
        }

        using var nurseJson = JsonDocument.Parse(await nurse.Http.GetByteArrayAsync($"{CaseUrl(report.Id)}/sak.json"));
        Assert.Equal(report.LocalReference, nurseJson.RootElement.GetProperty("reporter").GetProperty("localReference").GetString());

        var zipResponse = await hospital.GetAsync($"{CaseUrl(report.Id)}/sak.zip");
        Assert.Equal("application/zip", zipResponse.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await zipResponse.Content.ReadAsByteArrayAsync()));
        var safeJournal = journal.Replace('/', '-');
        Assert.Equal([$"samhandlingsavvik-{report.Id}-{safeJournal}.json", $"samhandlingsavvik-{report.Id}-{safeJournal}.pdf"], zip.Entries.Select(e => e.Name).Order());
        await using (var stream = zip.Entries.Single(e => e.Name.EndsWith(".pdf", StringComparison.Ordinal)).Open())
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Contains(journal, ReadBack.Pdf(copy.ToArray()));
        }
        Assert.True(await ReadsAsync(report.Id) >= 6);
    }

    private async Task StepAsync(TestClient client, int id, DeviationAction step, string? text = null)
    {
        var response = await PostAsync(client, id, "Step", StepFields(step, text));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{step} gave {(int)response.StatusCode}: {ErrorSummary(await response.Content.ReadAsStringAsync())}");
    }

    /// <summary>Posts a step the page may not even offer, as a forged form would, and returns the page that answers.</summary>
    private async Task<string> PostStepAsync(TestClient client, int id, DeviationAction step, string? text = null)
    {
        var response = await PostAsync(client, id, "Step", StepFields(step, text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> StepFields(DeviationAction step, string? text)
    {
        var fields = new Dictionary<string, string> { ["step"] = step.ToString() };
        if (text is not null)
        {
            fields["Input.StepText"] = text;
        }
        return fields;
    }

    /// <summary>Opens the case (for the token and the version it shows) and posts one of its forms.</summary>
    private static async Task<HttpResponseMessage> PostAsync(TestClient client, int id, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetHtmlAsync(CaseUrl(id));
        var all = new Dictionary<string, string>(fields) { ["Input.Version"] = TestClient.InputValue(page, "Input.Version")! };
        return await client.PostWithTokenAsync($"{CaseUrl(id)}?handler={handler}", all, TestClient.AntiforgeryToken(page));
    }

    private static string ErrorSummary(string html) =>
        Regex.Match(html, "<div class=\"error-summary\".*?</div>", RegexOptions.Singleline).Value;

    private static string TextAreaValue(string html, string name) =>
        Regex.Match(html, $"<textarea[^>]*name=\"{Regex.Escape(name)}\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline).Groups[1].Value;

    private static string JournalNumber() => $"T{Guid.NewGuid():N}"[..12];

    private List<MimeMessage> Mails(int reportId) =>
        Directory.Exists(factory.MailFolder)
            ? [.. Directory.GetFiles(factory.MailFolder, "*.eml").Select(path => MimeMessage.Load(path)).Where(m => m.Subject?.StartsWith($"Avvik nr. {reportId}:", StringComparison.Ordinal) == true)]
            : [];

    private static bool IsTo(MimeMessage mail, string address) =>
        mail.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));

    private void AssertMailed(int reportId, string address, string what)
    {
        var mail = Assert.Single(Mails(reportId), m => m.Subject == $"Avvik nr. {reportId}: {what}" && IsTo(m, address));
        Assert.Contains($"/{Vestfold}/avvik/{reportId}", mail.TextBody);
    }

    private Task<int> ReadsAsync(int reportId) =>
        factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .CountAsync(a => a.Action == AuditAction.Read && a.EntityType == nameof(DeviationReport) && a.EntityId == reportId.ToString()));

    private Task<DeviationReport> StoredAsync(int id) =>
        factory.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters().AsNoTracking()
            .Include(r => r.Entries.OrderBy(e => e.AtUtc).ThenBy(e => e.Id))
            .SingleAsync(r => r.Id == id));

    private Task<string> PersonEmailAsync(string name) =>
        factory.WithDbAsync(async db =>
        {
            var communityId = await factory.CommunityIdAsync(Vestfold);
            return (await db.People.IgnoreQueryFilters().Where(p => p.CommunityId == communityId && p.Name == name).Select(p => p.Email).SingleAsync())!;
        });

    private async Task<int> UnitIdAsync(string partner, string name)
    {
        var communityId = await factory.CommunityIdAsync(Vestfold);
        return await factory.WithDbAsync(db => db.ServiceUnits.IgnoreQueryFilters()
            .Where(u => u.CommunityId == communityId && u.Name == name && u.Partner!.Name == partner)
            .Select(u => u.Id).SingleAsync());
    }

    /// <summary>
    /// A sent report from the nurse in Tønsberg's home care (Sone nord) to the hospital: a missing discharge
    /// summary (C/C1), with its first history entry.
    /// </summary>
    private async Task<DeviationReport> ReportAsync(Action<DeviationReport>? set = null)
    {
        var communityId = await factory.CommunityIdAsync(Vestfold);
        var nurseEmail = await PersonEmailAsync(VestfoldDeviations.Nurse);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var nurse = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(DemoAccounts.VestfoldStaff);
        var partners = await db.Partners.IgnoreQueryFilters().Where(p => p.CommunityId == communityId).ToDictionaryAsync(p => p.Name, p => p.Id);
        var categories = await db.DeviationCategories.IgnoreQueryFilters().Where(c => c.CommunityId == communityId).ToDictionaryAsync(c => c.Code, c => c.Id);
        var sentAt = DateTime.UtcNow.AddMinutes(-5);
        var report = new DeviationReport
        {
            CommunityId = communityId,
            State = DeviationState.Sent,
            Track = DeviationTrack.Learning,
            ReporterUserId = nurse!.Id,
            ReporterName = VestfoldDeviations.Nurse,
            ReporterEmail = nurseEmail,
            ReporterRole = "Sykepleier",
            ReportingPartnerId = partners[Tonsberg],
            ReportingUnitId = await UnitIdAsync(Tonsberg, "Sone nord"),
            ReceivingPartnerId = partners[Hospital],
            Direction = DeviationDirection.MunicipalityToHospital,
            EventDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3),
            EventPartOfDay = PartOfDay.Evening,
            Phase = PathwayPhase.Discharge,
            CategoryId = categories["C"],
            SubcategoryId = categories["C1"],
            PatientGroup = PatientGroup.FrailElderly,
            Consequence = DeviationConsequence.Moderate,
            WhatHappened = "Pasienten kom hjem fra sykehuset uten epikrise, og hjemmetjenesten visste ikke om endringer i medisinene.",
            ImmediateAction = "Ringte avdelingen og fikk opplysningene muntlig.",
            SuggestedImprovement = "Epikrisen bør sendes samme dag som utskrivningen.",
            LocalReference = $"Gerica-sak {Guid.NewGuid():N}"[..20],
            CreatedAtUtc = sentAt.AddMinutes(-10),
            SentAtUtc = sentAt,
            AcknowledgeBy = DateOnly.FromDateTime(sentAt).AddDays(7),
        };
        set?.Invoke(report);
        report.Entries.Add(new DeviationEntry
        {
            CommunityId = communityId,
            Kind = DeviationEntryKind.StateChange,
            ToState = DeviationState.Sent,
            Side = DeviationSide.Reporting,
            AuthorUserId = nurse.Id,
            AuthorName = VestfoldDeviations.Nurse,
            AtUtc = sentAt,
        });
        db.DeviationReports.Add(report);
        await db.SaveChangesAsync();
        return report;
    }

    /// <summary>A new account in Vestfold whose person handles deviation reports for one unit.</summary>
    private async Task<(string Email, string PersonEmail)> HandlerAccountAsync(int unitId)
    {
        var communityId = await factory.CommunityIdAsync(Vestfold);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"handler-{suffix}@test.example";
        using var scope = factory.Services.CreateScope();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Saksbehandler {suffix}" };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, DemoAccounts.Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var person = new Person { CommunityId = communityId, Name = user.DisplayName, Email = $"person-{suffix}@test.example", UserId = user.Id, WorkUnitId = unitId };
        db.CommunityAccesses.Add(new CommunityAccess { CommunityId = communityId, UserId = user.Id, Role = CommunityRole.PartnerStaff });
        db.DeviationRoles.Add(new DeviationRole { CommunityId = communityId, Person = person, Kind = DeviationRoleKind.UnitHandler, UnitId = unitId });
        await db.SaveChangesAsync();
        return (email, person.Email);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDeviationHandlingTests(SqliteAppFactory factory) : DeviationHandlingTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeviationHandlingTests(PostgresAppFactory factory) : DeviationHandlingTests(factory);
