using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Helsefellesskap.Tests.Infrastructure;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Memberships;
using Microsoft.EntityFrameworkCore;
using NJsonSchema;

namespace Helsefellesskap.Tests.Integration;

/// <summary>
/// The OParl API: every object type it returns validates against the OParl 1.1 schemas (shared/standards/oparl,
/// derived-draft07); lists page and filter; deleted and withdrawn objects remain as tombstones; and nothing that is
/// unpublished, restricted or personal reaches it.
/// </summary>
public abstract class OParlTests(AppFactory factory)
{
    private const string Vestfold = DemoLookup.Vestfold;
    private const string Root = "/oparl/v1";
    private const string Api = $"{Root}/{Vestfold}";

    /// <summary>Every list a Body names, by its member in the Body object.</summary>
    private static readonly string[] BodyLists =
        ["organization", "person", "meeting", "paper", "agendaItem", "consultation", "file", "locationList", "legislativeTermList", "membership"];

    private readonly TestClient client = TestClient.Anonymous(factory);

    [Fact]
    public async Task Every_object_type_and_list_page_validates_against_the_oparl_schemas()
    {
        var scenario = await PublishedMeetingAsync("Skjemasjekk");
        await WithdrawAsync(scenario.RestrictLaterItemId);
        var since = Since(DateTime.UtcNow.AddMinutes(-5));
        var seen = new HashSet<string>();

        var system = await ValidObjectAsync(Root, "System", seen);
        var bodies = await ValidListAsync(Path(system["body"]!), seen);
        var body = await ValidObjectAsync(Api, "Body", seen);
        Assert.Contains(bodies, b => (string)b["id"]! == (string)body["id"]!);
        foreach (var list in BodyLists)
        {
            var url = Path(body[list]!);
            var objects = await ValidListAsync(url + "?limit=1000", seen);
            await ValidListAsync(url + "?limit=1000&modified_since=" + since, seen);
            foreach (var item in objects.Take(3))
            {
                await ValidObjectAsync(Path(item["id"]!), TypeName(item), seen);
            }
        }
        var meeting = await ValidObjectAsync($"{Api}/meeting/{scenario.MeetingId}", "Meeting", seen);
        await ValidObjectAsync(Path(meeting["invitation"]!["id"]!), "File", seen);
        await ValidObjectAsync(Path(meeting["resultsProtocol"]!["id"]!), "File", seen);
        await ValidObjectAsync(Path(meeting["location"]!["id"]!), "Location", seen);
        await ValidObjectAsync($"{Api}/file/{scenario.PublicAttachmentId}", "File", seen);
        await ValidObjectAsync($"{Api}/file/{scenario.WithdrawnAttachmentId}", "File", seen);
        await ValidObjectAsync($"{Api}/paper/{scenario.MatterId}", "Paper", seen);
        await ValidObjectAsync($"{Api}/consultation/{scenario.PublicItemId}", "Consultation", seen);
        var organization = await ValidObjectAsync(Path(meeting["organization"]![0]!), "Organization", seen);
        await ValidListAsync(Path(organization["meeting"]!), seen);
        var membership = (await ValidListAsync($"{Api}/membership?limit=1000", seen)).First(m => m["onBehalfOf"] is not null);
        await ValidObjectAsync(Path(membership["onBehalfOf"]!), "Organization", seen);

        string[] all = ["System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location"];
        Assert.Empty(all.Except(seen));
        Assert.Contains("deleted File", seen);
    }

