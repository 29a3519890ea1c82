using Helsefellesskap.Web.Features.Meetings.Notice;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Calendar;

/// <summary>
/// Calendar feeds to subscribe to: a body's meetings (public, like the meeting times themselves) and a
/// person's meetings (behind a secret token in the URL, because calendar clients cannot sign in).
/// </summary>
public static class MeetingCalendarEndpoints
{
    /// <summary>How far back a feed reaches; later meetings are all included.</summary>
    private const int YearsBack = 1;

    public static IServiceCollection AddMeetingCalendars(this IServiceCollection services)
    {
        services.AddScoped<MeetingLinks>();
        services.AddScoped<MeetingCalendar>();
        services.AddScoped<PersonalCalendarLinks>();
        services.AddScoped<NoticeMailer>();
        return services;
    }

    public static IEndpointRouteBuilder MapMeetingCalendars(this IEndpointRouteBuilder app)
    {
        var calendars = app.MapGroup("/{community}/kalender");
        // {id} like every other record route, so the tenant-isolation tests try it with another community's body.
        calendars.MapGet("/organ/{id:int}.ics", BodyFeed).AllowAnonymous().CacheOutput(PublicCachePolicy.Name).WithName("BodyCalendar");
        calendars.MapGet("/person/{token}.ics", PersonalFeed).AllowAnonymous().WithName("PersonalCalendar");
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> BodyFeed(
        string community, int id, AppDbContext db, MeetingCalendar calendar, TimeProvider clock)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id);
        if (body is null)
        {
            return TypedResults.NotFound();
        }
        var from = Since(clock);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Body)
            .Where(m => m.BodyId == id && m.Date >= from)
            .ToListAsync();
        return TypedResults.Text(calendar.Feed(body.Name, meetings, CalendarAudience.Public), MeetingCalendar.ContentType);
    }

    private static async Task<Results<ContentHttpResult, NotFound>> PersonalFeed(
        string community, string token, AppDbContext db, PersonalCalendarLinks links, MeetingCalendar calendar,
        TenantContext tenant, IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        if (links.PersonIdFrom(token) is not { } personId || !await db.People.AnyAsync(p => p.Id == personId))
        {
            return TypedResults.NotFound();
        }
        var from = Since(clock);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Body)
            .Where(m => m.Date >= from)
            .Where(m => m.Participants.Any(p => p.PersonId == personId)
                || db.Memberships.Any(s => s.PersonId == personId && s.BodyId == m.BodyId && s.From <= m.Date && (s.To == null || s.To >= m.Date)))
            .ToListAsync();
        return TypedResults.Text(calendar.Feed(l["Calendar.PersonalFeedName", tenant.Community!.Name], meetings, CalendarAudience.Members), MeetingCalendar.ContentType);
    }

    private static DateOnly Since(TimeProvider clock) => OsloTime.Today(clock).AddYears(-YearsBack);
}
