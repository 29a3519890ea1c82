using System.Globalization;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// Her own reports (drafts included) and her task list: what the receiving side must acknowledge, answer, route or
/// close, and what the reporting side must accept or send back, with overdue deadlines said in words.
/// </summary>
public sealed class IndexModel(AppDbContext db, DeviationAccess access, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "status")]
    public DeviationState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "partner")]
    public int? PartnerId { get; set; }

    [BindProperty(SupportsGet = true, Name = "forfalt")]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "side")]
    public int TaskPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "mine")]
    public int MinePage { get; set; } = 1;

    public DeviationScope Scope { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<DeviationReport> Mine { get; private set; } = [];

    public bool HasMoreMine { get; private set; }

    public IReadOnlyList<DeviationTask> Tasks { get; private set; } = [];

    public bool HasMoreTasks { get; private set; }

    public IReadOnlyList<SelectListItem> PartnerOptions { get; private set; } = [];

    /// <summary>The states a task can be in, for the filter.</summary>
    public static readonly DeviationState[] TaskStates =
        [DeviationState.Sent, DeviationState.Acknowledged, DeviationState.BeingHandled, DeviationState.Answered, DeviationState.Accepted];

    public async Task OnGetAsync()
    {
        Scope = await access.CurrentAsync();
        Today = OsloTime.Today(clock);
        TaskPage = Math.Max(1, TaskPage);
        MinePage = Math.Max(1, MinePage);

        var mine = await WithNames(Scope.Readable(db.DeviationReports).Where(r => r.ReporterUserId == Scope.UserId))
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .Skip((MinePage - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync();
        HasMoreMine = mine.Count > PageSize;
        Mine = mine.Take(PageSize).ToList();

        var tasks = await WithNames(Filtered(TaskQuery()))
            .OrderByDescending(r => r.SentAtUtc).ThenByDescending(r => r.Id)
            .Skip((TaskPage - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync();
        HasMoreTasks = tasks.Count > PageSize;
        Tasks = tasks.Take(PageSize).Select(r => DeviationTask.For(r, Scope, Today)).ToList();

        if (Scope.HandlesAnything)
        {
            PartnerOptions = await db.Partners.AsNoTracking()
                .Where(p => DeviationSubmission.ReportingKinds.Contains(p.Kind))
                .OrderBy(p => p.Name)
                .Select(p => new SelectListItem(p.Name, p.Id.ToString(CultureInfo.InvariantCulture), p.Id == PartnerId))
                .ToListAsync();
        }
    }

    /// <summary>
    /// Reports waiting for her: to the partners or units she handles, in a state where the receiving side acts; and
    /// answered reports from her, her partner or her units, where the reporting side acts.
    /// </summary>
    private IQueryable<DeviationReport> TaskQuery()
    {
        var me = Scope.UserId;
        var units = Scope.HandledUnitIds.ToList();
        var partners = Scope.QualityPartnerIds.ToList();
        return Scope.Readable(db.DeviationReports).Where(r =>
            ((r.State == DeviationState.Sent || r.State == DeviationState.Acknowledged || r.State == DeviationState.BeingHandled || r.State == DeviationState.Accepted) &&
             ((r.ReceivingPartnerId != null && partners.Contains(r.ReceivingPartnerId.Value)) ||
              (r.ReceivingUnitId != null && units.Contains(r.ReceivingUnitId.Value)))) ||
            (r.State == DeviationState.Answered &&
             (r.ReporterUserId == me || partners.Contains(r.ReportingPartnerId) ||
              (r.ReportingUnitId != null && units.Contains(r.ReportingUnitId.Value)))));
    }

    private IQueryable<DeviationReport> Filtered(IQueryable<DeviationReport> query)
    {
        if (State is { } state)
        {
            query = query.Where(r => r.State == state);
        }
        if (PartnerId is { } partnerId)
        {
            query = query.Where(r => r.ReportingPartnerId == partnerId || r.ReceivingPartnerId == partnerId);
        }
        if (OverdueOnly)
        {
            var today = Today;
            query = query.Where(r =>
                (r.State == DeviationState.Sent && r.AcknowledgeBy != null && r.AcknowledgeBy < today) ||
                ((r.State == DeviationState.Acknowledged || r.State == DeviationState.BeingHandled) && r.AnswerBy != null && r.AnswerBy < today));
        }
        return query;
    }

    private static IQueryable<DeviationReport> WithNames(IQueryable<DeviationReport> query) => query.AsNoTracking()
        .Include(r => r.ReportingPartner)
        .Include(r => r.ReportingUnit)
        .Include(r => r.ReceivingPartner)
        .Include(r => r.ReceivingUnit)
        .Include(r => r.Category);

    public Dictionary<string, string?> RouteFor(int taskPage, int minePage) => new()
    {
        ["community"] = RouteData.Values["community"] as string,
        ["status"] = State?.ToString(),
        ["partner"] = PartnerId?.ToString(CultureInfo.InvariantCulture),
        ["forfalt"] = OverdueOnly ? "true" : null,
        ["side"] = taskPage.ToString(CultureInfo.InvariantCulture),
        ["mine"] = minePage.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>A report on her task list and what she is to do with it: resource keys of the steps open to her.</summary>
public sealed record DeviationTask(DeviationReport Report, IReadOnlyList<string> ToDo, bool AcknowledgeOverdue, bool AnswerOverdue)
{
    public static DeviationTask For(DeviationReport report, DeviationScope scope, DateOnly today)
    {
        var sides = scope.SidesFor(report);
        var toDo = new List<string>();
        if (sides.Contains(DeviationSide.Receiving) && report.State != DeviationState.Answered)
        {
            if (report.ReceivingUnitId is null && report.ReceivingPartnerId is { } partner && scope.IsQualityContactOf(partner) && report.State != DeviationState.Accepted)
            {
                toDo.Add("Deviations.Tasks.Route");
            }
            toDo.Add(report.State switch
            {
                DeviationState.Sent => "Deviations.Tasks.Acknowledge",
                DeviationState.Accepted => "Deviations.Tasks.Close",
                _ => "Deviations.Tasks.Answer",
            });
        }
        if (sides.Contains(DeviationSide.Reporting) && report.State == DeviationState.Answered)
        {
            toDo.Add("Deviations.Tasks.AcceptOrSendBack");
        }
        return new DeviationTask(report, toDo, report.IsAcknowledgeOverdue(today), report.IsAnswerOverdue(today));
    }
}
