using System.Globalization;
using Helsefellesskap.Web.Features.PublicSite;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// The absolute URLs of one community's OParl objects and lists, and of the public pages and files they point to.
/// Ids are the record's own id (stable for its life), under a path per type:
/// <list type="bullet">
/// <item><c>/oparl/v1/{community}/organization/{bodyId}</c>, and <c>/partner/{partnerId}</c> for partners (Organizations too);</item>
/// <item><c>/person/{id}</c>, <c>/membership/{id}</c>, <c>/meeting/{id}</c>, <c>/agendaitem/{id}</c>, <c>/paper/{matterId}</c>;</item>
/// <item><c>/consultation/{agendaItemId}</c> (one per treatment of a matter), <c>/location/{meetingId}</c> (a meeting's place);</item>
/// <item><c>/file/{attachmentId}</c>, and <c>/meeting/{id}/invitation</c> and <c>/meeting/{id}/protocol</c> for the notice and minutes PDFs;</item>
/// <item><c>/legislativeterm/{startYear}</c>.</item>
/// </list>
/// </summary>
public sealed class OParlUrls(string baseUrl, string slug)
{
    public const string Root = "/oparl/v1";

    private readonly string site = baseUrl.TrimEnd('/');

    private string Api => $"{site}{Root}/{slug}";

    public static string System(string baseUrl) => $"{baseUrl.TrimEnd('/')}{Root}";

    public static string Bodies(string baseUrl) => $"{System(baseUrl)}/bodies";

    public string Body => Api;

    public string List(string path) => $"{Api}/{path}";

    public string Organization(int bodyId) => Object("organization", bodyId);

    public string Partner(int partnerId) => Object("partner", partnerId);

    public string Person(int id) => Object("person", id);

    public string Membership(int id) => Object("membership", id);

    public string Meeting(int id) => Object("meeting", id);

    public string OrganizationMeetings(int bodyId) => $"{Organization(bodyId)}/meeting";

    public string Invitation(int meetingId) => $"{Meeting(meetingId)}/invitation";

    public string Protocol(int meetingId) => $"{Meeting(meetingId)}/protocol";

    public string AgendaItem(int id) => Object("agendaitem", id);

    public string Paper(int matterId) => Object("paper", matterId);

    public string Consultation(int agendaItemId) => Object("consultation", agendaItemId);

    public string Location(int meetingId) => Object("location", meetingId);

    public string File(int attachmentId) => Object("file", attachmentId);

    public string LegislativeTerm(int startYear) => Object("legislativeterm", startYear);

    private string Object(string path, int id) => $"{Api}/{path}/{id.ToString(CultureInfo.InvariantCulture)}";

    public string CommunityPage => $"{site}/{slug}";

    public string BodyPage(int bodyId) => $"{site}/{slug}/organer/{bodyId.ToString(CultureInfo.InvariantCulture)}";

    public string MeetingPage(int meetingId) => site + PublicMeetingRow.Url(slug, meetingId);

    public string AgendaItemPage(int meetingId, int itemId) => $"{MeetingPage(meetingId)}#sak-{itemId.ToString(CultureInfo.InvariantCulture)}";

    public string AttachmentPage(int meetingId, int attachmentId) => $"{MeetingPage(meetingId)}#vedlegg-{attachmentId.ToString(CultureInfo.InvariantCulture)}";

    public string NoticePdf(int meetingId) => $"{MeetingPage(meetingId)}/innkalling.pdf";

    public string MinutesPdf(int meetingId) => $"{MeetingPage(meetingId)}/referat.pdf";

    public string AttachmentFile(int attachmentId, string fileName) => site + PublicFiles.AttachmentUrl(slug, attachmentId, fileName);
}