    [Fact]
    public async Task An_unpublished_agenda_restricted_content_unpublished_minutes_and_contact_details_never_reach_the_api()
    {
        var marker = Marker();
        var scenario = await MeetingAsync(marker);
        var publicTitle = $"Blåbærsak {marker}";

        var before = await EverythingAsync(scenario.MeetingId);
        Assert.Contains($"/meeting/{scenario.MeetingId}\"", before);
        Assert.DoesNotContain(marker, before);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/agendaitem/{scenario.PublicItemId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/meeting/{scenario.MeetingId}/invitation")).StatusCode);

        await IssueNoticeAsync(scenario.MeetingId);
        var noticed = await EverythingAsync(scenario.MeetingId);
        Assert.Contains(publicTitle, noticed);
        Assert.Contains($"Tyttebærsak {marker}", noticed);
        Assert.Contains($"Multekrem {marker}", noticed);
        Assert.DoesNotContain($"Ripsvedlegg {marker}", noticed);
        Assert.DoesNotContain($"Blåbærkonklusjon {marker}", noticed);
        Assert.DoesNotContain($"Tyttebærkonklusjon {marker}", noticed);
        var restricted = await ObjectAsync($"{Api}/agendaitem/{scenario.RestrictedItemId}");
        Assert.False((bool)restricted["public"]!);
        Assert.Null(restricted["auxiliaryFile"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Api}/meeting/{scenario.MeetingId}/invitation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/meeting/{scenario.MeetingId}/protocol")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/file/{scenario.RestrictedAttachmentId}")).StatusCode);

        await PublishMinutesAsync(scenario.MeetingId);
        var minuted = await EverythingAsync(scenario.MeetingId);
        Assert.Contains($"Blåbærkonklusjon {marker}", minuted);
        Assert.DoesNotContain($"Tyttebærkonklusjon {marker}", minuted);
        Assert.DoesNotContain($"Ripsvedlegg {marker}", minuted);
        Assert.DoesNotContain($"Tyttebærbeskrivelse {marker}", minuted);
        Assert.Equal($"Blåbærkonklusjon {marker}", (string?)(await ObjectAsync($"{Api}/agendaitem/{scenario.PublicItemId}"))["resolutionText"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Api}/meeting/{scenario.MeetingId}/protocol")).StatusCode);

        var contacts = await factory.WithDbAsync(db => db.People.IgnoreQueryFilters()
            .Select(p => new[] { p.Email, p.Phone }).ToListAsync());
        var details = contacts.SelectMany(c => c).OfType<string>().Where(d => d.Length > 0).ToList();
        Assert.NotEmpty(details);
        Assert.All(details, detail => Assert.DoesNotContain(detail, minuted, StringComparison.Ordinal));
    }

    [Fact]
    public async Task People_are_those_with_memberships_and_partners_are_the_organizations_they_represent()
    {
        var people = await AllAsync($"{Api}/person");
        var members = await factory.WithDbAsync(db => db.Memberships.IgnoreQueryFilters()
            .Where(m => db.Communities.Any(c => c.Id == m.CommunityId && c.Slug == Vestfold)).Select(m => m.PersonId).Distinct().ToListAsync());
        Assert.Equal(members.Order(), people.Select(p => IdOf(p)).Order());
        Assert.All(people, p => Assert.Null(p["email"]));

        var membership = (await AllAsync($"{Api}/membership")).First(m => m["onBehalfOf"] is not null);
        var partner = await ObjectAsync(Path(membership["onBehalfOf"]!));
        Assert.Contains("/partner/", (string)partner["id"]!);
        Assert.Contains(await AllAsync($"{Api}/organization"), o => (string)o["id"]! == (string)partner["id"]!);
    }

