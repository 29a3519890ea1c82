using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Email;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Agreements.Deadlines;

/// <summary>
/// E-mails an agreement's responsible person when its review falls due (once per due date), a planned evaluation
/// nears, or a hearing deadline nears or has passed (once each). Runs in every app instance: each reminder is
/// claimed (guarded by the record's Version token) before it is sent, so only the instance whose claim is saved sends it.
/// </summary>
public sealed class AgreementReminders(
    IServiceScopeFactory scopes,
    IEmailSender emailSender,
    IOptions<ReminderOptions> options,
    IOptions<EmailOptions> emailOptions,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock,
    ILogger<AgreementReminders> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.RunAsync(clock, logger, SendDueRemindersAsync, stoppingToken);

    /// <summary>Sends the reminders due at <paramref name="nowUtc"/> in every community; returns how many were sent.</summary>
    public async Task<int> SendDueRemindersAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        List<Community> communities;
        await using (var scope = scopes.CreateAsyncScope())
        {
            communities = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Communities.AsNoTracking().ToListAsync(cancellationToken);
        }
        var sent = 0;
        foreach (var community in communities)
        {
            sent += await SendForCommunityAsync(community, nowUtc, cancellationToken);
        }
        return sent;
    }

    /// <summary>One community's reminders, read through its tenant filter as a request of the community would.</summary>
    private async Task<int> SendForCommunityAsync(Community community, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(OsloTime.ToOslo(nowUtc));
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(community);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var due = (await AgreementDeadlines.LoadAsync(db, today, today.AddDays(options.Value.AgreementDaysBefore)))
            .Where(d => d.Kind is not DeadlineKind.Adoption)
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }
        var agreementIds = due.Select(d => d.AgreementId).Distinct().ToList();
        var responsible = await db.Agreements.AsNoTracking()
            .Where(a => agreementIds.Contains(a.Id) && a.ResponsiblePerson!.Email != null && a.ResponsiblePerson.Email != "")
            .Select(a => new { a.Id, a.ResponsiblePerson!.Name, a.ResponsiblePerson.Email })
            .ToDictionaryAsync(a => a.Id, a => (a.Name, Email: a.Email!.Trim()), cancellationToken);

        var sent = 0;
        foreach (var deadline in due.Where(d => responsible.ContainsKey(d.AgreementId)))
        {
            if (await ClaimAsync(db, deadline, nowUtc, cancellationToken) is not { } release)
            {
                continue;
            }
            try
            {
                await emailSender.SendAsync(Reminder(deadline, responsible[deadline.AgreementId], community, today), cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The {Kind} reminder for agreement {AgreementId} was not sent; it is tried again next time", deadline.Kind, deadline.AgreementId);
                await TrySaveAsync(db, release.Entity, release.Undo, cancellationToken);
            }
        }
        return sent;
    }

    /// <summary>
    /// Marks the reminder sent, unless it was sent before or another instance claimed it first (null then);
    /// returns how to take the claim back if the e-mail cannot be sent.
    /// </summary>
    private static async Task<Claim?> ClaimAsync(AppDbContext db, AgreementDeadline deadline, DateTime nowUtc, CancellationToken cancellationToken)
    {
        switch (deadline.Kind)
        {
            case DeadlineKind.Review:
                var agreement = await db.Agreements.SingleAsync(a => a.Id == deadline.AgreementId, cancellationToken);
                var before = agreement.ReviewReminderSentFor;
                return before == deadline.Due || !await TrySaveAsync(db, agreement, () => agreement.ReviewReminderSentFor = deadline.Due, cancellationToken)
                    ? null
                    : new Claim(agreement, () => agreement.ReviewReminderSentFor = before);
            case DeadlineKind.Evaluation:
                var evaluation = await db.AgreementEvaluations.SingleAsync(e => e.Id == deadline.TargetId, cancellationToken);
                return evaluation.ReminderSentAtUtc is not null || !await TrySaveAsync(db, evaluation, () => evaluation.ReminderSentAtUtc = nowUtc, cancellationToken)
                    ? null
                    : new Claim(evaluation, () => evaluation.ReminderSentAtUtc = null);
            default:
                var hearing = await db.AgreementHearings.SingleAsync(h => h.Id == deadline.TargetId, cancellationToken);
                return hearing.ReminderSentAtUtc is not null || !await TrySaveAsync(db, hearing, () => hearing.ReminderSentAtUtc = nowUtc, cancellationToken)
                    ? null
                    : new Claim(hearing, () => hearing.ReminderSentAtUtc = null);
        }
    }

    private sealed record Claim(TenantEntity Entity, Action Undo);

    /// <summary>Applies the change and saves it; false when another instance changed the record since it was read.</summary>
    private static async Task<bool> TrySaveAsync(AppDbContext db, TenantEntity entity, Action change, CancellationToken cancellationToken)
    {
        change();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(entity).State = EntityState.Detached;
            return false;
        }
    }

    private EmailMessage Reminder(AgreementDeadline deadline, (string Name, string Email) recipient, Community community, DateOnly today)
    {
        var due = OsloTime.Format(deadline.Due);
        var overdue = deadline.Due < today;
        var what = l[$"Agreements.Deadline.{deadline.Kind}"];
        var link = $"{emailOptions.Value.PublicBaseUrl.TrimEnd('/')}{deadline.Path(community.Slug)}";
        var lines = new List<string>
        {
            l["Agreements.Reminder.Greeting", recipient.Name],
            "",
            overdue ? l["Agreements.Reminder.IntroOverdue", community.Name] : l["Agreements.Reminder.Intro", community.Name],
            "",
            l["Agreements.Reminder.What", what],
            l["Agreements.Reminder.Agreement", deadline.Agreement],
        };
        if (deadline.Text is { } text)
        {
            lines.Add(text);
        }
        lines.AddRange([l["Agreements.Reminder.Due", due], "", l["Agreements.Reminder.Link", link], "", l["Agreements.Reminder.Footer"]]);
        return new EmailMessage(
            [(recipient.Name, recipient.Email)],
            l[overdue ? "Agreements.Reminder.SubjectOverdue" : "Agreements.Reminder.Subject", what, deadline.Agreement, due],
            string.Join('\n', lines));
    }
}
