using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Features.FollowUps;

/// <summary>
/// An agenda item's conclusion points, each with the follow-up tasks made from it; the model of
/// <c>_ConclusionTasks.cshtml</c>. Tasks whose point no longer exists (the conclusion was rewritten) are kept apart.
/// </summary>
public sealed record ConclusionTasks(int AgendaItemId, IReadOnlyList<ConclusionPointTasks> Points, IReadOnlyList<ConclusionTask> Unplaced)
{
    public static async Task<ConclusionTasks> LoadAsync(AppDbContext db, int agendaItemId, CancellationToken cancellationToken = default)
    {
        var conclusion = await db.AgendaItems.AsNoTracking()
            .Where(i => i.Id == agendaItemId)
            .Select(i => i.Conclusion)
            .SingleOrDefaultAsync(cancellationToken);
        var tasks = await db.FollowUpTasks.AsNoTracking()
            .Where(t => t.SourceAgendaItemId == agendaItemId)
            .OrderBy(t => t.Id)
            .Select(t => new ConclusionTask(t.Id, t.Title, t.Status, t.DueDate, t.SourcePointNumber))
            .ToListAsync(cancellationToken);
        var points = ConclusionPoints.Parse(conclusion)
            .Select((text, index) => new ConclusionPointTasks(index + 1, text, tasks.Where(t => t.PointNumber == index + 1).ToList()))
            .ToList();
        var unplaced = tasks.Where(t => t.PointNumber is not { } n || n < 1 || n > points.Count).ToList();
        return new ConclusionTasks(agendaItemId, points, unplaced);
    }
}

public sealed record ConclusionPointTasks(int Number, string Text, IReadOnlyList<ConclusionTask> Tasks);

public sealed record ConclusionTask(int Id, string Title, FollowUpStatus Status, DateOnly? DueDate, int? PointNumber)
{
    public bool IsOverdue(DateOnly today) => Status is FollowUpStatus.Open or FollowUpStatus.InProgress && DueDate is { } due && due < today;
}
