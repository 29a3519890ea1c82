using System.Globalization;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Features.Search;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Helsefellesskap.Web.Features.Meetings.Publishing;

/// <summary>
/// A meeting's contribution to the search index and the publication register: one scope per meeting
/// (<c>meeting:{id}</c>), with a search document per item text, case paper, minutes, conclusion and attachment,
/// and a publication for its notice, its minutes and each attachment once they are public (<see cref="MeetingPublicity"/>).
/// </summary>
public sealed class MeetingPublicContent : IPublicContentSource
{
    private const string Prefix = "meeting:";

    public static string ScopeOf(int meetingId) => Prefix + meetingId.ToString(CultureInfo.InvariantCulture);

    public bool Owns(string scope) => scope.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task CollectScopesAsync(AppDbContext db, EntityEntry entry, PropertyValues? original, ISet<string> scopes, CancellationToken cancellationToken)
    {
        switch (entry.Entity)
        {
            case Meeting meeting:
                scopes.Add(ScopeOf(meeting.Id));
                break;
            case AgendaItem item:
                scopes.Add(ScopeOf(item.MeetingId));
                if (original?[nameof(AgendaItem.MeetingId)] is int before)
                {
                    scopes.Add(ScopeOf(before));
                }
                break;
            case CasePaper paper:
                await AddItemScopeAsync(db, paper.AgendaItemId, scopes, cancellationToken);
                break;
            case Attachment attachment:
                await AddItemScopeAsync(db, attachment.AgendaItemId, scopes, cancellationToken);
                break;
        }
    }

    private static async Task AddItemScopeAsync(AppDbContext db, int agendaItemId, ISet<string> scopes, CancellationToken cancellationToken)
    {
        var meetingId = await db.AgendaItems.IgnoreQueryFilters().Where(i => i.Id == agendaItemId)
            .Select(i => (int?)i.MeetingId).SingleOrDefaultAsync(cancellationToken);
        if (meetingId is { } id)
        {
            scopes.Add(ScopeOf(id));
        }
    }

    public async Task<PublicContent> BuildAsync(AppDbContext db, int communityId, string scope, CancellationToken cancellationToken)
    {
        var meetingId = int.Parse(scope[Prefix.Length..], CultureInfo.InvariantCulture);
        var meeting = await db.Meetings.IgnoreQueryFilters().AsNoTracking().AsSplitQuery()
            .Include(m => m.AgendaItems).ThenInclude(i => i.CasePaper)
            .Include(m => m.AgendaItems).ThenInclude(i => i.Attachments)
            .SingleOrDefaultAsync(m => m.Id == meetingId && m.CommunityId == communityId, cancellationToken);
        if (meeting is null)
        {
            return PublicContent.Empty;
        }
        var documents = new List<SearchDocument>();
        var publications = new List<Publication>();
        if (MeetingPublicity.AgendaIsPublic(meeting))
        {
            publications.Add(Publish(meeting, PublicationKind.Notice, meeting.Id, meeting.Topic ?? "",
                $"{meeting.NoticeRevision}|{meeting.Date}|{meeting.StartTime}|{meeting.Location}|{meeting.Status}|{meeting.AgendaItems.Count}"));
        }
        if (MeetingPublicity.MinutesArePublic(meeting))
        {
            publications.Add(Publish(meeting, PublicationKind.Minutes, meeting.Id, meeting.Topic ?? "",
                $"{meeting.MinutesPublishedAtUtc:O}|{string.Join('|', meeting.AgendaItems.Select(i => i.Version))}"));
        }
        foreach (var item in meeting.AgendaItems.Where(i => i.Kind != AgendaItemKind.Break))
        {
            var contentIsPublic = MeetingPublicity.ItemContentIsPublic(meeting, item);
            var minutesArePublic = contentIsPublic && MeetingPublicity.MinutesArePublic(meeting);
            var itemTitle = item.CaseNumber is { } number ? $"{number} {item.Title}" : item.Title;
            Add(SearchDocumentKind.AgendaItem, item.Id, itemTitle, contentIsPublic,
                MarkdownRenderer.ToPlainText(item.Description), item.ProposedConclusion);
            if (item.CasePaper is { } paper)
            {
                Add(SearchDocumentKind.CasePaper, item.Id, itemTitle, contentIsPublic,
                    MarkdownRenderer.ToPlainText(paper.Background), MarkdownRenderer.ToPlainText(paper.Assessment), paper.ProposedResolution);
            }
            Add(SearchDocumentKind.Minutes, item.Id, itemTitle, minutesArePublic, MarkdownRenderer.ToPlainText(item.MinutesSummary));
            Add(SearchDocumentKind.Conclusion, item.Id, itemTitle, minutesArePublic, item.Conclusion);
            foreach (var attachment in item.Attachments)
            {
                Add(SearchDocumentKind.Attachment, attachment.Id, attachment.Title, contentIsPublic, attachment.ExtractedText);
                if (contentIsPublic)
                {
                    publications.Add(Publish(meeting, PublicationKind.Attachment, attachment.Id, attachment.Title, attachment.Sha256));
                }
            }

            void Add(SearchDocumentKind kind, int sourceId, string title, bool isPublic, params string?[] texts)
            {
                var text = string.Join("\n\n", texts.Where(t => !string.IsNullOrWhiteSpace(t)));
                if (text.Length == 0 && kind != SearchDocumentKind.AgendaItem)
                {
                    return;
                }
                documents.Add(new SearchDocument
                {
                    Scope = scope,
                    Kind = kind,
                    SourceId = sourceId,
                    MeetingId = meeting.Id,
                    AgendaItemId = item.Id,
                    BodyId = meeting.BodyId,
                    Date = meeting.Date,
                    Year = meeting.Date.Year,
                    CaseNumber = item.CaseNumber,
                    Title = title,
                    Text = text,
                    IsPublic = isPublic,
                });
            }
        }
        return new PublicContent(documents, publications);
    }

    private static Publication Publish(Meeting meeting, PublicationKind kind, int sourceId, string title, string fingerprint) => new()
    {
        Scope = ScopeOf(meeting.Id),
        Kind = kind,
        SourceId = sourceId,
        MeetingId = meeting.Id,
        BodyId = meeting.BodyId,
        Date = meeting.Date,
        Title = title,
        ContentHash = fingerprint,
    };
}
