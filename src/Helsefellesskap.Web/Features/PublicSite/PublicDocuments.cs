using Helsefellesskap.Web.Features.Meetings.Documents;

namespace Helsefellesskap.Web.Features.PublicSite;

/// <summary>
/// The read model of a meeting's documents cut down to what is published, so a public document cannot show
/// more even if a renderer changes: a restricted item keeps its number, title, state and legal ground only,
/// and minutes text stays out until the minutes are published.
/// </summary>
public static class PublicDocuments
{
    public static MeetingDocumentModel ForPublic(MeetingDocumentModel meeting, bool minutesArePublic) => meeting with
    {
        Items = [.. meeting.Items.Select(item => item.IsRestricted ? Restricted(item) : minutesArePublic ? item : WithoutMinutes(item))],
    };

    private static ItemDocumentModel Restricted(ItemDocumentModel item) => WithoutMinutes(item) with
    {
        TypeLabels = [],
        Description = null,
        ProposedConclusion = null,
        Responsible = [],
        Attachments = [],
        CasePaper = null,
    };

    private static ItemDocumentModel WithoutMinutes(ItemDocumentModel item) => item with { MinutesSummary = null, ConclusionPoints = [] };
}
