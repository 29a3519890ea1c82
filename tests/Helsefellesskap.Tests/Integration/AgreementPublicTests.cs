using System.Net;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Agreements;
using Helsefellesskap.Web.Features.Agreements.Public;
using Helsefellesskap.Web.Features.Agreements.Requirements;
using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// The public agreement register (pages, PDF, search, Atom feed) shows only versions in force, and a version with an
/// in-force date ahead becomes public on that day; the secretariat's requirement lists and the coverage of a version.
/// </summary>
public abstract class AgreementPublicTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;

    [Fact]
    public async Task Only_the_version_in_force_reaches_anonymous_visitors_through_pages_pdf_search_and_feed()
    {
        var data = await PublicScenario.CreateAsync(factory);
        var anonymous = TestClient.Anonymous(factory);

        var index = await anonymous.GetHtmlAsync($"/{Vestfold}/avtaleverk");
        Assert.Contains(data.Title, index);
        Assert.DoesNotContain(data.DraftOnlyTitle, index);

        var page = await anonymous.GetHtmlAsync(PublicAgreements.PathOf(Vestfold, data.AgreementId));
        Assert.Contains(data.InForceMarker, page);
        Assert.Contains("SMH møte 2013.3", page);
        Assert.DoesNotContain(data.DraftMarker, page);
        Assert.DoesNotContain(data.FutureMarker, page);
        Assert.DoesNotContain(data.DraftChange, page);
        Assert.Contains("helse- og omsorgstjenesteloven § 6-2", page);

        var pdf = ReadBack.Pdf(await (await anonymous.GetAsync(PublicAgreements.PdfPathOf(Vestfold, data.AgreementId))).Content.ReadAsByteArrayAsync());
        Assert.Contains(data.Title, pdf);
        Assert.Contains(data.InForceMarker, pdf);
        Assert.Contains("Behandlet i", pdf);
        Assert.Contains("SMH møte 2013.3", pdf);
        Assert.DoesNotContain(data.DraftMarker, pdf);
        Assert.DoesNotContain(data.FutureMarker, pdf);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(PublicAgreements.PathOf(Vestfold, data.DraftOnlyId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(PublicAgreements.PdfPathOf(Vestfold, data.DraftOnlyId))).StatusCode);

        var found = await anonymous.GetHtmlAsync($"/{Vestfold}/sok?q={data.InForceMarker}");
        Assert.Contains($"href=\"{PublicAgreements.PathOf(Vestfold, data.AgreementId)}\"", found);
        foreach (var hidden in new[] { data.DraftMarker, data.FutureMarker, data.DraftOnlyMarker })
        {
            Assert.DoesNotContain($"<mark>{hidden}</mark>", await anonymous.GetHtmlAsync($"/{Vestfold}/sok?q={hidden}"));
        }
        // Drafts are not indexed at all: the search cannot tell the owner body's members from the community's other readers.
        var member = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);
        Assert.DoesNotContain($"<mark>{data.DraftMarker}</mark>", await member.GetHtmlAsync($"/{Vestfold}/sok?q={data.DraftMarker}"));

        // The feed lists publications by the day they became public, so the agreement is looked for among its owner's.
        var feed = await anonymous.GetHtmlAsync($"/{Vestfold}/publisert.atom?organ={data.OwnerBodyId}");
        Assert.Contains(PublicAgreements.PathOf(Vestfold, data.AgreementId), feed);
        Assert.DoesNotContain(PublicAgreements.PathOf(Vestfold, data.DraftOnlyId) + "\"", feed);
        Assert.Contains(PublicAgreements.PathOf(Vestfold, data.AgreementId), await anonymous.GetHtmlAsync($"/{Vestfold}/sitemap.xml"));
    }

    [Fact]
    public async Task A_version_whose_in_force_date_comes_is_published_by_the_refresh_without_a_save()
    {
        var data = await PublicScenario.CreateAsync(factory);
        var anonymous = TestClient.Anonymous(factory);
        Assert.DoesNotContain($"<mark>{data.FutureMarker}</mark>", await anonymous.GetHtmlAsync($"/{Vestfold}/sok?q={data.FutureMarker}"));

        // The day comes: the date is moved past the records' back (no save, so nothing refreshes the index on its own).
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
        await factory.WithDbAsync(db => db.AgreementVersions.IgnoreQueryFilters().Where(v => v.Id == data.FutureVersionId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.InForceFrom, today)));
        var refreshed = await factory.Services.GetRequiredService<AgreementPublicRefresh>().RefreshAsync();
        Assert.True(refreshed >= 1);

        Assert.Contains($"<mark>{data.FutureMarker}</mark>", await anonymous.GetHtmlAsync($"/{Vestfold}/sok?q={data.FutureMarker}"));
        var page = await anonymous.GetHtmlAsync(PublicAgreements.PathOf(Vestfold, data.AgreementId));
        Assert.Contains(data.FutureMarker, page);
        Assert.DoesNotContain(data.InForceMarker, page);
        var publication = await factory.WithDbAsync(db => db.Publications.IgnoreQueryFilters()
            .SingleAsync(p => p.Kind == PublicationKind.Agreement && p.SourceId == data.AgreementId));
        Assert.Equal(today, publication.Date);
        var documents = await factory.WithDbAsync(db => db.SearchDocuments.IgnoreQueryFilters()
            .Where(d => d.Scope == AgreementPublicContent.ScopeOf(data.AgreementId)).ToListAsync());
        Assert.Equal([data.FutureVersionId], documents.Where(d => d.IsPublic).Select(d => d.SourceId));

        // Run again: nothing differs any more.
        Assert.Equal(0, await factory.Services.GetRequiredService<AgreementPublicRefresh>().RefreshAsync());
    }

    [Fact]
    public async Task The_secretariat_edits_a_requirement_list_and_records_a_versions_coverage_and_sees_the_missing_topics()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var secretariat = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        var name = $"Kravliste {suffix}";
        var created = await secretariat.PostFormAsync($"/{Vestfold}/avtaler/kravlister/rediger", new()
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = nameof(AgreementKind.SubAgreement),
            ["Input.Topics[0].Title"] = "Beredskapsplaner",
            ["Input.Topics[0].Source"] = "hol. § 6-2 nr. 12",
            ["Input.Topics[0].SortOrder"] = "1",
            ["Input.Topics[1].Title"] = "Øvelser",
            ["Input.Topics[1].SortOrder"] = "2",
            ["Input.Topics[2].Title"] = "Varsling",
            ["Input.Topics[2].SortOrder"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await factory.WithDbAsync(db => db.RequirementLists.IgnoreQueryFilters().Include(l => l.Topics).SingleAsync(l => l.Name == name));
        Assert.Equal(["Beredskapsplaner", "Øvelser", "Varsling"], list.Topics.OrderBy(t => t.SortOrder).Select(t => t.Title));
        var index = await secretariat.GetHtmlAsync($"/{Vestfold}/avtaler/kravlister");
        Assert.Contains(name, index);
        Assert.Contains(VestfoldAgreements.PreparednessListName, index);

        // Remove one topic, rename one, add one: the list keeps its order.
        var editUrl = $"/{Vestfold}/avtaler/kravlister/rediger/{list.Id}";
        var form = await secretariat.GetHtmlAsync(editUrl);
        Assert.Contains("Øvelser", form);
        var topics = list.Topics.OrderBy(t => t.SortOrder).ToList();
        var edited = await secretariat.PostFormAsync(editUrl, new()
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = nameof(AgreementKind.SubAgreement),
            ["Input.Version"] = list.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Topics[0].Id"] = $"{topics[0].Id}",
            ["Input.Topics[0].Title"] = "Omforente beredskapsplaner",
            ["Input.Topics[0].SortOrder"] = "1",
            ["Input.Topics[1].Id"] = $"{topics[1].Id}",
            ["Input.Topics[1].Title"] = "Øvelser",
            ["Input.Topics[1].Remove"] = "true",
            ["Input.Topics[2].Id"] = $"{topics[2].Id}",
            ["Input.Topics[2].Title"] = "Varsling",
            ["Input.Topics[2].SortOrder"] = "3",
            ["Input.Topics[3].Title"] = "Gjensidig bistand",
            ["Input.Topics[3].SortOrder"] = "4",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        list = await factory.WithDbAsync(db => db.RequirementLists.IgnoreQueryFilters().Include(l => l.Topics).SingleAsync(l => l.Id == list.Id));
        Assert.Equal(["Omforente beredskapsplaner", "Varsling", "Gjensidig bistand"], list.Topics.OrderBy(t => t.SortOrder).Select(t => t.Title));

        // A version of an agreement with this list: nothing covered yet, then two of three.
        var data = await PublicScenario.CreateAsync(factory, list.Id);
        var coverageUrl = CoverageSummary.PathOf(Vestfold, data.DraftVersionId);
        var empty = await secretariat.GetHtmlAsync(coverageUrl);
        Assert.Contains("0 av 3 tema er dekket", empty);
        var ordered = list.Topics.OrderBy(t => t.SortOrder).ToList();
        var saved = await secretariat.PostFormAsync(coverageUrl, new()
        {
            ["Rows[0].TopicId"] = $"{ordered[0].Id}",
            ["Rows[0].Covered"] = "true",
            ["Rows[0].Location"] = "kap. 2",
            ["Rows[1].TopicId"] = $"{ordered[1].Id}",
            ["Rows[2].TopicId"] = $"{ordered[2].Id}",
            ["Rows[2].Covered"] = "true",
            ["Rows[2].Location"] = "kap. 4.2",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = await secretariat.GetHtmlAsync(coverageUrl);
        Assert.Contains("2 av 3 tema er dekket", shown);
        Assert.Contains("kap. 4.2", shown);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(await db.Communities.SingleAsync(c => c.Slug == Vestfold));
        var summary = await CoverageSummary.LoadAsync(db, data.DraftVersionId);
        Assert.NotNull(summary);
        Assert.Equal((2, 3), (summary.Covered, summary.Total));
        Assert.Equal(["Varsling"], summary.Missing);

        // Not for members outside the secretariat, nor for the public.
        var member = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldMember);
        foreach (var url in new[] { $"/{Vestfold}/avtaler/kravlister", editUrl, coverageUrl })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync(url)).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await TestClient.Anonymous(factory).GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Bad_input_on_the_requirement_forms_is_refused_with_clear_messages_and_nothing_typed_is_lost()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var secretariat = await TestClient.SignedInAsync(factory, DemoAccounts.VestfoldAdministrator);
        var newUrl = $"/{Vestfold}/avtaler/kravlister/rediger";

        var noName = await secretariat.PostFormAsync(newUrl, new()
        {
            ["Input.Name"] = "",
            ["Input.Kind"] = nameof(AgreementKind.SubAgreement),
            ["Input.Topics[0].Title"] = $"Tema {suffix}",
            ["Input.Topics[1].Source"] = $"Kilde {suffix}",
        });
        Assert.Equal(HttpStatusCode.OK, noName.StatusCode);
        var html = await noName.Content.ReadAsStringAsync();
        Assert.Contains("Navn må fylles ut", html);
        Assert.Contains("Tema 2 mangler tittel", html);
        Assert.Contains($"value=\"Tema {suffix}\"", html);
        Assert.Contains($"value=\"Kilde {suffix}\"", html);

        // A stale form does not undo another's change.
        var name = $"Kravliste {suffix}";
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.PostFormAsync(newUrl, new()
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = nameof(AgreementKind.SubAgreement),
            ["Input.Topics[0].Title"] = "Første tema",
        })).StatusCode);
        var list = await factory.WithDbAsync(db => db.RequirementLists.IgnoreQueryFilters().Include(l => l.Topics).SingleAsync(l => l.Name == name));
        var editUrl = $"{newUrl}/{list.Id}";
        Dictionary<string, string> Edit(string topicTitle) => new()
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = nameof(AgreementKind.SubAgreement),
            ["Input.Version"] = $"{list.Version}",
            ["Input.Topics[0].Id"] = $"{list.Topics[0].Id}",
            ["Input.Topics[0].Title"] = topicTitle,
        };
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.PostFormAsync(editUrl, Edit("Endret av den første"))).StatusCode);
        var stale = await secretariat.PostFormAsync(editUrl, Edit($"Endret av den andre {suffix}"));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var staleHtml = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Noen andre har lagret endringer", staleHtml);
        Assert.Contains($"Endret av den andre {suffix}", staleHtml);
        Assert.Equal("Endret av den første", await factory.WithDbAsync(db => db.RequirementTopics.IgnoreQueryFilters()
            .Where(t => t.Id == list.Topics[0].Id).Select(t => t.Title).SingleAsync()));

        // A topic of another list is not edited through this one.
        var otherTopic = await factory.WithDbAsync(db => db.RequirementTopics.IgnoreQueryFilters()
            .Where(t => t.ListId != list.Id).Select(t => t.Id).FirstAsync());
        var current = await factory.WithDbAsync(db => db.RequirementLists.IgnoreQueryFilters().Where(l => l.Id == list.Id).Select(l => l.Version).SingleAsync());
        var forged = await secretariat.PostFormAsync(editUrl, new()
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = nameof(AgreementKind.SubAgreement),
            ["Input.Version"] = $"{current}",
            ["Input.Topics[0].Id"] = $"{otherTopic}",
            ["Input.Topics[0].Title"] = "Kapret",
        });
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains($"Verdien «{otherTopic}» er ikke gyldig", await forged.Content.ReadAsStringAsync());

        // Coverage: a place without the tick is refused and kept; a topic of another list is refused.
        var data = await PublicScenario.CreateAsync(factory, list.Id);
        var coverageUrl = CoverageSummary.PathOf(Vestfold, data.DraftVersionId);
        var placeOnly = await secretariat.PostFormAsync(coverageUrl, new()
        {
            ["Rows[0].TopicId"] = $"{list.Topics[0].Id}",
            ["Rows[0].Location"] = $"kap. {suffix}",
        });
        Assert.Equal(HttpStatusCode.OK, placeOnly.StatusCode);
        var placeHtml = await placeOnly.Content.ReadAsStringAsync();
        Assert.Contains("Kryss av for «Dekket»", placeHtml);
        Assert.Contains($"value=\"kap. {suffix}\"", placeHtml);
        var foreign = await secretariat.PostFormAsync(coverageUrl, new()
        {
            ["Rows[0].TopicId"] = $"{otherTopic}",
            ["Rows[0].Covered"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Contains($"Verdien «{otherTopic}» er ikke gyldig", await foreign.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.TopicCoverages.IgnoreQueryFilters().AnyAsync(c => c.VersionId == data.DraftVersionId)));
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync(CoverageSummary.PathOf(Vestfold, int.MaxValue))).StatusCode);
    }

    /// <summary>
    /// An agreement with a replaced version 1, version 2 in force, an adopted version 3 in force from a date ahead and a
    /// draft version 4, each with a marker word of its own; and an agreement with only a draft.
    /// </summary>
    private sealed record PublicScenario(
        int AgreementId, string Title, int OwnerBodyId, int DraftVersionId, int FutureVersionId, string InForceMarker, string DraftMarker, string DraftChange,
        string FutureMarker, int DraftOnlyId, string DraftOnlyTitle, string DraftOnlyMarker)
    {
        private static string Marker() => "mrk" + Guid.NewGuid().ToString("N")[..10] + "q";

        public static async Task<PublicScenario> CreateAsync(AppFactory factory, int? requirementListId = null)
        {
            var suffix = Guid.NewGuid().ToString("N")[..8];
            var (inForce, draft, future, draftOnly) = (Marker(), Marker(), Marker(), Marker());
            var draftChange = $"Endring i utkastet {suffix}";
            return await factory.WithDbAsync(async db =>
            {
                var communityId = await db.Communities.Where(c => c.Slug == Vestfold).Select(c => c.Id).SingleAsync();
                var partner = await db.Partners.IgnoreQueryFilters().Where(p => p.CommunityId == communityId).OrderBy(p => p.Id).FirstAsync();
                var owner = await db.Bodies.IgnoreQueryFilters().SingleAsync(b => b.CommunityId == communityId && b.ShortName == "AG-BER");
                var today = DateOnly.FromDateTime(DateTime.UtcNow);
                AgreementVersion Version(int number, string text, DateOnly? adopted, DateOnly? from, string? change = null, string? treatedIn = null)
                {
                    var version = new AgreementVersion
                    {
                        CommunityId = communityId,
                        Number = number,
                        Date = today.AddYears(-5 + number),
                        Text = text,
                        ChangeSummary = change,
                        TreatedInText = treatedIn,
                        InForceFrom = from,
                    };
                    if (adopted is { } on)
                    {
                        version.Adoptions.Add(new AgreementAdoption { CommunityId = communityId, PartnerId = partner.Id, AdoptedOn = on, DecidedBy = "Styret" });
                    }
                    return version;
                }
                var agreement = new Agreement
                {
                    CommunityId = communityId,
                    Title = $"Testavtale {suffix}",
                    Kind = AgreementKind.SubAgreement,
                    OwnerBodyId = owner.Id,
                    LegalReferences = "helse- og omsorgstjenesteloven § 6-2",
                    RequirementListId = requirementListId,
                    Parties = [new AgreementParty { CommunityId = communityId, PartnerId = partner.Id }],
                    Versions =
                    [
                        Version(1, "## 1. Formål\nDen første versjonen.", today.AddYears(-4), today.AddYears(-4), "Ny avtale", "SMH møte 2013.3"),
                        Version(2, $"## 1. Formål\nGjeldende tekst med {inForce}.", today.AddYears(-2), today.AddYears(-2), "Hele"),
                        Version(3, $"## 1. Formål\nVedtatt tekst som gjelder fra en senere dato med {future}.", today.AddDays(-3), today.AddDays(30)),
                        Version(4, $"## 1. Formål\nUtkast med {draft}.", null, null, draftChange),
                    ],
                };
                var onlyDraft = new Agreement
                {
                    CommunityId = communityId,
                    Title = $"Utkastavtale {suffix}",
                    Kind = AgreementKind.Guideline,
                    Parties = [new AgreementParty { CommunityId = communityId, PartnerId = partner.Id }],
                    Versions = [Version(1, $"Bare et utkast med {draftOnly}.", null, null)],
                };
                db.Agreements.AddRange(agreement, onlyDraft);
                await db.SaveChangesAsync();
                return new PublicScenario(
                    agreement.Id, agreement.Title, owner.Id, agreement.Versions.Single(v => v.Number == 4).Id, agreement.Versions.Single(v => v.Number == 3).Id,
                    inForce, draft, draftChange, future, onlyDraft.Id, onlyDraft.Title, draftOnly);
            });
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAgreementPublicTests(SqliteAppFactory factory) : AgreementPublicTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAgreementPublicTests(PostgresAppFactory factory) : AgreementPublicTests(factory);
