using System.Globalization;
using System.Text;
using Helsefellesskap.Web.Features.Agreements.Public;
using Helsefellesskap.Web.Features.Meetings.Attachments;
using Helsefellesskap.Web.Features.PublicSite;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Search;

/// <summary>
/// Whose search: the community searched, and whether the searcher has a role in it (then every document of the
/// community is found, links go to the internal pages) or not (only public documents, links to the public site).
/// </summary>
public sealed record SearchScope(int CommunityId, string Slug, bool IncludesInternal)
{
    public static async Task<SearchScope> ForRequestAsync(TenantContext tenant, CommunityPermissions permissions) =>
        new(tenant.RequireId(), tenant.Slug, await permissions.CanReadAsync());
}

/// <summary>One page of results, best first, and how many there are in all (at least, if <paramref name="AtLeast"/>).</summary>
public sealed record SearchResults(int Total, bool AtLeast, int Page, IReadOnlyList<SearchHit> Hits)
{
    public int PageCount => (Total + SearchRequest.PageSize - 1) / SearchRequest.PageSize;
}

/// <summary>A found document; <see cref="Snippet"/> is HTML (encoded text with the matching words marked).</summary>
public sealed record SearchHit(
    SearchDocumentKind Kind, string Title, string? Body, DateOnly Date, string? CaseNumber, string Url, string Snippet);

/// <summary>
/// Full-text search over the community's <see cref="SearchDocument"/>s: FTS5 with bm25 (titles weighted five times)
/// on SQLite, the <c>SearchVector</c> GIN index with ts_rank_cd (titles weight A) on PostgreSQL. The index is raw SQL,
/// outside the tenant filter, so the community and the visibility are conditions of the query itself.
/// </summary>
public static class SiteSearch
{
    public static async Task<SearchResults> SearchAsync(AppDbContext db, SearchScope scope, SearchRequest request, CancellationToken cancellationToken = default)
    {
        var sqlite = db.Database.IsSqlite();
        var offset = (request.Page - 1) * SearchRequest.PageSize;
        var (pageSql, pageArgs) = Sql(sqlite, scope, request, page: (offset, SearchRequest.PageSize));
        var rows = await db.Database.SqlQueryRaw<RankedRow>(pageSql, pageArgs).ToListAsync(cancellationToken);
        var total = rows.Count > 0 ? rows[0].Total : 0;
        if (rows.Count == 0 && request.Page > 1)
        {
            // Past the last page the window count has no row to ride on.
            var (countSql, countArgs) = Sql(sqlite, scope, request, page: null);
            total = (await db.Database.SqlQueryRaw<int>(countSql, countArgs).ToListAsync(cancellationToken)).Single();
        }
        var ids = rows.Select(r => r.Id).ToList();
        var atLeast = !sqlite && (total >= SearchRequest.MaxRanked || rows.Any(r => r.Candidates >= SearchRequest.MaxRanked));
        return new SearchResults(total, atLeast, request.Page, await HitsAsync(db, scope, request.Query, ids, cancellationToken));
    }

    /// <summary>A document of the page, with the number of matches in all (a window count: one pass over the matches, not two).</summary>
    private sealed class RankedRow
    {
        public int Id { get; set; }

        public int Total { get; set; }

        /// <summary>PostgreSQL with a phrase: how many of the newest documents with all the words were checked for it.</summary>
        public int Candidates { get; set; }
    }

