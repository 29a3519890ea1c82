using Helsefellesskap.Web.Features.Meetings.Attendance;
using Helsefellesskap.Web.Infrastructure.Email;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Meetings.Calendar;

/// <summary>Absolute addresses of the current community's meeting pages, for e-mails and calendar clients.</summary>
public sealed class MeetingLinks(IOptions<EmailOptions> options, TenantContext tenant)
{
    private string CommunityBase => $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{tenant.Slug}";

    public string MeetingPage(int meetingId) => $"{CommunityBase}/moter/{meetingId}";

    public string Answer(string responseToken, string answer) =>
        $"{CommunityBase}/svar/{Uri.EscapeDataString(responseToken)}?{ResponseWords.QueryKey}={answer}";

    public string PersonalFeed(string token) => $"{CommunityBase}/kalender/person/{token}.ics";
}
