using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Email;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.FollowUps;

public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the service looks for tasks to remind about.</summary>
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>A task is reminded about this many days (Norwegian dates) before its due date, or when overdue.</summary>
    public int DaysBefore { get; set; } = 3;

    /// <summary>
    /// An agreement's review, evaluation or hearing deadline is reminded about this many days before it, or when
    /// overdue: longer than for a task, as a review or an evaluation takes weeks to prepare.
    /// </summary>
    public int AgreementDaysBefore { get; set; } = 30;

    /// <summary>Runs <paramref name="pass"/> at start-up and then every interval until stopped; a failed pass is logged and tried again next time.</summary>
    public async Task RunAsync(TimeProvider clock, ILogger logger, Func<DateTime, CancellationToken, Task> pass, CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(IntervalMinutes), clock);
        do
        {
            try
            {
                await pass(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminders failed; trying again in {Minutes} minutes", IntervalMinutes);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>
/// E-mails the owner of every open follow-up task that is soon due or overdue, once per task. Runs in every
/// app instance: a task is claimed (ReminderSentAtUtc set, guarded by the Version token) before its e-mail is
/// sent, so only the instance whose claim is saved sends it.
/// </summary>
public sealed class FollowUpReminders(
    IServiceScopeFactory scopes,
    IEmailSender emailSender,
    IOptions<ReminderOptions> options,
    IOptions<EmailOptions> emailOptions,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock,
    ILogger<FollowUpReminders> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.RunAsync(clock, logger, SendDueRemindersAsync, stoppingToken);

    /// <summary>Sends the reminders due at <paramref name="nowUtc"/> in every community; returns how many were sent.</summary>
    public async Task<int> SendDueRemindersAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(OsloTime.ToOslo(nowUtc));
        var dueBy = today.AddDays(options.Value.DaysBefore);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // There is no community outside a request: this job serves all of them, so the tenant filter is lifted on purpose.
        var tasks = await db.FollowUpTasks.IgnoreQueryFilters()
            .Include(t => t.OwnerPerson)
            .Include(t => t.OwnerBody)
            .Where(t => (t.Status == FollowUpStatus.Open || t.Status == FollowUpStatus.InProgress)
                && t.ReminderSentAtUtc == null && t.DueDate != null && t.DueDate <= dueBy)
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);
        if (tasks.Count == 0)
        {
            return 0;
        }
        var communities = await db.Communities.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var chairs = await ChairsAsync(db, tasks, today, cancellationToken);

        var sent = 0;
        foreach (var task in tasks)
        {
            List<Person> recipients = HasEmail(task.OwnerPerson)
                ? [task.OwnerPerson!]
                : task.OwnerBodyId is { } bodyId ? chairs[bodyId].ToList() : [];
            if (recipients.Count == 0 || !await TrySaveAsync(db, task, nowUtc, cancellationToken))
            {
                continue;
            }
            try
            {
                await emailSender.SendAsync(Reminder(task, recipients, communities[task.CommunityId], today), cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The reminder for follow-up task {TaskId} was not sent; it is tried again next time", task.Id);
                await TrySaveAsync(db, task, null, cancellationToken);
            }
        }
        return sent;
    }

    private static bool HasEmail(Person? person) => !string.IsNullOrWhiteSpace(person?.Email);

    /// <summary>The current chairs (with e-mail) of the bodies that own tasks without a reachable owner person.</summary>
    private static async Task<ILookup<int, Person>> ChairsAsync(AppDbContext db, List<FollowUpTask> tasks, DateOnly today, CancellationToken cancellationToken)
    {
        var bodyIds = tasks.Where(t => !HasEmail(t.OwnerPerson) && t.OwnerBodyId is not null).Select(t => t.OwnerBodyId!.Value).Distinct().ToList();
        var chairs = await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Include(m => m.Person)
            .Where(m => bodyIds.Contains(m.BodyId) && m.Role == MembershipRole.Chair
                && m.From <= today && (m.To == null || m.To >= today) && m.Person!.Email != null && m.Person.Email != "")
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return chairs.ToLookup(m => m.BodyId, m => m.Person!);
    }

    /// <summary>
    /// Marks the task reminded (or, with null, not reminded). False when another instance changed the task
    /// since it was read: that instance has claimed it.
    /// </summary>
    private static async Task<bool> TrySaveAsync(AppDbContext db, FollowUpTask task, DateTime? reminderSentAtUtc, CancellationToken cancellationToken)
    {
        task.ReminderSentAtUtc = reminderSentAtUtc;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(task).State = EntityState.Detached;
            return false;
        }
    }

    private EmailMessage Reminder(FollowUpTask task, List<Person> recipients, Community community, DateOnly today)
    {
        var due = OsloTime.Format(task.DueDate!.Value);
        var overdue = task.DueDate < today;
        var owner = string.Join(", ", new[] { task.OwnerPerson?.Name, task.OwnerBody?.Name }.OfType<string>());
        var link = $"{emailOptions.Value.PublicBaseUrl.TrimEnd('/')}/{community.Slug}/oppfolging";
        var names = string.Join($" {l["FollowUps.ReminderAnd"]} ", recipients.Select(r => r.Name));
        string[] lines =
        [
            l["FollowUps.ReminderGreeting", names],
            "",
            overdue ? l["FollowUps.ReminderIntroOverdue", community.Name] : l["FollowUps.ReminderIntro", community.Name],
            "",
            l["FollowUps.ReminderTask", task.Title],
            l["FollowUps.ReminderDue", due],
            l["FollowUps.ReminderOwner", owner],
            "",
            l["FollowUps.ReminderLink", link],
            "",
            l["FollowUps.ReminderFooter"],
        ];
        return new EmailMessage(
            recipients.Select(r => (r.Name, r.Email!)).ToList(),
            overdue ? l["FollowUps.ReminderSubjectOverdue", due] : l["FollowUps.ReminderSubject", due],
            string.Join('\n', lines));
    }
}

public static class FollowUpServiceCollectionExtensions
{
    /// <summary>The reminder service, also resolvable as itself so its work can be run on demand.</summary>
    public static IServiceCollection AddFollowUps(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.Section)
            .Validate(o => o.IntervalMinutes > 0 && o.DaysBefore >= 0 && o.AgreementDaysBefore >= 0,
                "Reminders:IntervalMinutes must be above 0, Reminders:DaysBefore and Reminders:AgreementDaysBefore not below 0.")
            .ValidateOnStart();
        services.AddSingleton<FollowUpReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<FollowUpReminders>());
        return services;
    }
}
