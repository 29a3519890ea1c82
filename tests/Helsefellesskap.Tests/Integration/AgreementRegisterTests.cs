using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Agreements;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Integration;

/// <summary>The agreement register: agreements and versions through the forms, adoptions, in force, visibility, compare, overview, API, files.</summary>
public abstract class AgreementRegisterTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    private static readonly DateOnly Today = OsloTime.Today(TimeProvider.System);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<TestClient> AdministratorAsync() => TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);

    private Task<AgreementRegisterData> DataAsync() => AgreementRegisterData.ForAsync(factory, Vestfold);

    private static string VersionUrl(int versionId) => $"/{Vestfold}/avtaler/versjoner/{versionId}";

    private static string NewVersionUrl(int agreementId) => $"/{Vestfold}/avtaler/{agreementId}/versjoner/rediger";

    [Fact]
    public async Task An_agreement_and_its_versions_are_registered_through_the_forms_with_a_version_table_and_history()
    {
        var data = await DataAsync();
        var (horten, hospital) = (await data.PartnerAsync("Horten kommune"), await data.HospitalAsync());
        var item = await data.AgendaItemAsync();
        var client = await AdministratorAsync();

        var form = await client.GetHtmlAsync($"/{Vestfold}/avtaler/rediger");
        // A new agreement is between every municipality and the hospital trust, adopted by the council and the board.
        Assert.Matches(CheckedParty(horten.Id), form);
        Assert.Matches(CheckedParty(hospital.Id), form);
        Assert.Contains("value=\"Kommunestyret\"", form);
        Assert.Contains("value=\"Styret\"", form);

        var title = $"Delavtale om testing {data.Suffix}";
        var created = await client.PostFormAsync($"/{Vestfold}/avtaler/rediger", new()
        {
            ["Input.Title"] = title,
            ["Input.Kind"] = nameof(AgreementKind.SubAgreement),
            ["Input.Code"] = "9",
            ["Input.LegalReferences"] = "helse- og omsorgstjenesteloven § 6-2\r\n\r\nspesialisthelsetjenesteloven § 2-1 e",
            ["Input.ReviewIntervalMonths"] = "12",
            ["Input.NoticePeriodMonths"] = "12",
            ["Input.Parties[0].PartnerId"] = horten.Id.ToString(),
            ["Input.Parties[0].Selected"] = "true",
            ["Input.Parties[0].AdoptingBody"] = "Kommunestyret",
            ["Input.Parties[1].PartnerId"] = hospital.Id.ToString(),
            ["Input.Parties[1].Selected"] = "true",
            ["Input.Parties[1].AdoptingBody"] = "Styret for SiV HF",
            ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var agreement = await factory.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Include(a => a.Parties).SingleAsync(a => a.Title == title));
        Assert.Equal($"/{Vestfold}/avtaler/{agreement.Id}", TestClient.LocationPath(created));
        Assert.Equal("helse- og omsorgstjenesteloven § 6-2\nspesialisthelsetjenesteloven § 2-1 e", agreement.LegalReferences);
        Assert.Equal(new[] { horten.Id, hospital.Id }.Order(), agreement.Parties.Select(p => p.PartnerId).Order());
        Assert.Equal("Styret for SiV HF", agreement.Parties.Single(p => p.PartnerId == hospital.Id).AdoptingBody);

        var newVersion = await client.GetHtmlAsync(NewVersionUrl(agreement.Id));
        Assert.Equal("1", TestClient.InputValue(newVersion, "Input.Number"));
        var saved = await client.PostFormAsync(NewVersionUrl(agreement.Id), new()
        {
            ["Input.Number"] = "1",
            ["Input.Date"] = Iso(Today.AddDays(-30)),
            ["Input.ChaptersChanged"] = "Hele",
            ["Input.ChangeSummary"] = "Ny avtale",
            ["Input.Text"] = "# 1 Formål\r\nAvtalen gjelder testing.",
            ["Input.TreatedInItemId"] = item.Id.ToString(),
            ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var version = await factory.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters().SingleAsync(v => v.AgreementId == agreement.Id));
        Assert.Equal(VersionUrl(version.Id), TestClient.LocationPath(saved));
        Assert.Equal("# 1 Formål\nAvtalen gjelder testing.", version.Text);

        var typed = $"Teksten som ikke må gå tapt {data.Suffix}";
        var duplicate = await client.PostFormAsync(NewVersionUrl(agreement.Id), new()
        {
            ["Input.Number"] = "1",
            ["Input.Date"] = Iso(Today),
            ["Input.ChangeSummary"] = "Andre utgave",
            ["Input.Text"] = typed,
            ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        var refused = await duplicate.Content.ReadAsStringAsync();
        Assert.Contains("Versjon 1 finnes allerede for denne avtalen. Velg et annet versjonsnummer.", refused);
        Assert.Contains(typed, refused);
        Assert.Contains("Andre utgave", refused);

        var details = await client.GetHtmlAsync($"/{Vestfold}/avtaler/{agreement.Id}");
        Assert.Contains("<th scope=\"col\">Behandlet i</th>", details);
        Assert.Contains($"<a href=\"/{Vestfold}/saker/{item.Id}\">{item.Label}</a>", details);
        Assert.Contains($"href=\"{VersionUrl(version.Id)}\">1</a>", details);
        Assert.Contains("Utkast", details);
        Assert.Contains("spesialisthelsetjenesteloven § 2-1 e", details);

        var audit = await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => (a.EntityType == nameof(Agreement) && a.EntityId == agreement.Id.ToString())
                || (a.EntityType == nameof(AgreementVersion) && a.EntityId == version.Id.ToString()))
            .Select(a => a.EntityType).ToListAsync());
        Assert.Contains(nameof(Agreement), audit);
        Assert.Contains(nameof(AgreementVersion), audit);
    }

    [Fact]
    public async Task Adoptions_and_the_in_force_date_follow_the_rules_and_the_newer_version_replaces_the_older()
    {
        var data = await DataAsync();
        var (horten, tonsberg, hospital) = (await data.PartnerAsync("Horten kommune"), await data.PartnerAsync("Tønsberg kommune"), await data.HospitalAsync());
        var agreement = await data.AgreementAsync([horten, hospital]);
        var first = await data.VersionAsync(agreement, 1, "Første tekst");
        var client = await AdministratorAsync();
        var url = VersionUrl(first.Id);

        Task<HttpResponseMessage> AdoptAsync(Partner partner, DateOnly on) => client.PostFormAsync($"{url}?handler=Adopt", new()
        {
            ["Adoption.PartnerId"] = partner.Id.ToString(),
            ["Adoption.AdoptedOn"] = Iso(on),
            ["Adoption.DecidedBy"] = $"Vedtaksorgan {data.Suffix}",
            ["Adoption.Reference"] = "PS 45/26",
        }, url);
        Task<HttpResponseMessage> InForceAsync(int versionId, DateOnly from) => client.PostFormAsync($"{VersionUrl(versionId)}?handler=InForce", new()
        {
            ["InForce.InForceFrom"] = Iso(from),
            ["InForce.Version"] = "0",
        }, VersionUrl(versionId));

        var notParty = await AdoptAsync(tonsberg, Today.AddDays(-3));
        Assert.Equal(HttpStatusCode.OK, notParty.StatusCode);
        var notPartyPage = await notParty.Content.ReadAsStringAsync();
        Assert.Contains("Denne parten er ikke part i avtalen og kan ikke vedta den.", notPartyPage);
        Assert.Contains($"Vedtaksorgan {data.Suffix}", notPartyPage);

        var future = await AdoptAsync(horten, Today.AddDays(1));
        Assert.Contains("Vedtaksdatoen kan ikke være fram i tid.", await future.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.AgreementAdoptions.IgnoreQueryFilters().CountAsync(a => a.VersionId == first.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await AdoptAsync(horten, Today.AddDays(-10))).StatusCode);
        var missing = await InForceAsync(first.Id, Today.AddDays(-1));
        Assert.Contains($"Versjonen kan ikke settes i kraft før alle parter har vedtatt den. Mangler vedtak fra: {hospital.Name}.", await missing.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await AdoptAsync(hospital, Today.AddDays(-5))).StatusCode);
        var beforeAdoption = await InForceAsync(first.Id, Today.AddDays(-7));
        Assert.Contains($"Datoen for ikrafttredelse kan ikke være før siste vedtak ({OsloTime.Format(Today.AddDays(-5))}).", await beforeAdoption.Content.ReadAsStringAsync());
        Assert.Null(await factory.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters().Where(v => v.Id == first.Id).Select(v => v.InForceFrom).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await InForceAsync(first.Id, Today.AddDays(-5))).StatusCode);
        var page = await client.GetHtmlAsync(url);
        Assert.Contains("<strong>Gjeldende</strong>", page);
        Assert.Contains("PS 45/26", page);

        var second = await data.VersionAsync(agreement, 2, "Andre tekst", adoptedBy: [horten, hospital], adoptedOn: Today.AddDays(-2));
        var beforePrevious = await InForceAsync(second.Id, Today.AddDays(-5));
        Assert.Contains($"Datoen for ikrafttredelse må være etter at forrige versjon trådte i kraft ({OsloTime.Format(Today.AddDays(-5))}).", await beforePrevious.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await InForceAsync(second.Id, Today)).StatusCode);

        var state = await data.InCommunityAsync(db => AgreementStates.LoadOneAsync(db, agreement.Id, Today));
        Assert.Equal(VersionStatus.InForce, state!.Of(second.Id));
        Assert.Equal(VersionStatus.Replaced, state.Of(first.Id));
        Assert.Single(state.Versions.Values, s => s == VersionStatus.InForce);
        Assert.Equal(second.Id, state.InForceVersionId);

        var withoutParties = await data.VersionAsync(await data.AgreementAsync([]), 1, "Tekst uten parter");
        Assert.Contains("Avtalen har ingen parter som kan vedta versjonen.", await (await InForceAsync(withoutParties.Id, Today)).Content.ReadAsStringAsync());

        var adoption = await factory.WithDbAsync(db => db.AgreementAdoptions.IgnoreQueryFilters().SingleAsync(a => a.VersionId == first.Id && a.PartnerId == horten.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{url}?handler=RemoveAdoption&adoptionId={adoption.Id}", [], url)).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AgreementAdoptions.IgnoreQueryFilters().AnyAsync(a => a.Id == adoption.Id)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .AnyAsync(a => a.EntityType == nameof(AgreementAdoption) && a.EntityId == adoption.Id.ToString() && a.Action == AuditAction.Deleted)));
    }

    [Fact]
    public async Task A_draft_is_seen_only_by_the_secretariat_and_the_owner_bodys_members()
    {
        var data = await DataAsync();
        var owner = await data.BodyAsync();
        var agreement = await data.AgreementAsync([await data.HospitalAsync()], ownerBodyId: owner.Id);
        var draft = await data.VersionAsync(agreement, 1, $"Utkastets tekst {data.Suffix}");
        var member = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(VersionUrl(draft.Id))).StatusCode);
        var details = await member.GetHtmlAsync($"/{Vestfold}/avtaler/{agreement.Id}");
        Assert.DoesNotContain(VersionUrl(draft.Id), details);
        Assert.Contains("Ingen versjoner å vise.", details);
        var list = await member.GetHtmlAsync($"/{Vestfold}/avtaler");
        Assert.Contains(agreement.Title, list);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/{Vestfold}/avtaler/{agreement.Id}/versjoner/1")).StatusCode);

        await data.MembershipAsync(DemoAccounts.VestfoldMember, owner);
        var seen = await member.GetHtmlAsync(VersionUrl(draft.Id));
        Assert.Contains($"Utkastets tekst {data.Suffix}", seen);
        Assert.Contains("<strong>Utkast</strong>", seen);
        // The owner body's members see the work, but only the secretariat records adoptions.
        Assert.DoesNotContain("handler=Adopt", seen);
        Assert.Contains(VersionUrl(draft.Id), await member.GetHtmlAsync($"/{Vestfold}/avtaler/{agreement.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/{Vestfold}/avtaler/{agreement.Id}/versjoner/1")).StatusCode);
    }

    [Fact]
    public async Task The_compare_page_shows_the_changed_words_and_refuses_unknown_versions_in_words()
    {
        var data = await DataAsync();
        var agreement = await data.AgreementAsync([await data.HospitalAsync()]);
        await data.VersionAsync(agreement, 1, "# 1 Formål\nPartene skal evaluere avtalen hvert år.\nFjernet avsnitt.");
        await data.VersionAsync(agreement, 2, "# 1 Formål\nPartene skal revidere avtalen hvert år.\nNytt avsnitt om beredskap.\nFjernet avsnitt.\nEkstra linje.");
        var client = await AdministratorAsync();

        var page = await client.GetHtmlAsync($"/{Vestfold}/avtaler/{agreement.Id}/sammenlign?fra=1&til=2");
        Assert.Contains("<del><span class=\"visually-hidden\">Fjernet: </span>evaluere</del>", page);
        Assert.Contains("<ins><span class=\"visually-hidden\">Lagt til: </span>revidere</ins>", page);
        Assert.Contains("Nytt avsnitt om beredskap.", page);
        Assert.Contains("Fra versjon 1 til versjon 2: 2 linjer lagt til, 0 fjernet og 1 endret.", page);

        var bad = await client.GetAsync($"/{Vestfold}/avtaler/{agreement.Id}/sammenlign?fra=1&til=99");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Versjon 99 finnes ikke for denne avtalen", await bad.Content.ReadAsStringAsync());
        Assert.Contains("Versjon abc finnes ikke for denne avtalen", await client.GetHtmlAsync($"/{Vestfold}/avtaler/{agreement.Id}/sammenlign?fra=abc&til=2"));
    }

    [Fact]
    public async Task The_adoption_overview_shows_who_adopted_which_version_and_what_is_missing()
    {
        var data = await DataAsync();
        var (horten, hospital) = (await data.PartnerAsync("Horten kommune"), await data.HospitalAsync());
        var agreement = await data.AgreementAsync([horten, hospital]);
        await data.VersionAsync(agreement, 1, "Første", adoptedBy: [horten, hospital], adoptedOn: Today.AddDays(-40), inForceFrom: Today.AddDays(-30));
        await data.VersionAsync(agreement, 2, "Andre", adoptedBy: [horten], adoptedOn: Today.AddDays(-3));
        var client = await AdministratorAsync();

        var page = await client.GetHtmlAsync($"/{Vestfold}/avtaler/vedtak");
        var row = RowOf(page, agreement.Title);
        Assert.Contains($"Versjon 2 ({OsloTime.Format(Today.AddDays(-3))})", row);
        Assert.Contains($"Versjon 1 ({OsloTime.Format(Today.AddDays(-40))})", row);
        Assert.Contains($"Mangler 1 vedtak: {hospital.Name}", row);
        Assert.Matches(@"Mangler \d+ vedtak</strong>", page);
    }

    [Fact]
    public async Task Anonymous_callers_of_the_api_see_only_agreements_in_force_and_no_drafts()
    {
        var data = await DataAsync();
        var hospital = await data.HospitalAsync();
        var onlyDraft = await data.AgreementAsync([hospital]);
        await data.VersionAsync(onlyDraft, 1, "Bare utkast");
        var inForce = await data.AgreementAsync([hospital]);
        await data.VersionAsync(inForce, 1, "Gjeldende tekst", adoptedBy: [hospital], adoptedOn: Today.AddDays(-20), inForceFrom: Today.AddDays(-10));
        await data.VersionAsync(inForce, 2, "Utkast til ny tekst");
        var anonymous = TestClient.Anonymous(factory);

        var list = await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/{Vestfold}/avtaler");
        var ids = list.EnumerateArray().Select(a => a.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(inForce.Id, ids);
        Assert.DoesNotContain(onlyDraft.Id, ids);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/{Vestfold}/avtaler/{onlyDraft.Id}")).StatusCode);

        var details = await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/{Vestfold}/avtaler/{inForce.Id}");
        var versions = details.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(1, Assert.Single(versions).GetProperty("number").GetInt32());
        Assert.Equal("InForce", versions[0].GetProperty("status").GetString());
        Assert.Equal(hospital.Name, versions[0].GetProperty("adoptions")[0].GetProperty("partner").GetString());
        var text = await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/{Vestfold}/avtaler/{inForce.Id}/versjoner/1");
        Assert.Equal("Gjeldende tekst", text.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/{Vestfold}/avtaler/{inForce.Id}/versjoner/2")).StatusCode);

        var secretariat = await AdministratorAsync();
        var all = await secretariat.Http.GetFromJsonAsync<JsonElement>($"/api/{Vestfold}/avtaler/{inForce.Id}");
        Assert.Equal(2, all.GetProperty("versions").GetArrayLength());
        Assert.Contains(onlyDraft.Id, (await secretariat.Http.GetFromJsonAsync<JsonElement>($"/api/{Vestfold}/avtaler")).EnumerateArray().Select(a => a.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task A_disguised_html_file_is_refused_with_the_text_kept_and_a_pdf_is_stored_and_downloaded_safely()
    {
        var data = await DataAsync();
        var hospital = await data.HospitalAsync();
        var agreement = await data.AgreementAsync([hospital]);
        var client = await AdministratorAsync();
        var url = NewVersionUrl(agreement.Id);
        var fields = new Dictionary<string, string>
        {
            ["Input.Number"] = "1",
            ["Input.Date"] = Iso(Today),
            ["Input.Text"] = $"Teksten som står {data.Suffix}",
            ["Input.TreatedInText"] = "SMH møte 2013.3",
            ["Input.Version"] = "0",
        };

        var refused = await client.PostMultipartAsync(url, fields, new FilePart("Input.File", "avtale.pdf", TestFiles.Html(), "application/pdf"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Filen «avtale.pdf» er ikke en PDF- eller Word-fil (.docx).", page);
        Assert.Contains($"Teksten som står {data.Suffix}", page);
        Assert.Contains("SMH møte 2013.3", page);
        Assert.False(await factory.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters().AnyAsync(v => v.AgreementId == agreement.Id)));

        var pdf = TestFiles.Pdf();
        var stored = await client.PostMultipartAsync(url, fields, new FilePart("Input.File", "avtale.pdf", pdf, "application/pdf"));
        Assert.Equal(HttpStatusCode.Redirect, stored.StatusCode);
        var version = await factory.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters().SingleAsync(v => v.AgreementId == agreement.Id));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), version.FileSha256);
        Assert.Equal("application/pdf", version.FileContentType);

        var download = await client.GetAsync($"/{Vestfold}/avtaler/versjoner/{version.Id}/fil");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        // A draft's file is not for anyone outside the work on it.
        Assert.Equal(HttpStatusCode.NotFound, (await TestClient.Anonymous(factory).GetAsync($"/{Vestfold}/avtaler/versjoner/{version.Id}/fil")).StatusCode);
    }

    [Fact]
    public async Task The_text_of_an_adopted_version_is_locked_and_a_forged_change_is_refused()
    {
        var data = await DataAsync();
        var hospital = await data.HospitalAsync();
        var agreement = await data.AgreementAsync([hospital]);
        var version = await data.VersionAsync(agreement, 1, "Vedtatt tekst", adoptedBy: [hospital], adoptedOn: Today.AddDays(-1));
        var client = await AdministratorAsync();
        var url = $"{NewVersionUrl(agreement.Id)}/{version.Id}";

        var form = await client.GetHtmlAsync(url);
        Assert.Contains("teksten og filen er låst", form);
        var forged = await client.PostFormAsync(url, new()
        {
            ["Input.Number"] = "1",
            ["Input.Date"] = Iso(Today.AddDays(-2)),
            ["Input.Text"] = "Endret i smug",
            ["Input.Version"] = version.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Teksten og filen kan ikke endres etter at en part har vedtatt versjonen.", await forged.Content.ReadAsStringAsync());
        Assert.Equal("Vedtatt tekst", await factory.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters().Where(v => v.Id == version.Id).Select(v => v.Text).SingleAsync()));

        var summary = await client.PostFormAsync(url, new()
        {
            ["Input.Number"] = "1",
            ["Input.Date"] = Iso(Today.AddDays(-2)),
            ["Input.ChangeSummary"] = "Rettet sammendrag",
            ["Input.Text"] = "Vedtatt tekst",
            ["Input.Version"] = version.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, summary.StatusCode);
    }

    [Fact]
    public async Task A_concurrent_edit_a_cycle_in_the_tree_and_removing_a_party_that_adopted_are_refused()
    {
        var data = await DataAsync();
        var (horten, hospital) = (await data.PartnerAsync("Horten kommune"), await data.HospitalAsync());
        var parent = await data.AgreementAsync([horten, hospital]);
        var child = await data.AgreementAsync([horten, hospital], parentId: parent.Id);
        await data.VersionAsync(parent, 1, "Tekst", adoptedBy: [horten], adoptedOn: Today.AddDays(-1));
        var client = await AdministratorAsync();
        var url = $"/{Vestfold}/avtaler/rediger/{parent.Id}";
        Dictionary<string, string> Fields(string title, int? parentId, bool withHorten, int version) => new()
        {
            ["Input.Title"] = title,
            ["Input.Kind"] = nameof(AgreementKind.SubAgreement),
            ["Input.ParentId"] = parentId?.ToString() ?? "",
            ["Input.ReviewIntervalMonths"] = "12",
            ["Input.NoticePeriodMonths"] = "12",
            ["Input.Parties[0].PartnerId"] = horten.Id.ToString(),
            ["Input.Parties[0].Selected"] = withHorten ? "true" : "false",
            ["Input.Parties[1].PartnerId"] = hospital.Id.ToString(),
            ["Input.Parties[1].Selected"] = "true",
            ["Input.Version"] = version.ToString(),
        };

        var cycle = await client.PostFormAsync(url, Fields(parent.Title, child.Id, true, parent.Version));
        Assert.Contains("En avtale kan ikke stå under seg selv eller under en avtale som står under den.", await cycle.Content.ReadAsStringAsync());
        var parentSelect = Regex.Match(await client.GetHtmlAsync(url), "<select[^>]*name=\"Input.ParentId\".*?</select>", RegexOptions.Singleline).Value;
        Assert.Contains("Ingen (øverst i avtaleverket)", parentSelect);
        Assert.DoesNotContain($"value=\"{child.Id}\"", parentSelect);
        Assert.DoesNotContain($"value=\"{parent.Id}\"", parentSelect);

        var withoutParty = await client.PostFormAsync(url, Fields(parent.Title, null, false, parent.Version));
        Assert.Contains($"Disse partene har vedtatt en versjon av avtalen og kan ikke fjernes som parter: {horten.Name}.", await withoutParty.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, Fields($"{parent.Title} (ny)", null, true, parent.Version))).StatusCode);
        var stale = await client.PostFormAsync(url, Fields($"{parent.Title} (gammel)", null, true, parent.Version));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var stalePage = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Noen andre har lagret endringer mens du redigerte", stalePage);
        Assert.Contains($"{parent.Title} (gammel)", stalePage);
        Assert.Equal($"{parent.Title} (ny)", await factory.WithDbAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == parent.Id).Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task The_register_lists_the_family_as_a_tree_filtered_by_kind_and_status()
    {
        var data = await DataAsync();
        var hospital = await data.HospitalAsync();
        var parent = await data.AgreementAsync([hospital], kind: AgreementKind.Overarching);
        var childB = await data.AgreementAsync([hospital], parentId: parent.Id, code: "10");
        var childA = await data.AgreementAsync([hospital], parentId: parent.Id, code: "2");
        await data.VersionAsync(childA, 1, "Tekst", adoptedBy: [hospital], adoptedOn: Today.AddDays(-5), inForceFrom: Today.AddDays(-1));
        var member = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);

        var all = await member.GetHtmlAsync($"/{Vestfold}/avtaler");
        var (p, a, b) = (all.IndexOf(parent.Title, StringComparison.Ordinal), all.IndexOf(childA.Title, StringComparison.Ordinal), all.IndexOf(childB.Title, StringComparison.Ordinal));
        Assert.True(p < a && a < b, "The parent comes first, then its children by code (2 before 10).");
        Assert.Contains($"Versjon 1, i kraft fra {OsloTime.Format(Today.AddDays(-1))}", RowOf(all, childA.Title));
        Assert.Contains("Utkast", RowOf(all, childB.Title));
        Assert.DoesNotContain("Ny avtale", all);

        var inForce = await member.GetHtmlAsync($"/{Vestfold}/avtaler?status=InForce");
        Assert.Contains(childA.Title, inForce);
        Assert.DoesNotContain(childB.Title, inForce);
        var overarching = await member.GetHtmlAsync($"/{Vestfold}/avtaler?type=Overarching");
        Assert.Contains(parent.Title, overarching);
        Assert.DoesNotContain(childA.Title, overarching);
        Assert.Contains("Ny avtale", await (await AdministratorAsync()).GetHtmlAsync($"/{Vestfold}/avtaler"));
    }

    private static string CheckedParty(int partnerId) =>
        $"<input type=\"hidden\"[^>]*value=\"{partnerId}\" />\\s*<input type=\"checkbox\" checked=\"checked\"";

    /// <summary>The table row whose text contains <paramref name="marker"/>.</summary>
    private static string RowOf(string html, string marker) =>
        Regex.Matches(html, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).Single(r => r.Contains(marker, StringComparison.Ordinal));
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAgreementRegisterTests(SqliteAppFactory factory) : AgreementRegisterTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAgreementRegisterTests(PostgresAppFactory factory) : AgreementRegisterTests(factory);

/// <summary>Agreements, versions and adoptions made for one test, with titles no other test uses.</summary>
public sealed class AgreementRegisterData
{
    private static int counter;

    private readonly AppFactory factory;

    private readonly FollowUpData records;

    private AgreementRegisterData(AppFactory factory, FollowUpData records)
    {
        this.factory = factory;
        this.records = records;
    }

    public string Suffix => records.Suffix;

    public static async Task<AgreementRegisterData> ForAsync(AppFactory factory, string slug) => new(factory, await FollowUpData.ForAsync(factory, slug));

    public Task<Partner> PartnerAsync(string name) =>
        factory.WithDbAsync(db => db.Partners.IgnoreQueryFilters().SingleAsync(p => p.CommunityId == records.CommunityId && p.Name == name));

    public Task<Partner> HospitalAsync() =>
        factory.WithDbAsync(db => db.Partners.IgnoreQueryFilters().SingleAsync(p => p.CommunityId == records.CommunityId && p.Kind == PartnerKind.HospitalTrust));

    public Task<Web.Features.Bodies.Body> BodyAsync() => records.BodyAsync();

    public Task<T> InCommunityAsync<T>(Func<Web.Infrastructure.Data.AppDbContext, Task<T>> action) => records.InCommunityAsync(action);

    /// <summary>An agenda item with a case number, and how the version table names it.</summary>
    public async Task<(int Id, string Label)> AgendaItemAsync()
    {
        var body = await records.BodyAsync();
        var item = await records.ItemAsync(await records.MeetingAsync(body, Today.AddDays(-40)), null);
        return (item.Id, $"{body.ShortName} 2024.17");
    }

    public Task<Agreement> AgreementAsync(
        IReadOnlyList<Partner> parties, int? ownerBodyId = null, int? parentId = null, string? code = null, AgreementKind kind = AgreementKind.SubAgreement) =>
        records.AddAsync(new Agreement
        {
            Title = $"Testavtale {Suffix}-{Interlocked.Increment(ref counter)}",
            Kind = kind,
            Code = code,
            ParentId = parentId,
            OwnerBodyId = ownerBodyId,
            Parties = parties.Select(p => new AgreementParty { PartnerId = p.Id, CommunityId = records.CommunityId }).ToList(),
        });

    public Task<AgreementVersion> VersionAsync(
        Agreement agreement, int number, string text, IReadOnlyList<Partner>? adoptedBy = null, DateOnly? adoptedOn = null, DateOnly? inForceFrom = null) =>
        records.AddAsync(new AgreementVersion
        {
            AgreementId = agreement.Id,
            Number = number,
            Date = Today.AddDays(-60 + number),
            Text = text,
            InForceFrom = inForceFrom,
            Adoptions = (adoptedBy ?? []).Select(p => new AgreementAdoption { PartnerId = p.Id, AdoptedOn = adoptedOn ?? Today, CommunityId = records.CommunityId }).ToList(),
        });

    /// <summary>Makes the demo account's person a current member of the body.</summary>
    public async Task MembershipAsync(string email, Web.Features.Bodies.Body body)
    {
        var personId = await factory.WithDbAsync(db => db.People.IgnoreQueryFilters()
            .Where(p => p.CommunityId == records.CommunityId && p.UserId == db.Users.Where(u => u.Email == email).Select(u => u.Id).Single())
            .Select(p => p.Id).FirstAsync());
        await records.AddAsync(new Membership { PersonId = personId, BodyId = body.Id, Role = MembershipRole.Member, From = Today.AddDays(-1) });
    }

    private static DateOnly Today => OsloTime.Today(TimeProvider.System);
}
