using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Infrastructure.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Registers <see cref="AppDbContext"/> on the configured provider.</summary>
    public static IServiceCollection AddHelsefellesskapDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                var connectionString = options.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
                services.AddDbContext<PostgresAppDbContext>(o => o.UseNpgsql(connectionString));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
                break;
            default:
                var sqlite = PrepareSqliteFile(options.ConnectionString ?? DatabaseOptions.DefaultSqliteConnectionString);
                services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(new SqliteBusyTimeout()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
        }
        return services;
    }

    /// <summary>Creates the folder of the SQLite file, so a fresh clone needs no set-up.</summary>
    private static string PrepareSqliteFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
        return builder.ToString();
    }

    /// <summary>Applies pending migrations (SQLite: also switches on write-ahead logging for concurrent readers).</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}
