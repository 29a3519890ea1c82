using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Helsefellesskap.Tests.Integration;

/// <summary>The report form (drafts, autosave, sending, refusals), the task lists and the de-identified overview.</summary>
public abstract class DeviationReportTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;
    private const string FormUrl = $"/{Vestfold}/avvik/meld";

    private static readonly DateOnly Today = OsloTime.Today(TimeProvider.System);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<TestClient> NurseAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldStaff);

    [Fact]
    public async Task The_form_starts_from_her_work_unit_warns_about_patient_data_and_takes_no_files()
    {
        var data = await DeviationData.ForAsync(factory);
        var client = await NurseAsync();

        var html = await client.GetHtmlAsync(FormUrl);

        Assert.Contains($"<option value=\"{data.Tonsberg}\" selected=\"selected\">Tønsberg kommune</option>", html);
        Assert.Contains($"<option value=\"{data.HomeCareNorth}\" selected=\"selected\">Hjemmetjenesten › Sone nord</option>", html);
        Assert.Equal(Iso(Today), TestClient.InputValue(html, "Input.EventDate"));
        Assert.Contains("Ingen pasientopplysninger", html);
        Assert.Contains($"data-guard-url=\"/api/{Vestfold}/avvik/kontroll\"", html);
        Assert.Equal(6, Regex.Matches(html, "data-patient-guard").Count);
        Assert.Contains("formell sak med journalnummer", html);
        Assert.Contains($"data-autosave-url=\"{FormUrl}?handler=Autosave\"", html);
        Assert.Contains($"formaction=\"{FormUrl}?handler=Send\"", html);
        Assert.DoesNotContain("type=\"file\"", html);
        Assert.DoesNotContain("multipart/form-data", html);
    }

    [Fact]
    public async Task A_saved_draft_belongs_to_her_and_keeps_her_defaults()
    {
        var data = await DeviationData.ForAsync(factory);
        var client = await NurseAsync();
        var what = $"Utkast om manglende epikrise {data.Suffix}";

        var response = await client.PostFormAsync(FormUrl, new()
        {
            ["Input.Version"] = "0",
            ["Input.ReportingPartnerId"] = data.Tonsberg.ToString(CultureInfo.InvariantCulture),
            ["Input.ReportingUnitId"] = data.HomeCareNorth.ToString(CultureInfo.InvariantCulture),
            ["Input.WhatHappened"] = what,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await data.ReportAsync(r => r.WhatHappened == what);
        Assert.Equal($"{FormUrl}/{report.Id}", TestClient.LocationPath(response));
        Assert.Equal(DeviationState.Draft, report.State);
        Assert.Equal(data.NurseUserId, report.ReporterUserId);
        Assert.Equal(VestfoldDeviations.Nurse, report.ReporterName);
        Assert.Equal(data.HomeCareNorth, report.ReportingUnitId);
        Assert.True(report.CreatedAtUtc > DateTime.UtcNow.AddMinutes(-5));
        Assert.Null(report.SentAtUtc);

        var mine = await client.GetHtmlAsync($"/{Vestfold}/avvik");
        Assert.Contains($"href=\"{FormUrl}/{report.Id}\"", mine);
        var form = await client.GetHtmlAsync($"{FormUrl}/{report.Id}");
        Assert.Contains(what, form);
        Assert.Contains($"data-autosave-url=\"{FormUrl}/{report.Id}?handler=Autosave\"", form);
        Assert.Contains($"formaction=\"{FormUrl}/{report.Id}?handler=Send\"", form);
        Assert.Contains($"action=\"{FormUrl}/{report.Id}?handler=Delete\"", form);
    }

    [Fact]
    public async Task Autosave_creates_the_draft_then_updates_it_and_refuses_a_stale_version()
    {
        var data = await DeviationData.ForAsync(factory);
        var client = await NurseAsync();
        var fields = data.ValidFields($"Første versjon {data.Suffix}");

        var first = await AutosaveAsync(client, FormUrl, fields);
        var id = first.GetProperty("id").GetInt32();
        Assert.Equal($"{FormUrl}/{id}", first.GetProperty("url").GetString());
        Assert.Empty(first.GetProperty("errors").EnumerateArray());
        Assert.Equal(DeviationState.Draft, (await data.ReportAsync(r => r.Id == id)).State);

        fields["Input.Version"] = first.GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture);
        fields["Input.WhatHappened"] = $"Andre versjon {data.Suffix}";
        var second = await AutosaveAsync(client, $"{FormUrl}/{id}", fields);
        Assert.Equal(id, second.GetProperty("id").GetInt32());
        var saved = await data.ReportAsync(r => r.Id == id);
        Assert.Equal($"Andre versjon {data.Suffix}", saved.WhatHappened);
        Assert.Equal(second.GetProperty("version").GetInt32(), saved.Version);
        Assert.True(saved.Version > first.GetProperty("version").GetInt32());

        // The first version again, as a second tab would send it.
        fields["Input.WhatHappened"] = $"Fra en gammel fane {data.Suffix}";
        fields["Input.Version"] = first.GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture);
        var stale = await client.PostFormAsync($"{FormUrl}/{id}?handler=Autosave", fields, formPage: $"{FormUrl}/{id}");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal($"Andre versjon {data.Suffix}", (await data.ReportAsync(r => r.Id == id)).WhatHappened);
    }

    [Fact]
    public async Task A_sent_report_goes_to_the_hospital_with_a_deadline_and_a_mail_without_its_text()
    {
        var data = await DeviationData.ForAsync(factory);
        var client = await NurseAsync();
        var what = $"Pasienten kom hjem uten epikrise {data.Suffix}";
        var draft = await client.PostFormAsync(FormUrl, data.ValidFields(what));
        var draftUrl = TestClient.LocationPath(draft);
        var report = await data.ReportAsync(r => r.WhatHappened == what);

        var fields = data.ValidFields(what);
        fields["Input.Version"] = report.Version.ToString(CultureInfo.InvariantCulture);
        var response = await client.PostFormAsync($"{draftUrl}?handler=Send", fields, formPage: draftUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{Vestfold}/avvik/{report.Id}", TestClient.LocationPath(response));
        var sent = await factory.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters().Include(r => r.Entries).SingleAsync(r => r.Id == report.Id));
        Assert.Equal(DeviationState.Sent, sent.State);
        Assert.Equal(DeviationDirection.MunicipalityToHospital, sent.Direction);
        Assert.Equal(DeviationTrack.Learning, sent.Track);
        Assert.Null(sent.JournalNumber);
        Assert.Equal(NorwegianWorkingDays.Add(Today, 5), sent.AcknowledgeBy);
        Assert.NotNull(sent.SentAtUtc);
        var step = Assert.Single(sent.Entries);
        Assert.Equal(DeviationState.Sent, step.ToState);
        Assert.Equal(DeviationSide.Reporting, step.Side);

        var mail = Assert.Single(Mails(), m => Regex.IsMatch(m.TextBody ?? "", $@"/{Vestfold}/avvik/{report.Id}\b"));
        Assert.Contains(mail.To.Mailboxes, m => string.Equals(m.Address, data.HospitalQualityEmail, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(data.Suffix, mail.TextBody);

        // A sent report is no longer edited on the form.
        var again = await client.GetAsync(draftUrl);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal($"/{Vestfold}/avvik/{report.Id}", TestClient.LocationPath(again));
    }

    [Fact]
    public async Task Serious_reports_and_complaints_are_formal_with_their_own_journal_numbers()
    {
        var data = await DeviationData.ForAsync(factory);
        var client = await NurseAsync();
        var serious = data.ValidFields($"Alvorlig hendelse {data.Suffix}");
        serious["Input.Consequence"] = nameof(DeviationConsequence.Serious);
        var complaint = data.ValidFields($"Klage på utskrivning {data.Suffix}");
        complaint["Input.IsComplaint"] = "true";

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{FormUrl}?handler=Send", serious, formPage: FormUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{FormUrl}?handler=Send", complaint, formPage: FormUrl)).StatusCode);

        var first = await data.ReportAsync(r => r.WhatHappened == $"Alvorlig hendelse {data.Suffix}");
        var second = await data.ReportAsync(r => r.WhatHappened == $"Klage på utskrivning {data.Suffix}");
        foreach (var report in new[] { first, second })
        {
            Assert.Equal(DeviationTrack.Formal, report.Track);
            Assert.Matches($"^{OsloTime.Today(TimeProvider.System).Year}/[1-9][0-9]*$", report.JournalNumber);
        }
        Assert.NotEqual(first.JournalNumber, second.JournalNumber);
    }

    [Fact]
    public async Task Formal_reports_sent_at_the_same_time_get_different_journal_numbers()
    {
        var data = await DeviationData.ForAsync(factory);
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => NurseAsync()));
        var texts = Enumerable.Range(0, 4).Select(i => $"Samtidig alvorlig hendelse {i} {data.Suffix}").ToList();

        var responses = await Task.WhenAll(clients.Select((client, i) =>
        {
            var fields = data.ValidFields(texts[i]);
            fields["Input.Consequence"] = nameof(DeviationConsequence.Serious);
            return client.PostFormAsync($"{FormUrl}?handler=Send", fields, formPage: FormUrl);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var numbers = await factory.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters()
            .Where(r => texts.Contains(r.WhatHappened!)).Select(r => r.JournalNumber).ToListAsync());
        Assert.Equal(4, numbers.OfType<string>().Distinct().Count());
    }

    public static TheoryData<string, string, string> PatientData => new()
    {
        { "Input.WhatHappened", "Pasient med fnr 31129956715 kom hjem uten medisinliste", "31129956715" },
        { "Input.ImmediateAction", "Ringte om D-nummer 410385 10086 og fikk svar", "410385 10086" },
        { "Input.LocalReference", "Tlf 922 33 444", "922 33 444" },
        { "Input.SuggestedImprovement", "Ring pårørende på +47 41234567 neste gang", "41234567" },
    };

    [Theory]
    [MemberData(nameof(PatientData))]
    public async Task Patient_data_is_refused_kept_in_the_form_and_never_stored(string field, string text, string number)
    {
        var data = await DeviationData.ForAsync(factory);
        var client = await NurseAsync();
        var fields = data.ValidFields($"Beskrivelse {data.Suffix}");
        fields[field] = text;

        var send = await client.PostFormAsync($"{FormUrl}?handler=Send", fields, formPage: FormUrl);
        Assert.Equal(HttpStatusCode.OK, send.StatusCode);
        var html = WebUtility.HtmlDecode(await send.Content.ReadAsStringAsync());
        Assert.Contains("ser ut som", html);
        Assert.Contains("pasientopplysninger", html);
        Assert.Contains(text, html);
        Assert.Contains(field == "Input.WhatHappened" ? "Ringte avdelingen" : $"Beskrivelse {data.Suffix}", html);

        var save = await client.PostFormAsync(FormUrl, fields);
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);

        // Autosave stores the rest of the draft, not the field.
        var autosave = await AutosaveAsync(client, FormUrl, fields);
        var error = Assert.Single(autosave.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.DoesNotContain(number, error.GetProperty("message").GetString());
        var draft = await data.ReportAsync(r => r.Id == autosave.GetProperty("id").GetInt32());
        Assert.Equal(data.HomeCareNorth, draft.ReportingUnitId);

        await AssertNowhereStoredAsync(number);
    }

    [Fact]
    public async Task A_date_of_birth_is_refused()
    {
        var data = await DeviationData.ForAsync(factory);
        var client = await NurseAsync();
        var fields = data.ValidFields($"Pasienten er født 12.03.1938 og kom uten epikrise {data.Suffix}");

        var send = await client.PostFormAsync($"{FormUrl}?handler=Send", fields, formPage: FormUrl);

        Assert.Equal(HttpStatusCode.OK, send.StatusCode);
        Assert.Contains("pasientopplysninger", WebUtility.HtmlDecode(await send.Content.ReadAsStringAsync()));
        await AssertNowhereStoredAsync("12.03.1938");
    }

    public static TheoryData<string, string> BadInput => new()
    {
        { "receiving-unit-of-own-partner", "Mottakende enhet hører til din egen partner." },
        { "future-date", "Datoen for hendelsen kan ikke være fram i tid." },
        { "empty-description", "Fyll ut «Hva skjedde?» før du sender avviket." },
        { "no-receiver", "Fyll ut «Mottakende partner» før du sender avviket." },
        { "subcategory-of-another-category", "Underkategorien hører ikke til kategorien du har valgt." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_in_norwegian_and_nothing_typed_is_lost(string kind, string message)
    {
        var data = await DeviationData.ForAsync(factory);
        var client = await NurseAsync();
        var what = $"Skal beholdes {kind} {data.Suffix}";
        var fields = data.ValidFields(what);
        switch (kind)
        {
            case "receiving-unit-of-own-partner":
                fields["Input.ReceivingUnitId"] = data.TonsbergEmergency.ToString(CultureInfo.InvariantCulture);
                break;
            case "future-date":
                fields["Input.EventDate"] = Iso(Today.AddDays(1));
                break;
            case "empty-description":
                fields["Input.WhatHappened"] = "  ";
                fields["Input.ImmediateAction"] = what;
                break;
            case "no-receiver":
                fields["Input.ReceivingPartnerId"] = "";
                fields["Input.ReceivingUnitId"] = "";
                break;
            case "subcategory-of-another-category":
                fields["Input.SubcategoryId"] = data.MedicineSubcategory.ToString(CultureInfo.InvariantCulture);
                break;
        }

        var response = await client.PostFormAsync($"{FormUrl}?handler=Send", fields, formPage: FormUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, html);
        Assert.Contains(what, html);
        Assert.Contains("Sykepleier", TestClient.InputValue(html, "Input.ReporterRole"));
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.False(await factory.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters()
            .AnyAsync(r => r.WhatHappened == what || r.ImmediateAction == what)));
    }

    [Fact]
    public async Task Only_the_author_opens_saves_or_deletes_her_draft()
    {
        var data = await DeviationData.ForAsync(factory);
        var nurse = await NurseAsync();
        var what = $"Mitt utkast {data.Suffix}";
        var url = TestClient.LocationPath(await nurse.PostFormAsync(FormUrl, data.ValidFields(what)));
        var report = await data.ReportAsync(r => r.WhatHappened == what);
        var other = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);
        var token = TestClient.AntiforgeryToken(await other.GetHtmlAsync(FormUrl));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        foreach (var handler in new[] { "", "?handler=Autosave", "?handler=Send", "?handler=Delete" })
        {
            var post = await other.PostWithTokenAsync(url + handler, data.ValidFields("Overtatt"), token);
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        Assert.Equal(what, (await data.ReportAsync(r => r.Id == report.Id)).WhatHappened);
        Assert.DoesNotContain($"/avvik/meld/{report.Id}", await other.GetHtmlAsync($"/{Vestfold}/avvik"));

        var delete = await nurse.PostFormAsync($"{url}?handler=Delete", [], formPage: url);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters().AnyAsync(r => r.Id == report.Id)));
    }

    [Fact]
    public async Task The_hospital_quality_contact_sees_sent_reports_as_tasks_with_overdue_ones_said_in_words()
    {
        var data = await DeviationData.ForAsync(factory);
        var nurse = await NurseAsync();
        var fresh = await data.SendAsync(nurse, $"Fersk {data.Suffix}");
        var late = await data.SendAsync(nurse, $"Forsinket {data.Suffix}");
        await factory.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters().Where(r => r.Id == late)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AcknowledgeBy, Today.AddDays(-2))));
        var quality = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldHospitalQuality);

        var html = await quality.GetHtmlAsync($"/{Vestfold}/avvik");

        var freshRow = RowOf(html, $"/{Vestfold}/avvik/{fresh}\"");
        var lateRow = RowOf(html, $"/{Vestfold}/avvik/{late}\"");
        Assert.Contains("Bekreft mottak", freshRow);
        Assert.DoesNotContain("er passert", freshRow);
        Assert.Contains("Fristen for å bekrefte mottak er passert", lateRow);
        Assert.Contains("Sykehuset i Vestfold HF – Medisinsk klinikk", freshRow);
        Assert.DoesNotContain(data.Suffix, html);

        var overdueOnly = await quality.GetHtmlAsync($"/{Vestfold}/avvik?forfalt=true");
        Assert.Contains($"/{Vestfold}/avvik/{late}\"", overdueOnly);
        Assert.DoesNotContain($"/{Vestfold}/avvik/{fresh}\"", overdueOnly);

        // The reporter has no task until the hospital answers; her own list shows the report.
        var mine = await nurse.GetHtmlAsync($"/{Vestfold}/avvik");
        Assert.Contains("Fristen for å bekrefte mottak er passert", RowOf(mine, $"/{Vestfold}/avvik/{late}\""));
    }

    [Fact]
    public async Task The_overview_shows_coded_facts_only_and_is_closed_to_plain_reporters()
    {
        var data = await DeviationData.ForAsync(factory);
        var nurse = await NurseAsync();
        var id = await data.SendAsync(nurse, $"Fritekst som ikke skal vises {data.Suffix}");
        var secretariat = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

        var eventDate = Today.AddDays(-1);
        var html = await secretariat.GetHtmlAsync($"/{Vestfold}/avvik/oversikt?aar={eventDate.Year}&status=Sent");

        Assert.Contains("Tønsberg kommune – Sone nord", html);
        Assert.Contains("Sykehuset i Vestfold HF – Medisinsk klinikk", html);
        Assert.Contains($"{((eventDate.Month - 1) / 3) + 1}. kvartal {eventDate.Year}", html);
        Assert.DoesNotContain(data.Suffix, html);
        Assert.DoesNotContain(VestfoldDeviations.Nurse, html);
        Assert.DoesNotContain(OsloTime.Format(eventDate), html);
        Assert.DoesNotContain($"/{Vestfold}/avvik/{id}\"", html);

        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.GetAsync($"/{Vestfold}/avvik/oversikt")).StatusCode);
    }

    private static async Task<JsonElement> AutosaveAsync(TestClient client, string url, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync($"{url}?handler=Autosave", fields, formPage: url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Autosave gave {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task AssertNowhereStoredAsync(string number)
    {
        var digits = number.Replace(" ", "", StringComparison.Ordinal);
        var (reports, audit) = await factory.WithDbAsync(async db => (
            await db.DeviationReports.IgnoreQueryFilters()
                .Select(r => new[] { r.WhatHappened, r.ImmediateAction, r.SuggestedImprovement, r.AgreementReference, r.ReporterRole, r.LocalReference })
                .ToListAsync(),
            await db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityType == nameof(DeviationReport)).Select(a => a.Changes).ToListAsync()));
        Assert.DoesNotContain(reports.SelectMany(texts => texts).OfType<string>(), text => text.Contains(number, StringComparison.Ordinal) || text.Contains(digits, StringComparison.Ordinal));
        Assert.DoesNotContain(audit, text => text.Contains(number, StringComparison.Ordinal) || text.Contains(digits, StringComparison.Ordinal));
    }

    private List<MimeMessage> Mails() =>
        Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder, "*.eml").Select(path => MimeMessage.Load(path)).ToList() : [];

    /// <summary>The table row that contains <paramref name="text"/>.</summary>
    private static string RowOf(string html, string text)
    {
        var row = Regex.Match(html, $"<tr[^>]*>(?:(?!</tr>).)*?{Regex.Escape(text)}(?:(?!</tr>).)*</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No table row contains «{text}»");
        return row.Value;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDeviationReportTests(SqliteAppFactory factory) : DeviationReportTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeviationReportTests(PostgresAppFactory factory) : DeviationReportTests(factory);

/// <summary>The Vestfold partners, units and categories a report uses, and a suffix (letters only) no other test uses.</summary>
public sealed class DeviationData
{
    private readonly AppFactory factory;

    private DeviationData(AppFactory factory) => this.factory = factory;

    public string Suffix { get; } = string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    public int Tonsberg { get; private init; }

    public int Hospital { get; private init; }

    public int HomeCareNorth { get; private init; }

    public int MedicalClinic { get; private init; }

    public int TonsbergEmergency { get; private init; }

    public int DischargeCategory { get; private init; }

    public int MissingDischargeSummary { get; private init; }

    public int MedicineSubcategory { get; private init; }

    public string NurseUserId { get; private init; } = "";

    public string HospitalQualityEmail { get; private init; } = "";

    public static async Task<DeviationData> ForAsync(AppFactory factory)
    {
        var communityId = await factory.CommunityIdAsync(DemoLookup.Vestfold);
        return await factory.WithDbAsync(async db =>
        {
            var partners = await db.Partners.IgnoreQueryFilters().Where(p => p.CommunityId == communityId).ToDictionaryAsync(p => p.Name, p => p.Id);
            var units = await db.ServiceUnits.IgnoreQueryFilters().Where(u => u.CommunityId == communityId).ToListAsync();
            var categories = await db.DeviationCategories.IgnoreQueryFilters().Where(c => c.CommunityId == communityId).ToDictionaryAsync(c => c.Code, c => c.Id);
            string UserId(string email) => db.Users.Where(u => u.Email == email).Select(u => u.Id).Single();
            var qualityUser = UserId(DemoAccounts.VestfoldHospitalQuality);
            int UnitOf(string partner, string name) => units.Single(u => u.PartnerId == partners[partner] && u.Name == name).Id;
            return new DeviationData(factory)
            {
                Tonsberg = partners["Tønsberg kommune"],
                Hospital = partners["Sykehuset i Vestfold HF"],
                HomeCareNorth = UnitOf("Tønsberg kommune", "Sone nord"),
                MedicalClinic = UnitOf("Sykehuset i Vestfold HF", "Medisinsk klinikk"),
                TonsbergEmergency = UnitOf("Tønsberg kommune", "Legevakt"),
                DischargeCategory = categories["C"],
                MissingDischargeSummary = categories["C1"],
                MedicineSubcategory = categories["D1"],
                NurseUserId = UserId(DemoAccounts.VestfoldStaff),
                HospitalQualityEmail = await db.People.IgnoreQueryFilters()
                    .Where(p => p.CommunityId == communityId && p.UserId == qualityUser).Select(p => p.Email!).SingleAsync(),
            };
        });
    }

    /// <summary>A complete report from Tønsberg's home care to the hospital's medical clinic.</summary>
    public Dictionary<string, string> ValidFields(string whatHappened) => new()
    {
        ["Input.Version"] = "0",
        ["Input.ReportingPartnerId"] = Id(Tonsberg),
        ["Input.ReportingUnitId"] = Id(HomeCareNorth),
        ["Input.ReceivingPartnerId"] = Id(Hospital),
        ["Input.ReceivingUnitId"] = Id(MedicalClinic),
        ["Input.EventDate"] = OsloTime.Today(TimeProvider.System).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.EventPartOfDay"] = nameof(PartOfDay.Evening),
        ["Input.Phase"] = nameof(PathwayPhase.Discharge),
        ["Input.CategoryId"] = Id(DischargeCategory),
        ["Input.SubcategoryId"] = Id(MissingDischargeSummary),
        ["Input.PatientGroup"] = nameof(PatientGroup.FrailElderly),
        ["Input.Consequence"] = nameof(DeviationConsequence.Minor),
        ["Input.IsComplaint"] = "false",
        ["Input.WhatHappened"] = whatHappened,
        ["Input.ImmediateAction"] = "Ringte avdelingen og fikk epikrisen på e-post.",
        ["Input.SuggestedImprovement"] = "Epikrisen sendes før pasienten reiser.",
        ["Input.AgreementReference"] = "Delavtale om utskrivning",
        ["Input.ReporterRole"] = "Sykepleier",
        ["Input.LocalReference"] = "Eget avvik HT-A",
    };

    /// <summary>Sends a complete report as <paramref name="client"/> and returns its id.</summary>
    public async Task<int> SendAsync(TestClient client, string whatHappened)
    {
        var response = await client.PostFormAsync("/vestfold/avvik/meld?handler=Send", ValidFields(whatHappened), formPage: "/vestfold/avvik/meld");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await ReportAsync(r => r.WhatHappened == whatHappened)).Id;
    }

    public Task<DeviationReport> ReportAsync(System.Linq.Expressions.Expression<Func<DeviationReport, bool>> match) =>
        factory.WithDbAsync(db => db.DeviationReports.IgnoreQueryFilters().AsNoTracking().SingleAsync(match));

    /// <summary>A sent report in <paramref name="slug"/>'s community, made directly in the database.</summary>
    public static Task<int> CreateReportAsync(AppFactory factory, string slug) => factory.WithDbAsync(async db =>
    {
        var communityId = await db.Communities.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
        var partners = await db.Partners.IgnoreQueryFilters().Where(p => p.CommunityId == communityId).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
        var report = new DeviationReport
        {
            CommunityId = communityId,
            State = DeviationState.Sent,
            ReporterUserId = "tenant-isolation",
            ReporterName = "Tenant Isolation",
            ReportingPartnerId = partners[0],
            ReceivingPartnerId = partners[1],
            CreatedAtUtc = DateTime.UtcNow,
            SentAtUtc = DateTime.UtcNow,
        };
        db.DeviationReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    });

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
