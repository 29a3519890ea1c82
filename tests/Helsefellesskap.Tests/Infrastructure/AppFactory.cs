using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>
/// The whole application on a database of its own, with the demo data. One per test class; the
/// subclasses pick the provider, so the same tests run on SQLite and on PostgreSQL.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>
{
    protected abstract DatabaseProvider Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>The blob store's folder and the e-mail pickup folder, of this factory alone.</summary>
    private readonly string filesRoot = Path.Combine(Path.GetTempPath(), $"hf-test-files-{Guid.NewGuid():N}");

    public string MailFolder => Path.Combine(filesRoot, "mail");

    /// <summary>Small, so that tests of the size limit need no large files.</summary>
    public const long MaxUploadBytes = 1024 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Files:Root", filesRoot);
        builder.UseSetting("Email:PickupFolder", MailFolder);
        builder.UseSetting("Files:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A scope for reading or arranging data directly (no tenant: use IgnoreQueryFilters).</summary>
    public T WithDb<T>(Func<AppDbContext, T> action)
    {
        using var scope = Services.CreateScope();
        return action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DropDatabase();
            if (Directory.Exists(filesRoot))
            {
                Directory.Delete(filesRoot, recursive: true);
            }
        }
        base.Dispose(disposing);
    }

    protected virtual void DropDatabase()
    {
    }

    /// <summary>Removes the database this factory created.</summary>
    protected void DeleteDatabase()
    {
        try
        {
            WithDb(db => db.Database.EnsureDeleted());
        }
        catch (ObjectDisposedException)
        {
            // The host never started, so no database was made.
        }
    }
}

public sealed class SqliteAppFactory : AppFactory
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"hf-test-{Guid.NewGuid():N}.db");

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string ConnectionString => $"Data Source={file}";

    protected override void DropDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}

/// <summary>
/// Uses the server that <c>./test.sh</c> starts, named by <c>HF_TEST_POSTGRES</c> (a connection string
/// without a database); each factory makes and drops a database of its own.
/// </summary>
public sealed class PostgresAppFactory : AppFactory
{
    public const string EnvironmentVariable = "HF_TEST_POSTGRES";

    private readonly string database = $"hf_test_{Guid.NewGuid():N}";

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string ConnectionString =>
        (Environment.GetEnvironmentVariable(EnvironmentVariable)
            ?? throw new InvalidOperationException($"{EnvironmentVariable} is not set: run the tests with ./test.sh, which starts PostgreSQL."))
        + $";Database={database}";

    protected override void DropDatabase() => DeleteDatabase();
}