    [Fact]
    public async Task Lists_page_in_id_order_with_links_that_keep_the_filters()
    {
        var all = await AllAsync($"{Api}/meeting");
        Assert.True(all.Count > 5);

        var url = $"{Api}/meeting?limit=2&created_since={Since(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc))}";
        var first = await ObjectAsync(url);
        Assert.Equal(all.Count, (int)first["pagination"]!["totalElements"]!);
        Assert.Equal(2, (int)first["pagination"]!["elementsPerPage"]!);
        Assert.Equal(1, (int)first["pagination"]!["currentPage"]!);
        Assert.Equal((all.Count + 1) / 2, (int)first["pagination"]!["totalPages"]!);
        Assert.Null(first["links"]!["prev"]);
        var paged = new List<int>();
        for (var page = first; ; page = await ObjectAsync(Path(page["links"]!["next"]!)))
        {
            Assert.Contains("created_since=", (string)page["links"]!["self"]!);
            paged.AddRange(page["data"]!.AsArray().Select(m => IdOf(m!)));
            if (page["links"]!["next"] is null)
            {
                Assert.Equal((string)page["links"]!["self"]!, (string)page["links"]!["last"]!);
                break;
            }
        }
        Assert.Equal(all.Select(m => IdOf(m)).ToList(), paged);
        Assert.Equal(paged.Order().ToList(), paged);
    }