    /// <summary>
    /// One page in rank order, or (without <paramref name="page"/>) the count. User text reaches the SQL only
    /// as parameters: on SQLite one FTS5 expression of quoted terms, on PostgreSQL one parameter per word or phrase.
    /// </summary>
    private static (string Sql, object[] Args) Sql(bool sqlite, SearchScope scope, SearchRequest request, (int Offset, int Limit)? page)
    {
        var args = new List<object>();
        string Arg(object value)
        {
            args.Add(value);
            return "{" + (args.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }

        // The matches with their rank (higher is better), then paged with a window count, or counted.
        var sql = new StringBuilder(page is null
            ? "SELECT CAST(count(*) AS integer) AS \"Value\" FROM ("
            : sqlite
                ? "SELECT m.\"Id\", CAST(count(*) OVER () AS integer) AS \"Total\", 0 AS \"Candidates\" FROM ("
                : "SELECT m.\"Id\", CAST(count(*) OVER () AS integer) AS \"Total\", CAST(max(m.\"Candidates\") OVER () AS integer) AS \"Candidates\" FROM (");
        if (sqlite)
        {
            // FTS5 computes bm25 only in the query that reads the index. The community, visibility and year come from the
            // index on them (it holds the row id), so a match is never read from SearchDocuments, whose CommunityId and
            // IsPublic columns lie behind the long texts; body and type are read only when filtered on. The unary + keeps
            // FTS5 from taking the IN list as row ids to look up one by one (a query per row of the community).
            var joined = request.BodyId is not null || request.Kind is not null;
            sql.Append("SELECT \"SearchIndex\".rowid AS \"Id\", -bm25(\"SearchIndex\", 5.0, 1.0) AS \"Rank\" FROM \"SearchIndex\"")
                .Append(joined ? " JOIN \"SearchDocuments\" AS d ON d.\"Id\" = \"SearchIndex\".rowid" : "")
                .Append(" WHERE \"SearchIndex\" MATCH ").Append(Arg(Fts5Expression(request.Query)))
                .Append(" AND +\"SearchIndex\".rowid IN (SELECT v.\"Id\" FROM \"SearchDocuments\" AS v WHERE v.\"CommunityId\" = ").Append(Arg(scope.CommunityId));
            if (!scope.IncludesInternal)
            {
                sql.Append(" AND v.\"IsPublic\"");
            }
            if (request.Year is { } year)
            {
                sql.Append(" AND v.\"Year\" = ").Append(Arg(year));
            }
            sql.Append(')');
            AppendBodyAndKind(sql);
        }
        else
        {
            // Ranking reads each match's tsvector, so PostgreSQL ranks the newest matches only, at most MaxRanked of each
            // visibility: found backwards through the index on (CommunityId, IsPublic, Year) (or with BodyId or Kind) for a
            // common word, which stops early, or through the GIN index for a rarer one (the planner chooses by the expected
            // number of matches). A phrase needs each candidate's word positions, which only the tsvector holds, so the
            // newest documents with all the words are found first (the GIN index answers that alone) and only those are
            // checked for the phrase; "Candidates" tells whether that cap was reached.
            var candidates = (scope.IncludesInternal ? new[] { "TRUE", "FALSE" } : ["TRUE"]).Select(visibility =>
            {
                var newest = new StringBuilder("SELECT d.\"Id\", d.\"SearchVector\" FROM \"SearchDocuments\" AS d WHERE d.\"SearchVector\" @@ ")
                    .Append(TsQuery(phrases: !request.Query.Clauses.Any(c => c.IsPhrase)))
                    .Append(" AND d.\"CommunityId\" = ").Append(Arg(scope.CommunityId)).Append(" AND d.\"IsPublic\" = ").Append(visibility);
                if (request.Year is { } year)
                {
                    newest.Append(" AND d.\"Year\" = ").Append(Arg(year));
                }
                AppendBodyAndKind(newest);
                newest.Append(" ORDER BY d.\"Year\" DESC LIMIT ").Append(Arg(SearchRequest.MaxRanked));
                return request.Query.Clauses.Any(c => c.IsPhrase)
                    ? $"(SELECT n.\"Id\", n.\"SearchVector\", n.\"Candidates\" FROM (SELECT d.*, count(*) OVER () AS \"Candidates\" FROM ({newest}) AS d) AS n WHERE n.\"SearchVector\" @@ {TsQuery(phrases: true)})"
                    : $"(SELECT d.\"Id\", d.\"SearchVector\", 0 AS \"Candidates\" FROM ({newest}) AS d)";
            }).ToList();
            sql.Append("SELECT c.\"Id\", ts_rank_cd(c.\"SearchVector\", ").Append(TsQuery(phrases: true)).Append(") AS \"Rank\", c.\"Candidates\" FROM (")
                .Append(string.Join(" UNION ALL ", candidates)).Append(") AS c");
        }
        sql.Append(") AS m");
        if (page is { } p)
        {
            sql.Append(" ORDER BY m.\"Rank\" DESC, m.\"Id\" DESC LIMIT ").Append(Arg(p.Limit)).Append(" OFFSET ").Append(Arg(p.Offset));
        }
        return (sql.ToString(), args.ToArray());

        // Written out (with parameters) wherever it is used, not shared through a CTE: the planner must see the words to
        // estimate how many documents match, which decides between the GIN index and the year-ordered scan. Without
        // phrases, a phrase's words need only all be there.
        string TsQuery(bool phrases) => "(" + string.Join(" && ", request.Query.Clauses.Select(c => c.IsPhrase
            ? $"{(phrases ? "phraseto_tsquery" : "plainto_tsquery")}('norwegian', {Arg(string.Join(' ', c.Words))})"
            : $"plainto_tsquery('norwegian', {Arg(c.Words[0])})")) + ")";

        void AppendBodyAndKind(StringBuilder part)
        {
            if (request.BodyId is { } bodyId)
            {
                part.Append(" AND d.\"BodyId\" = ").Append(Arg(bodyId));
            }
            if (request.Kind is { } kind)
            {
                part.Append(" AND d.\"Kind\" = ").Append(Arg(kind.ToString()));
            }
        }
    }

    /// <summary>Each term quoted, each phrase one quoted string of terms: FTS5 reads nothing in them as syntax.</summary>
    public static string Fts5Expression(SearchQuery query) =>
        string.Join(" AND ", query.Clauses.Select(c => "\"" + string.Join(' ', c.Terms) + "\""));

    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(
        AppDbContext db, SearchScope scope, SearchQuery query, List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var documents = await db.SearchDocuments.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.CommunityId == scope.CommunityId && ids.Contains(d.Id))
            .Select(d => new
            {
                d.Id,
                d.Scope,
                d.Kind,
                d.SourceId,
                d.MeetingId,
                d.AgendaItemId,
                d.Date,
                d.CaseNumber,
                d.Title,
                d.Text,
                Body = db.Bodies.IgnoreQueryFilters().Where(b => b.Id == d.BodyId).Select(b => b.ShortName).FirstOrDefault(),
            })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var attachmentIds = documents.Values.Where(d => d.Kind == SearchDocumentKind.Attachment).Select(d => d.SourceId).ToList();
        var fileNames = await db.Attachments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.CommunityId == scope.CommunityId && attachmentIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.FileName, cancellationToken);
        return ids.Where(documents.ContainsKey).Select(id => documents[id]).Select(d => new SearchHit(
                d.Kind, d.Title, d.Body, d.Date, d.CaseNumber,
                Link(scope, d.Scope, d.Kind, d.SourceId, d.MeetingId, d.AgendaItemId, fileNames.GetValueOrDefault(d.SourceId)),
                SearchSnippet.Build(d.Text, query.Terms)))
            .ToList();
    }

    /// <summary>
    /// Members go to the internal pages (the item, the meeting, the file, the agreement version); the public to the
    /// public meeting page, at the item or the minutes, to the public file, and to the public agreement page.
    /// </summary>
    private static string Link(SearchScope scope, string documentScope, SearchDocumentKind kind, int sourceId, int? meetingId, int? itemId, string? fileName)
    {
        var community = scope.Slug;
        string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
        if (kind == SearchDocumentKind.Agreement)
        {
            return scope.IncludesInternal
                ? $"/{community}/avtaler/versjoner/{Id(sourceId)}"
                : PublicAgreements.PathOf(community, AgreementPublicContent.AgreementOf(documentScope));
        }
        if (kind == SearchDocumentKind.Attachment && fileName is not null)
        {
            return scope.IncludesInternal
                ? AttachmentEndpoints.DownloadUrl(community, sourceId, fileName)
                : PublicFiles.AttachmentUrl(community, sourceId, fileName);
        }
        if (scope.IncludesInternal)
        {
            return itemId is { } item ? $"/{community}/saker/{Id(item)}" : $"/{community}/moter/{Id(meetingId ?? 0)}";
        }
        var anchor = kind is SearchDocumentKind.Minutes or SearchDocumentKind.Conclusion || itemId is null ? "referat" : $"sak-{Id(itemId.Value)}";
        return $"{PublicMeetingRow.Url(community, meetingId ?? 0)}#{anchor}";
    }
}
