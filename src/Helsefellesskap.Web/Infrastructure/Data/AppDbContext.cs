using System.Linq.Expressions;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Web.Infrastructure.Data;

/// <summary>
/// The application's database. Every <see cref="TenantEntity"/> is filtered to the request's community
/// here, once, and every change is written to the audit log in the same transaction.
/// Provider-specific subclasses exist only to keep one migration history per provider.
/// </summary>
public class AppDbContext(DbContextOptions options, TenantContext tenant, ICurrentActor actor, TimeProvider clock)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Community> Communities => Set<Community>();

    public DbSet<CommunityAccess> CommunityAccesses => Set<CommunityAccess>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<MandateVersion> MandateVersions => Set<MandateVersion>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Read by the tenant query filters; EF Core re-reads it for every query.</summary>
    internal int? CurrentCommunityId => tenant.CommunityId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Community>().HasIndex(c => c.Slug).IsUnique();
        builder.Entity<CommunityAccess>().HasIndex(a => new { a.CommunityId, a.UserId }).IsUnique();
        builder.Entity<Partner>().HasIndex(p => new { p.CommunityId, p.MunicipalityNumber }).IsUnique();
        builder.Entity<Body>().HasOne(b => b.ParentBody).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<MandateVersion>().HasIndex(m => new { m.BodyId, m.Number }).IsUnique();
        builder.Entity<Membership>().HasOne(m => m.Body).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<Membership>().HasOne(m => m.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<Membership>().HasOne(m => m.Partner).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<AuditEntry>().HasQueryFilter(a => a.CommunityId == CurrentCommunityId);
        builder.Entity<AuditEntry>().HasIndex(a => new { a.CommunityId, a.TimestampUtc });
        builder.Entity<AuditEntry>().HasIndex(a => new { a.EntityType, a.EntityId });

        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.ClrType.IsAssignableTo(typeof(TenantEntity))))
        {
            builder.Entity(type.ClrType).HasQueryFilter(TenantFilter(type.ClrType));
            builder.Entity(type.ClrType).HasOne(typeof(Community)).WithMany().HasForeignKey(nameof(TenantEntity.CommunityId)).OnDelete(DeleteBehavior.Restrict);
            builder.Entity(type.ClrType).Property(nameof(TenantEntity.Version)).IsConcurrencyToken();
            builder.Entity(type.ClrType).HasIndex(nameof(TenantEntity.CommunityId));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        StampTenantEntities();
        var audit = AuditRecorder.Capture(ChangeTracker);
        if (!audit.HasChanges)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(audit.Complete(actor, clock.GetUtcNow().UtcDateTime));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private void StampTenantEntities()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only.");
            }
            if (entry.Entity is not TenantEntity entity)
            {
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entity.CommunityId == 0)
                    {
                        entity.CommunityId = tenant.RequireId();
                    }
                    EnsureSameCommunity(entity);
                    break;
                case EntityState.Modified:
                    EnsureSameCommunity(entity);
                    var version = entry.Property(nameof(TenantEntity.Version));
                    version.CurrentValue = (int)version.OriginalValue! + 1;
                    break;
                case EntityState.Deleted:
                    EnsureSameCommunity(entity);
                    break;
            }
        }
    }

    private void EnsureSameCommunity(TenantEntity entity)
    {
        if (tenant.CommunityId is { } current && entity.CommunityId != current)
        {
            throw new InvalidOperationException($"{entity.GetType().Name} {entity.Id} belongs to another community.");
        }
    }

    private LambdaExpression TenantFilter(Type entityType)
    {
        var entity = Expression.Parameter(entityType, "e");
        var communityId = Expression.Convert(Expression.Property(entity, nameof(TenantEntity.CommunityId)), typeof(int?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentCommunityId));
        return Expression.Lambda(Expression.Equal(communityId, current), entity);
    }
}
