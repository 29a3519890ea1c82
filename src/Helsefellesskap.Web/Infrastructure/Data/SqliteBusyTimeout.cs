using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Helsefellesskap.Web.Infrastructure.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock, in steps of a few milliseconds, when another request is writing.
/// Without it Microsoft.Data.Sqlite retries a busy statement only every 150 ms, which put hundreds of milliseconds on
/// concurrent submissions (bench: reports from 50 concurrent clients).
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
