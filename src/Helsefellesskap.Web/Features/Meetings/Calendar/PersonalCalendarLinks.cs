using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Helsefellesskap.Web.Features.Meetings.Calendar;

/// <summary>
/// The secret address of a person's calendar feed. Calendar clients cannot sign in, so the URL itself
/// carries "community:person", encrypted and signed with the application's data-protection keys.
/// </summary>
public sealed class PersonalCalendarLinks(IDataProtectionProvider dataProtection, TenantContext tenant, MeetingLinks links)
{
    public const string Purpose = "Helsefellesskap.PersonalCalendar";

    private readonly IDataProtector protector = dataProtection.CreateProtector(Purpose);

    /// <summary>The feed address to subscribe to in Outlook or Google Calendar.</summary>
    public string UrlFor(int personId) => links.PersonalFeed(TokenFor(personId));

    public string TokenFor(int personId) =>
        WebEncoders.Base64UrlEncode(protector.Protect(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{tenant.RequireId()}:{personId}"))));

    /// <summary>The person a token names, or null when it is not ours or names another community.</summary>
    public int? PersonIdFrom(string token)
    {
        string plain;
        try
        {
            plain = Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
        var parts = plain.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var communityId)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var personId)
            && communityId == tenant.RequireId()
                ? personId
                : null;
    }
}
