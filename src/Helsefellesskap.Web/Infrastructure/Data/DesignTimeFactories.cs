using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Helsefellesskap.Web.Infrastructure.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteAppDbContext</c> build the model without the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(DatabaseOptions.DefaultSqliteConnectionString).Options,
            new TenantContext(), new DesignTimeActor(), TimeProvider.System, []);
}

/// <summary>As <see cref="SqliteDesignTimeFactory"/>, for <c>--context PostgresAppDbContext</c>; needs no running server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=helsefellesskap").Options,
            new TenantContext(), new DesignTimeActor(), TimeProvider.System, []);
}

internal sealed class DesignTimeActor : ICurrentActor
{
    public string? UserId => null;

    public string UserName => "design-time";
}
