namespace Helsefellesskap.Web.Infrastructure.Data;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to a file under <c>./data</c>; required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the application starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public const string DefaultSqliteConnectionString = "Data Source=data/helsefellesskap.db";
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
