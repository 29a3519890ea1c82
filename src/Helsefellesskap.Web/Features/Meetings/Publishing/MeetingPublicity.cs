using System.Linq.Expressions;

namespace Helsefellesskap.Web.Features.Meetings.Publishing;

/// <summary>
/// What of a meeting the public may see, in one place for every way out (pages, files, search, feeds, OParl).
/// A meeting's time, place and body are public from the moment it is planned (as in the yearly plan). Its agenda,
/// case papers and attachments are public once the notice is issued; its minutes once they are published. A
/// restricted item (<see cref="AgendaItem.IsRestricted"/>) shows only its number, title and legal ground.
/// </summary>
public static class MeetingPublicity
{
    public static bool AgendaIsPublic(Meeting meeting) => meeting.NoticeRevision > 0;

    public static bool MinutesArePublic(Meeting meeting) => meeting.MinutesPublishedAtUtc != null;

    /// <summary>The notice's "Tema" line is part of the notice: public with the agenda, not before.</summary>
    public static string? PublicTopic(Meeting meeting) => PublicTopic(meeting.NoticeRevision, meeting.Topic);

    /// <summary>As <see cref="PublicTopic(Meeting)"/>, for a projection that read only these two columns.</summary>
    public static string? PublicTopic(int noticeRevision, string? topic) => noticeRevision > 0 ? topic : null;

    /// <summary>Whether an item's content (text, case paper, attachments) is public; its number and title are once the agenda is.</summary>
    public static bool ItemContentIsPublic(Meeting meeting, AgendaItem item) => AgendaIsPublic(meeting) && !item.IsRestricted;

    /// <summary>Agenda items whose number and title are public.</summary>
    public static readonly Expression<Func<AgendaItem, bool>> PublicItems = i => i.Meeting!.NoticeRevision > 0;

    /// <summary>Agenda items whose content is public.</summary>
    public static readonly Expression<Func<AgendaItem, bool>> PublicItemContent = i => i.Meeting!.NoticeRevision > 0 && !i.IsRestricted;

    public static readonly Expression<Func<Attachment, bool>> PublicAttachments =
        a => a.AgendaItem!.Meeting!.NoticeRevision > 0 && !a.AgendaItem.IsRestricted;

    public static readonly Expression<Func<Meeting, bool>> PublicAgendas = m => m.NoticeRevision > 0;

    public static readonly Expression<Func<Meeting, bool>> PublicMinutes = m => m.MinutesPublishedAtUtc != null;
}
