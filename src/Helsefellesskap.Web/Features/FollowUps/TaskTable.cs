namespace Helsefellesskap.Web.Features.FollowUps;

/// <summary>The model of <c>_TaskTable.cshtml</c>. Tasks need their owners, target meeting and source item (with meeting and body) loaded.</summary>
public sealed record TaskTable(IReadOnlyList<FollowUpTask> Tasks, DateOnly Today, string Caption, bool ShowOwner, bool CanEdit);
