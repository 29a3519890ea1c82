using System.Linq.Expressions;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Email;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// Tells the other party by e-mail that a report needs them: the receiving partner's quality contacts and the
/// receiving unit's handlers when the reporter acts, the reporter when the receiver acts. The e-mail holds the
/// report's number, status and a link, never its text.
/// </summary>
public sealed class DeviationNotifier(
    AppDbContext db,
    TenantContext tenant,
    IEmailSender email,
    IOptions<EmailOptions> emailOptions,
    IStringLocalizer<SharedResource> l,
    ILogger<DeviationNotifier> logger)
{
    /// <summary>Notifies the side that did not take the step (or write the message).</summary>
    public async Task NotifyAsync(DeviationReport report, DeviationSide actingSide, string what, CancellationToken cancellationToken = default)
    {
        var recipients = actingSide == DeviationSide.Reporting
            ? await ReceivingSideAsync(report, cancellationToken)
            : ReporterOf(report);
        await SendAsync(report, recipients, what, cancellationToken);
    }

    /// <summary>Notifies the handlers of the receiving unit (and of the units above it) that the report was routed to them.</summary>
    public async Task NotifyRoutedAsync(DeviationReport report, string what, CancellationToken cancellationToken = default)
    {
        var unitIds = await UnitAndAncestorsAsync(report.ReceivingUnitId);
        var handlers = await PeopleAsync(
            r => r.Kind == DeviationRoleKind.UnitHandler && r.UnitId != null && unitIds.Contains(r.UnitId.Value), cancellationToken);
        await SendAsync(report, handlers, what, cancellationToken);
    }

    private async Task SendAsync(DeviationReport report, List<(string Name, string Address)> recipients, string what, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0)
        {
            return;
        }
        var link = $"{emailOptions.Value.PublicBaseUrl.TrimEnd('/')}/{tenant.Slug}/avvik/{report.Id}";
        string[] lines =
        [
            l["Deviations.MailIntro", tenant.Community!.Name],
            "",
            l["Deviations.MailWhat", report.Id, what],
            l["Deviations.MailState", l.Enum(report.State)],
            l["Deviations.MailLink", link],
            "",
            l["Deviations.MailFooter"],
        ];
        try
        {
            await email.SendAsync(new EmailMessage(recipients, l["Deviations.MailSubject", report.Id, what], string.Join('\n', lines)), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The step is saved; a failed notice must not undo it. The task lists still show the report.
            logger.LogWarning(e, "Could not send the notice about deviation report {ReportId}", report.Id);
        }
    }

    private static List<(string Name, string Address)> ReporterOf(DeviationReport report) =>
        report.ReporterEmail is { Length: > 0 } address ? [(report.ReporterName, address)] : [];

    private async Task<List<(string Name, string Address)>> ReceivingSideAsync(DeviationReport report, CancellationToken cancellationToken)
    {
        if (report.ReceivingPartnerId is not { } partnerId)
        {
            return [];
        }
        var unitIds = await UnitAndAncestorsAsync(report.ReceivingUnitId);
        return await PeopleAsync(
            r => (r.Kind == DeviationRoleKind.QualityContact && r.PartnerId == partnerId) ||
                 (r.Kind == DeviationRoleKind.UnitHandler && r.UnitId != null && unitIds.Contains(r.UnitId.Value)),
            cancellationToken);
    }

    private async Task<List<(string Name, string Address)>> PeopleAsync(Expression<Func<DeviationRole, bool>> roles, CancellationToken cancellationToken)
    {
        var people = await db.DeviationRoles.AsNoTracking()
            .Where(roles)
            .Where(r => r.Person!.Email != null)
            .Select(r => new { r.Person!.Name, r.Person.Email })
            .Distinct()
            .ToListAsync(cancellationToken);
        return people.Select(p => (p.Name, p.Email!)).ToList();
    }

    /// <summary>The receiving unit and the units above it: their handlers handle it too.</summary>
    private async Task<List<int>> UnitAndAncestorsAsync(int? unitId)
    {
        if (unitId is not { } id)
        {
            return [];
        }
        var tree = await UnitTree.LoadAsync(db);
        return tree.Find(id) is { } unit ? tree.LineOf(unit).Select(u => u.Id).ToList() : [];
    }
}
