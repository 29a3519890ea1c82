namespace Helsefellesskap.Web.Infrastructure.Data;

/// <summary>
/// Keeps derived records (search index, publication register) in step with the records they come from,
/// in the same transaction as the change itself. Derived records are not audited: they are not anyone's edit.
/// </summary>
public interface ISaveChangesParticipant
{
    /// <summary>Looks at the pending changes before they are saved; returns the work to do once they are, or null.</summary>
    ISaveChangesFollowUp? Prepare(AppDbContext db);
}

public interface ISaveChangesFollowUp
{
    /// <summary>After the changes are saved (ids assigned), in the same transaction: add or change derived records.</summary>
    Task AfterSaveAsync(CancellationToken cancellationToken);

    /// <summary>After the save (and the context's own transaction, if it opened one) committed.</summary>
    void AfterCommit();
}
