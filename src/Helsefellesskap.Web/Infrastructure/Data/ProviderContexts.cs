using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Infrastructure.Data;

/// <summary>Carries the SQLite migrations (Migrations/Sqlite).</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, TenantContext tenant, ICurrentActor actor, TimeProvider clock,
    IEnumerable<ISaveChangesParticipant> participants)
    : AppDbContext(options, tenant, actor, clock, participants);

/// <summary>Carries the PostgreSQL migrations (Migrations/Postgres).</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, TenantContext tenant, ICurrentActor actor, TimeProvider clock,
    IEnumerable<ISaveChangesParticipant> participants)
    : AppDbContext(options, tenant, actor, clock, participants);
