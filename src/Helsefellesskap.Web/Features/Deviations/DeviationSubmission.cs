using System.Globalization;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>A refusal that points at one field of a report (its property name), or at the whole report (empty field).</summary>
public sealed record DeviationFieldError(string Field, string Message);

/// <summary>
/// The rules of a report's content, for drafts and for sending, and the sending itself: the form and the API both
/// come through here. Messages point at the field and never repeat rejected text.
/// </summary>
public sealed class DeviationSubmission(
    AppDbContext db,
    TimeProvider clock,
    DeviationDeadlines deadlines,
    DeviationNotifier notifier,
    IStringLocalizer<SharedResource> l)
{
    private const int JournalNumberAttempts = 5;

    /// <summary>The free-text fields of a report with their longest length; each must pass the patient-data guard.</summary>
    public static readonly IReadOnlyList<(string Field, Func<DeviationReport, string?> Text, int MaxLength)> TextFields =
    [
        (nameof(DeviationReport.WhatHappened), r => r.WhatHappened, 4000),
        (nameof(DeviationReport.ImmediateAction), r => r.ImmediateAction, 2000),
        (nameof(DeviationReport.SuggestedImprovement), r => r.SuggestedImprovement, 2000),
        (nameof(DeviationReport.AgreementReference), r => r.AgreementReference, 500),
        (nameof(DeviationReport.ReporterRole), r => r.ReporterRole, 200),
        (nameof(DeviationReport.LocalReference), r => r.LocalReference, 100),
    ];

    /// <summary>Partners a report can be sent to, and the partners that report.</summary>
    public static readonly PartnerKind[] ReportingKinds = [PartnerKind.Municipality, PartnerKind.HospitalTrust];

    /// <summary>
    /// Checks the report's content: always that its choices exist and fit together, that dates are not in the future
    /// and that no text holds patient data; when <paramref name="forSending"/>, also that everything sending needs is there.
    /// </summary>
    public async Task<IReadOnlyList<DeviationFieldError>> ValidateAsync(DeviationReport report, bool forSending, CancellationToken cancellationToken = default)
    {
        var errors = new List<DeviationFieldError>();
        void Add(string field, string message) => errors.Add(new DeviationFieldError(field, message));

        var partnerIds = new[] { report.ReportingPartnerId, report.ReceivingPartnerId ?? 0 };
        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var unitIds = new[] { report.ReportingUnitId ?? 0, report.ReceivingUnitId ?? 0 };
        var units = await db.ServiceUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.PartnerId, cancellationToken);
        var categoryIds = new[] { report.CategoryId ?? 0, report.SubcategoryId ?? 0 };
        var categories = await db.DeviationCategories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ParentId, cancellationToken);

        partners.TryGetValue(report.ReportingPartnerId, out var reporting);
        if (reporting is null)
        {
            Add(nameof(DeviationReport.ReportingPartnerId), l["Validation.Required", Label(nameof(DeviationReport.ReportingPartnerId))]);
        }
        if (report.ReportingUnitId is { } reportingUnit)
        {
            if (!units.TryGetValue(reportingUnit, out var owner))
            {
                Add(nameof(DeviationReport.ReportingUnitId), UnknownChoice(nameof(DeviationReport.ReportingUnitId)));
            }
            else if (owner != report.ReportingPartnerId)
            {
                Add(nameof(DeviationReport.ReportingUnitId), l["Deviations.Form.UnitNotOfReportingPartner"]);
            }
        }

        Partner? receiving = null;
        if (report.ReceivingPartnerId is { } receivingId)
        {
            if (!partners.TryGetValue(receivingId, out receiving))
            {
                Add(nameof(DeviationReport.ReceivingPartnerId), UnknownChoice(nameof(DeviationReport.ReceivingPartnerId)));
            }
            else if (receivingId == report.ReportingPartnerId)
            {
                Add(nameof(DeviationReport.ReceivingPartnerId), l["Deviations.Form.ReceivingSameAsReporting"]);
            }
            else if (!ReportingKinds.Contains(receiving.Kind))
            {
                Add(nameof(DeviationReport.ReceivingPartnerId), l["Deviations.Form.ReceivingPartnerKind"]);
            }
        }
        else if (forSending)
        {
            Add(nameof(DeviationReport.ReceivingPartnerId), RequiredToSend(nameof(DeviationReport.ReceivingPartnerId)));
        }
        if (report.ReceivingUnitId is { } receivingUnit)
        {
            if (!units.TryGetValue(receivingUnit, out var owner))
            {
                Add(nameof(DeviationReport.ReceivingUnitId), UnknownChoice(nameof(DeviationReport.ReceivingUnitId)));
            }
            else if (owner == report.ReportingPartnerId)
            {
                Add(nameof(DeviationReport.ReceivingUnitId), l["Deviations.Form.ReceivingUnitOfReportingPartner"]);
            }
            else if (owner != report.ReceivingPartnerId)
            {
                Add(nameof(DeviationReport.ReceivingUnitId), l["Deviations.Form.ReceivingUnitNotOfReceivingPartner"]);
            }
        }

        if (report.EventDate is { } eventDate)
        {
            if (eventDate > OsloTime.Today(clock))
            {
                Add(nameof(DeviationReport.EventDate), l["Deviations.Form.EventDateInFuture"]);
            }
        }
        else if (forSending)
        {
            Add(nameof(DeviationReport.EventDate), RequiredToSend(nameof(DeviationReport.EventDate)));
        }

        if (report.CategoryId is { } categoryId)
        {
            if (!categories.TryGetValue(categoryId, out var parent) || parent is not null)
            {
                Add(nameof(DeviationReport.CategoryId), UnknownChoice(nameof(DeviationReport.CategoryId)));
            }
        }
        else if (forSending)
        {
            Add(nameof(DeviationReport.CategoryId), RequiredToSend(nameof(DeviationReport.CategoryId)));
        }
        if (report.SubcategoryId is { } subcategoryId)
        {
            if (!categories.TryGetValue(subcategoryId, out var parent) || parent is null)
            {
                Add(nameof(DeviationReport.SubcategoryId), UnknownChoice(nameof(DeviationReport.SubcategoryId)));
            }
            else if (parent != report.CategoryId)
            {
                Add(nameof(DeviationReport.SubcategoryId), l["Deviations.Form.SubcategoryNotOfCategory"]);
            }
        }

        if (forSending && report.Consequence is null)
        {
            Add(nameof(DeviationReport.Consequence), RequiredToSend(nameof(DeviationReport.Consequence)));
        }

        foreach (var (field, text, maxLength) in TextFields)
        {
            var value = text(report);
            if (value is not null && value.Length > maxLength)
            {
                Add(field, l["Validation.MaxLength", Label(field), maxLength]);
            }
            foreach (var message in PatientDataValidation.Messages(Label(field), value, l))
            {
                Add(field, message);
            }
        }
        if (forSending && string.IsNullOrWhiteSpace(report.WhatHappened))
        {
            Add(nameof(DeviationReport.WhatHappened), RequiredToSend(nameof(DeviationReport.WhatHappened)));
        }
        return errors;
    }

    /// <summary>
    /// Sends the author's draft (added to the database if new): checks it for sending, sets its direction, takes the
    /// Send step (track and deadline), gives a formal report its journal number, saves, and tells the receiving side.
    /// Returns the refusals; nothing is saved when there are any.
    /// </summary>
    public async Task<IReadOnlyList<DeviationFieldError>> SendAsync(DeviationReport report, CancellationToken cancellationToken = default)
    {
        var errors = await ValidateAsync(report, forSending: true, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }
        var kinds = await db.Partners.AsNoTracking()
            .Where(p => p.Id == report.ReportingPartnerId || p.Id == report.ReceivingPartnerId)
            .ToDictionaryAsync(p => p.Id, p => p.Kind, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = new DeviationActor(report.ReporterUserId, report.ReporterName);
        if (DeviationWorkflow.Apply(report, DeviationAction.Send, new HashSet<DeviationSide> { DeviationSide.Reporting }, actor, null, now, deadlines) is { } refusal)
        {
            return [new DeviationFieldError("", l[refusal])];
        }
        report.Direction = DeviationWorkflow.DirectionOf(kinds[report.ReportingPartnerId], kinds[report.ReceivingPartnerId!.Value]);
        if (db.Entry(report).State == EntityState.Detached)
        {
            db.DeviationReports.Add(report);
        }
        await SaveWithJournalNumberAsync(report, now, cancellationToken);
        await notifier.NotifyAsync(report, DeviationSide.Reporting, l["Deviations.MailSent"], cancellationToken);
        return [];
    }

    /// <summary>
    /// A formal report gets the next "yyyy/N" of the year it is sent; two sent at once may pick the same number, and
    /// the unique index refuses the second, which then takes the next.
    /// </summary>
    private async Task SaveWithJournalNumberAsync(DeviationReport report, DateTime nowUtc, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (report.Track == DeviationTrack.Formal)
            {
                report.JournalNumber = await NextJournalNumberAsync(OsloTime.ToOslo(nowUtc).Year, cancellationToken);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (report.Track == DeviationTrack.Formal && attempt < JournalNumberAttempts && IsUniqueViolation(e))
            {
            }
        }
    }

    private async Task<string> NextJournalNumberAsync(int year, CancellationToken cancellationToken)
    {
        var prefix = year.ToString(CultureInfo.InvariantCulture) + "/";
        var taken = await db.DeviationReports.AsNoTracking()
            .Where(r => r.JournalNumber != null && r.JournalNumber.StartsWith(prefix))
            .Select(r => r.JournalNumber!)
            .ToListAsync(cancellationToken);
        var highest = taken.Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0)
            .DefaultIfEmpty(0)
            .Max();
        return prefix + (highest + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067, // SQLITE_CONSTRAINT_UNIQUE
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>The label of a field: the resource <c>DeviationReport.X</c>, where ids are named by what they point at.</summary>
    public string Label(string field) =>
        l[$"DeviationReport.{(field.EndsWith("Id", StringComparison.Ordinal) ? field[..^2] : field)}"];

    private string RequiredToSend(string field) => l["Deviations.Form.RequiredToSend", Label(field)];

    private string UnknownChoice(string field) => l["Deviations.Form.UnknownChoice", Label(field)];
}