    [Fact]
    public async Task Created_and_modified_filters_select_by_the_objects_times()
    {
        var scenario = await PublishedMeetingAsync("Filter");
        var untouched = IdOf((await AllAsync($"{Api}/meeting"))[0]);
        var since = DateTime.UtcNow.AddSeconds(-1);
        await factory.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.IgnoreQueryFilters().SingleAsync(m => m.Id == scenario.MeetingId);
            meeting.Location = "Flyttet til Sandefjord";
            return await db.SaveChangesAsync();
        });

        var modified = await AllAsync($"{Api}/meeting?modified_since={Since(since)}");
        Assert.Contains(modified, m => IdOf(m) == scenario.MeetingId);
        Assert.DoesNotContain(modified, m => IdOf(m) == untouched);
        var items = await AllAsync($"{Api}/agendaitem?modified_since={Since(since)}");
        Assert.Contains(items, i => IdOf(i) == scenario.PublicItemId);
        Assert.Empty(await AllAsync($"{Api}/meeting?created_since={Since(DateTime.UtcNow.AddDays(1))}"));
        Assert.Empty(await AllAsync($"{Api}/organization?modified_until=2000-01-01T00:00:00%2B01:00"));
        Assert.DoesNotContain(await AllAsync($"{Api}/meeting?modified_until={Since(since)}"), m => IdOf(m) == scenario.MeetingId);
        // A "+" sent unencoded arrives as a space, and is read as the offset it was meant to be.
        Assert.Contains(await AllAsync($"{Api}/meeting?modified_since={OsloText(since)}"), m => IdOf(m) == scenario.MeetingId);
    }

    [Fact]
    public async Task Withdrawn_and_deleted_objects_are_tombstones_listed_only_to_synchronising_clients()
    {
        var scenario = await PublishedMeetingAsync("Gravstein");
        var since = Since(DateTime.UtcNow.AddSeconds(-1));
        Assert.Equal("File", TypeName(await ObjectAsync($"{Api}/file/{scenario.PublicAttachmentId}")));

        await WithdrawAsync(scenario.PublicItemId);
        var file = await ObjectAsync($"{Api}/file/{scenario.PublicAttachmentId}");
        Assert.True((bool)file["deleted"]!);
        Assert.Null(file["accessUrl"]);
        Assert.DoesNotContain(await AllAsync($"{Api}/file"), f => (string)f["id"]! == (string)file["id"]!);
        Assert.Contains(await AllAsync($"{Api}/file?modified_since={since}"), f => (string)f["id"]! == (string)file["id"]! && (bool?)f["deleted"] == true);
        var item = Assert.Single(await AllAsync($"{Api}/agendaitem?modified_since={since}"), i => IdOf(i) == scenario.PublicItemId);
        Assert.False((bool)item["public"]!);

        var membershipId = await factory.WithDbAsync(async db =>
        {
            var existing = await db.Memberships.IgnoreQueryFilters().FirstAsync(m => m.CommunityId == scenario.CommunityId);
            var membership = new Membership { CommunityId = existing.CommunityId, BodyId = existing.BodyId, PersonId = existing.PersonId, From = new DateOnly(2020, 1, 1) };
            db.Memberships.Add(membership);
            await db.SaveChangesAsync();
            db.Memberships.Remove(membership);
            await db.SaveChangesAsync();
            return membership.Id;
        });
        var deleted = await ObjectAsync($"{Api}/membership/{membershipId}");
        Assert.True((bool)deleted["deleted"]!);
        Assert.Contains(await AllAsync($"{Api}/membership?modified_since={since}"), m => IdOf(m) == membershipId);
        Assert.DoesNotContain(await AllAsync($"{Api}/membership"), m => IdOf(m) == membershipId);
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("page=0")]
    [InlineData("limit=0")]
    [InlineData("limit=1001")]
    [InlineData("limit=-5")]
    [InlineData("created_since=i%20går")]
    [InlineData("modified_since=2024-13-01T00:00:00%2B01:00")]
    [InlineData("modified_until=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("created_since=2024-01-01&created_since=2024-02-01")]
    public async Task Bad_parameters_are_refused_with_norwegian_problem_details(string query)
    {
        var response = await client.GetAsync($"{Api}/meeting?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("må", JsonNode.Parse(body)!["detail"]!.GetValue<string>());
        Assert.DoesNotContain("<script>", body);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Unknown_communities_and_ids_and_another_communitys_records_are_not_found_as_problem_details()
    {
        var otherMeeting = await factory.MeetingIdAsync(DemoLookup.VestreViken);
        var otherPerson = await factory.AnyIdAsync<Web.Features.People.Person>(DemoLookup.VestreViken);
        string[] urls =
        [
            $"{Root}/finnes-ikke", $"{Root}/finnes-ikke/meeting", $"{Api}/meeting/999999999", $"{Api}/meeting/abc",
            $"{Api}/finnes-ikke", $"{Api}/meeting/{otherMeeting}", $"{Api}/location/{otherMeeting}", $"{Api}/person/{otherPerson}",
            $"{Api}/legislativeterm/1901",
        ];
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} gave {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Root}/{DemoLookup.VestreViken}/meeting/{otherMeeting}")).StatusCode);
    }

    [Fact]
    public async Task Responses_are_utf8_json_open_to_every_origin_with_absolute_stable_ids()
    {
        var response = await client.GetAsync($"{Api}/meeting?limit=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var meeting = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]![0]!;
        var id = (string)meeting["id"]!;
        Assert.True(Uri.TryCreate(id, UriKind.Absolute, out _));
        Assert.Equal(id, (string)(await ObjectAsync(Path(meeting["id"]!)))["id"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Api}/legislativeterm/2023")).StatusCode);
    }

    // ---- Arrangement -------------------------------------------------------------------------------------------

    private sealed record Scenario(int CommunityId, int MeetingId, int MatterId, int PublicItemId, int RestrictedItemId, int RestrictLaterItemId,
        int PublicAttachmentId, int RestrictedAttachmentId, int WithdrawnAttachmentId);

    private static string Marker() => "M" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>
    /// A meeting without notice: a public item (conclusion, attachment), a restricted item (description, conclusion,
    /// attachment), and an item whose attachment tests will withdraw.
    /// </summary>
    private async Task<Scenario> MeetingAsync(string marker)
    {
        var meeting = await factory.CreateAsync("SSU", new DateOnly(2100 + Random.Shared.Next(0, 800), 5, 12),
            $"Blåbærsak {marker}", $"Tyttebærsak {marker}", $"Bringebærsak {marker}");
        return await factory.WithDbAsync(async db =>
        {
            var items = await db.AgendaItems.IgnoreQueryFilters().Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.SortOrder).ToListAsync();
            var (open, restricted, later) = (items[0], items[1], items[2]);
            open.Conclusion = $"Blåbærkonklusjon {marker}";
            restricted.IsRestricted = true;
            restricted.RestrictionGround = "Offl. § 13";
            restricted.Description = $"Tyttebærbeskrivelse {marker}";
            restricted.Conclusion = $"Tyttebærkonklusjon {marker}";
            Attachment Attach(AgendaItem item, string title) => new()
            {
                CommunityId = item.CommunityId,
                AgendaItemId = item.Id,
                Title = title,
                FileName = "vedlegg.pdf",
                Kind = AttachmentKind.Pdf,
                SizeBytes = 1234,
                Sha256 = new string('0', 64),
                BlobKey = "ikke-lagret",
                SortOrder = 1,
                UploadedAtUtc = DateTime.UtcNow,
            };
            var attachments = new[] { Attach(open, $"Multekrem {marker}"), Attach(restricted, $"Ripsvedlegg {marker}"), Attach(later, $"Stikkelsbær {marker}") };
            db.Attachments.AddRange(attachments);
            await db.SaveChangesAsync();
            return new Scenario(meeting.CommunityId, meeting.Id, open.MatterId, open.Id, restricted.Id, later.Id,
                attachments[0].Id, attachments[1].Id, attachments[2].Id);
        });
    }

    /// <summary>The same meeting with its notice issued and minutes published.</summary>
    private async Task<Scenario> PublishedMeetingAsync(string marker)
    {
        var scenario = await MeetingAsync(marker + Marker());
        await IssueNoticeAsync(scenario.MeetingId);
        await PublishMinutesAsync(scenario.MeetingId);
        return scenario;
    }

    private Task IssueNoticeAsync(int meetingId) => UpdateMeetingAsync(meetingId, m =>
    {
        m.NoticeRevision = 1;
        m.NoticeIssuedAtUtc = DateTime.UtcNow;
        m.Status = MeetingStatus.NoticeIssued;
    });

    private Task PublishMinutesAsync(int meetingId) => UpdateMeetingAsync(meetingId, m =>
    {
        m.Status = MeetingStatus.Held;
        m.MinutesStatus = MinutesStatus.Approved;
        m.MinutesApprovedAtUtc = m.MinutesPublishedAtUtc = DateTime.UtcNow;
    });

    private Task UpdateMeetingAsync(int meetingId, Action<Meeting> change) => factory.WithDbAsync(async db =>
    {
        change(await db.Meetings.IgnoreQueryFilters().SingleAsync(m => m.Id == meetingId));
        return await db.SaveChangesAsync();
    });

    /// <summary>Makes an item restricted, which withdraws its attachments from the public.</summary>
    private Task WithdrawAsync(int itemId) => factory.WithDbAsync(async db =>
    {
        var item = await db.AgendaItems.IgnoreQueryFilters().SingleAsync(i => i.Id == itemId);
        item.IsRestricted = true;
        item.RestrictionGround = "Offl. § 14";
        return await db.SaveChangesAsync();
    });

    // ---- Reading ------------------------------------------------------------------------------------------------

    /// <summary>Every list of the community in full, and the meeting, its agenda items and its files one by one.</summary>
    private async Task<string> EverythingAsync(int meetingId)
    {
        var texts = new List<string> { await TextAsync(Root), await TextAsync($"{Root}/bodies"), await TextAsync(Api) };
        var body = JsonNode.Parse(texts[^1])!;
        foreach (var list in BodyLists)
        {
            texts.Add(await TextAsync(Path(body[list]!) + "?limit=1000"));
            texts.Add(await TextAsync(Path(body[list]!) + "?limit=1000&modified_since=2000-01-01"));
        }
        texts.Add(await TextAsync($"{Api}/meeting/{meetingId}"));
        var itemIds = await factory.WithDbAsync(db => db.AgendaItems.IgnoreQueryFilters().Where(i => i.MeetingId == meetingId).Select(i => i.Id).ToListAsync());
        var attachmentIds = await factory.WithDbAsync(db => db.Attachments.IgnoreQueryFilters().Where(a => a.AgendaItem!.MeetingId == meetingId).Select(a => a.Id).ToListAsync());
        foreach (var url in itemIds.SelectMany(id => new[] { $"{Api}/agendaitem/{id}", $"{Api}/consultation/{id}" })
            .Concat(attachmentIds.Select(id => $"{Api}/file/{id}")))
        {
            var response = await client.GetAsync(url);
            texts.Add(await response.Content.ReadAsStringAsync());
        }
        return string.Join("\n", texts);
    }

    private async Task<string> TextAsync(string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonNode> ObjectAsync(string url) => JsonNode.Parse(await TextAsync(url))!;

    /// <summary>Every entry of a list, following its pages.</summary>
    private async Task<List<JsonNode>> AllAsync(string url)
    {
        var entries = new List<JsonNode>();
        for (string? next = url; next is not null;)
        {
            var page = await ObjectAsync(next);
            entries.AddRange(page["data"]!.AsArray().Select(e => e!));
            next = page["links"]!["next"] is { } link ? Path(link) : null;
        }
        return entries;
    }

    private async Task<JsonNode> ValidObjectAsync(string url, string type, ISet<string> seen)
    {
        var text = await TextAsync(url);
        await OParlSchemas.AssertValidAsync(type, text, url);
        var node = JsonNode.Parse(text)!;
        Assert.Equal(type, TypeName(node));
        Note(node, seen);
        return node;
    }

    private async Task<List<JsonNode>> ValidListAsync(string url, ISet<string> seen)
    {
        var text = await TextAsync(url);
        await OParlSchemas.AssertValidAsync("ExternalList", text, url);
        var entries = JsonNode.Parse(text)!["data"]!.AsArray().Select(e => e!).ToList();
        foreach (var entry in entries)
        {
            await OParlSchemas.AssertValidAsync(TypeName(entry), entry.ToJsonString(), $"{url}: {entry["id"]}");
            Note(entry, seen);
        }
        return entries;
    }

    /// <summary>Records the types seen, embedded objects included.</summary>
    private static void Note(JsonNode node, ISet<string> seen)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name.StartsWith("https://schema.oparl.org/1.1/", StringComparison.Ordinal))
            {
                seen.Add((bool?)obj["deleted"] == true ? "deleted " + TypeName(obj) : TypeName(obj));
            }
            foreach (var (_, value) in obj)
            {
                Note(value!, seen);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var value in array)
            {
                Note(value!, seen);
            }
        }
    }

    private static string TypeName(JsonNode node) => ((string)node["type"]!).Split('/')[^1];

    private static int IdOf(JsonNode node) => int.Parse(((string)node["id"]!).Split('/')[^1], CultureInfo.InvariantCulture);

    /// <summary>The path and query of an absolute id or link (the ids use the configured public address).</summary>
    private static string Path(JsonNode url) => new Uri((string)url!).PathAndQuery;

    private static string OsloText(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo"));
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo").GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static string Since(DateTime utc) => Uri.EscapeDataString(OsloText(utc));
}

/// <summary>The OParl 1.1 schemas from <c>shared/standards/oparl/derived-draft07</c>, found beside the repository.</summary>
internal static class OParlSchemas
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "shared", "standards", "oparl", "derived-draft07");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("shared/standards/oparl/derived-draft07 was not found beside the repository or above it.");
    });

    private static readonly Dictionary<string, Task<JsonSchema>> Schemas = [];

    public static async Task AssertValidAsync(string type, string json, string where)
    {
        Task<JsonSchema> schema;
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(type, out schema!))
            {
                Schemas[type] = schema = JsonSchema.FromFileAsync(System.IO.Path.Combine(Folder.Value, type + ".json"));
            }
        }
        var errors = (await schema).Validate(json);
        Assert.True(errors.Count == 0, $"{where} is not a valid {type}: {string.Join("; ", errors.Select(e => e.ToString()))}\n{json[..Math.Min(json.Length, 2000)]}");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOParlTests(SqliteAppFactory factory) : OParlTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOParlTests(PostgresAppFactory factory) : OParlTests(factory);
