using Helsefellesskap.Web.Features.Meetings.Attendance;
using Helsefellesskap.Web.Features.PublicSite;
using Helsefellesskap.Web.Infrastructure.Email;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Meetings.Calendar;

/// <summary>
/// Absolute addresses on the configured public base URL (<see cref="EmailOptions.PublicBaseUrl"/>), for e-mails,
/// calendar clients, feeds and sitemaps: the one place that turns a path into a link that works outside the site.
/// </summary>
public sealed class MeetingLinks(IOptions<EmailOptions> options, TenantContext tenant)
{
    /// <summary>The host of the public base URL, e.g. for tag: URIs.</summary>
    public string Host => new Uri(options.Value.PublicBaseUrl).Host;

    /// <summary>An absolute address for a site path starting with <c>/</c>.</summary>
    public string Absolute(string path) => $"{options.Value.PublicBaseUrl.TrimEnd('/')}{path}";

    /// <summary>An absolute address in the current community, for a path after the slug ("" for the front page).</summary>
    public string InCommunity(string path) => Absolute($"/{tenant.Slug}{path}");

    public string MeetingPage(int meetingId) => InCommunity($"/moter/{meetingId}");

    /// <summary>The meeting as anyone sees it (the public site).</summary>
    public string PublicMeetingPage(int meetingId) => Absolute(PublicMeetingRow.Url(tenant.Slug, meetingId));

    public string PublicAttachment(int attachmentId, string fileName) => Absolute(PublicFiles.AttachmentUrl(tenant.Slug, attachmentId, fileName));

    public string Answer(string responseToken, string answer) =>
        InCommunity($"/svar/{Uri.EscapeDataString(responseToken)}?{ResponseWords.QueryKey}={answer}");

    public string PersonalFeed(string token) => InCommunity($"/kalender/person/{token}.ics");
}
