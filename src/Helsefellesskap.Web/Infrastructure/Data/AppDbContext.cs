using System.Linq.Expressions;
using Helsefellesskap.Web.Features.Agreements;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.Matters;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Features.Search;
using Helsefellesskap.Web.Features.Units;
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
public class AppDbContext(
    DbContextOptions options, TenantContext tenant, ICurrentActor actor, TimeProvider clock, IEnumerable<ISaveChangesParticipant> participants)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Community> Communities => Set<Community>();

    public DbSet<CommunityAccess> CommunityAccesses => Set<CommunityAccess>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<MandateVersion> MandateVersions => Set<MandateVersion>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<MeetingPlan> MeetingPlans => Set<MeetingPlan>();

    public DbSet<MeetingPlanEntry> MeetingPlanEntries => Set<MeetingPlanEntry>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<AgendaItemResponsible> AgendaItemResponsibles => Set<AgendaItemResponsible>();

    public DbSet<CasePaper> CasePapers => Set<CasePaper>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<MeetingParticipant> MeetingParticipants => Set<MeetingParticipant>();

    public DbSet<NoticeIssue> NoticeIssues => Set<NoticeIssue>();

    public DbSet<MinutesComment> MinutesComments => Set<MinutesComment>();

    public DbSet<Matter> Matters => Set<Matter>();

    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();

    public DbSet<ServiceUnit> ServiceUnits => Set<ServiceUnit>();

    public DbSet<DeviationCategory> DeviationCategories => Set<DeviationCategory>();

    public DbSet<DeviationReport> DeviationReports => Set<DeviationReport>();

    public DbSet<DeviationEntry> DeviationEntries => Set<DeviationEntry>();

    public DbSet<DeviationRole> DeviationRoles => Set<DeviationRole>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementParty> AgreementParties => Set<AgreementParty>();

    public DbSet<AgreementVersion> AgreementVersions => Set<AgreementVersion>();

    public DbSet<AgreementAdoption> AgreementAdoptions => Set<AgreementAdoption>();

    public DbSet<AgreementHearing> AgreementHearings => Set<AgreementHearing>();

    public DbSet<HearingInvitee> HearingInvitees => Set<HearingInvitee>();

    public DbSet<HearingComment> HearingComments => Set<HearingComment>();

    public DbSet<AgreementReview> AgreementReviews => Set<AgreementReview>();

    public DbSet<AgreementEvaluation> AgreementEvaluations => Set<AgreementEvaluation>();

    public DbSet<RequirementList> RequirementLists => Set<RequirementList>();

    public DbSet<RequirementTopic> RequirementTopics => Set<RequirementTopic>();

    public DbSet<TopicCoverage> TopicCoverages => Set<TopicCoverage>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<PublicTombstone> PublicTombstones => Set<PublicTombstone>();

    public DbSet<PublicStamp> PublicStamps => Set<PublicStamp>();

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
        ConfigureMeetings(builder);
        ConfigureDeviations(builder);
        ConfigurePublishing(builder);
        ConfigureAgreements(builder);
        builder.Entity<ApiKey>().HasOne<ApplicationUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<ApiKey>().HasIndex(k => k.Prefix);
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

    private static void ConfigureMeetings(ModelBuilder builder)
    {
        builder.Entity<MeetingPlan>().HasIndex(p => new { p.CommunityId, p.BodyId, p.Year }).IsUnique();
        builder.Entity<MeetingPlan>().HasOne(p => p.Body).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<MeetingPlan>().HasMany(p => p.Entries).WithOne().HasForeignKey(e => e.MeetingPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<MeetingPlanEntry>().HasOne(e => e.PreparatoryBody).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<MeetingPlanEntry>().HasOne<Meeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.SetNull);

        builder.Entity<Meeting>().HasOne(m => m.Body).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<Meeting>().HasOne(m => m.PreparesMeeting).WithMany().HasForeignKey(m => m.PreparesMeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<Meeting>().HasIndex(m => new { m.CommunityId, m.BodyId, m.Date });
        builder.Entity<Meeting>().HasIndex(m => m.CalendarUid).IsUnique();

        builder.Entity<AgendaItem>().HasOne(i => i.Meeting).WithMany(m => m.AgendaItems).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<AgendaItem>().HasOne(i => i.Matter).WithMany(m => m.Items).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<AgendaItem>().HasOne(i => i.PreviousItem).WithMany().HasForeignKey(i => i.PreviousItemId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<AgendaItem>().HasOne(i => i.ApprovesMinutesOfMeeting).WithMany().HasForeignKey(i => i.ApprovesMinutesOfMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<AgendaItem>().Property(i => i.Types).HasConversion<int>();
        builder.Entity<AgendaItem>().HasIndex(i => new { i.MeetingId, i.SortOrder });
        builder.Entity<AgendaItemResponsible>().HasOne<AgendaItem>().WithMany(i => i.Responsible).HasForeignKey(r => r.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<AgendaItemResponsible>().HasOne(r => r.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<CasePaper>().HasOne(c => c.AgendaItem).WithOne(i => i.CasePaper).HasForeignKey<CasePaper>(c => c.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<Attachment>().HasOne(a => a.AgendaItem).WithMany(i => i.Attachments).OnDelete(DeleteBehavior.Cascade);

        builder.Entity<MeetingParticipant>().HasOne(p => p.Meeting).WithMany(m => m.Participants).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<MeetingParticipant>().HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<MeetingParticipant>().HasOne(p => p.SubstituteFor).WithMany().HasForeignKey(p => p.SubstituteForPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<MeetingParticipant>().HasIndex(p => new { p.MeetingId, p.PersonId }).IsUnique();
        builder.Entity<MeetingParticipant>().HasIndex(p => p.ResponseToken).IsUnique();
        builder.Entity<NoticeIssue>().HasOne<Meeting>().WithMany().HasForeignKey(n => n.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<NoticeIssue>().HasIndex(n => new { n.MeetingId, n.Revision }).IsUnique();
        builder.Entity<MinutesComment>().HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);

        builder.Entity<Matter>().HasOne(m => m.OriginBody).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<FollowUpTask>().HasOne(t => t.OwnerPerson).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<FollowUpTask>().HasOne(t => t.OwnerBody).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<FollowUpTask>().HasOne(t => t.TargetMeeting).WithMany().HasForeignKey(t => t.TargetMeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<FollowUpTask>().HasOne(t => t.SourceAgendaItem).WithMany().HasForeignKey(t => t.SourceAgendaItemId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<FollowUpTask>().HasOne(t => t.Matter).WithMany().OnDelete(DeleteBehavior.Restrict);
    }

    private static void ConfigurePublishing(ModelBuilder builder)
    {
        builder.Entity<SearchDocument>().HasIndex(d => new { d.CommunityId, d.Scope, d.Kind, d.SourceId }).IsUnique();
        builder.Entity<SearchDocument>().HasIndex(d => new { d.CommunityId, d.IsPublic, d.Year });
        // Searches filtered on a body or a document type walk these instead of every document of the community.
        builder.Entity<SearchDocument>().HasIndex(d => new { d.CommunityId, d.IsPublic, d.BodyId, d.Year });
        builder.Entity<SearchDocument>().HasIndex(d => new { d.CommunityId, d.IsPublic, d.Kind, d.Year });
        builder.Entity<Publication>().HasIndex(p => new { p.CommunityId, p.Scope, p.Kind, p.SourceId }).IsUnique();
        builder.Entity<Publication>().HasIndex(p => new { p.CommunityId, p.PublishedAtUtc });
        builder.Entity<PublicTombstone>().HasIndex(t => new { t.CommunityId, t.EntityType, t.CreatedAtUtc });
        builder.Entity<PublicStamp>().HasKey(s => s.CommunityId);
        builder.Entity<PublicStamp>().HasOne<Community>().WithOne().HasForeignKey<PublicStamp>(s => s.CommunityId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void ConfigureAgreements(ModelBuilder builder)
    {
        builder.Entity<Agreement>().HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<Agreement>().HasOne(a => a.OwnerBody).WithMany().HasForeignKey(a => a.OwnerBodyId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<Agreement>().HasOne(a => a.ResponsiblePerson).WithMany().HasForeignKey(a => a.ResponsiblePersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<Agreement>().HasOne(a => a.RequirementList).WithMany().HasForeignKey(a => a.RequirementListId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<Agreement>().HasOne(a => a.TerminatedByPartner).WithMany().HasForeignKey(a => a.TerminatedByPartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<Agreement>().HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<Agreement>().HasMany(a => a.Versions).WithOne(v => v.Agreement).HasForeignKey(v => v.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<Agreement>().HasMany(a => a.Reviews).WithOne().HasForeignKey(r => r.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<Agreement>().HasMany(a => a.Evaluations).WithOne().HasForeignKey(e => e.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<AgreementParty>().HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<AgreementParty>().HasIndex(p => new { p.AgreementId, p.PartnerId }).IsUnique();

        builder.Entity<AgreementVersion>().HasIndex(v => new { v.AgreementId, v.Number }).IsUnique();
        builder.Entity<AgreementVersion>().HasOne(v => v.TreatedInItem).WithMany().HasForeignKey(v => v.TreatedInItemId).OnDelete(DeleteBehavior.SetNull);
        builder.Entity<AgreementVersion>().HasMany(v => v.Adoptions).WithOne(a => a.AgreementVersion).HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<AgreementVersion>().HasMany(v => v.Hearings).WithOne(h => h.AgreementVersion).HasForeignKey(h => h.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<AgreementVersion>().HasMany(v => v.Coverage).WithOne().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<AgreementAdoption>().HasOne(a => a.Partner).WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<AgreementAdoption>().HasIndex(a => new { a.VersionId, a.PartnerId }).IsUnique();

        builder.Entity<AgreementHearing>().HasMany(h => h.Invitees).WithOne().HasForeignKey(i => i.HearingId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<AgreementHearing>().HasMany(h => h.Comments).WithOne().HasForeignKey(c => c.HearingId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<HearingInvitee>().HasOne(i => i.Partner).WithMany().HasForeignKey(i => i.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<HearingInvitee>().HasIndex(i => new { i.HearingId, i.PartnerId }).IsUnique();
        builder.Entity<HearingComment>().HasOne(c => c.Partner).WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<HearingComment>().HasIndex(c => new { c.HearingId, c.SubmittedAtUtc });

        builder.Entity<RequirementList>().HasMany(l => l.Topics).WithOne().HasForeignKey(t => t.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<RequirementTopic>().HasIndex(t => new { t.ListId, t.SortOrder });
        builder.Entity<TopicCoverage>().HasOne(c => c.Topic).WithMany().HasForeignKey(c => c.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<TopicCoverage>().HasIndex(c => new { c.VersionId, c.TopicId }).IsUnique();
    }

    private static void ConfigureDeviations(ModelBuilder builder)
    {
        builder.Entity<ServiceUnit>().HasOne(u => u.Partner).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Entity<ServiceUnit>().HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<Person>().HasOne(p => p.WorkUnit).WithMany().HasForeignKey(p => p.WorkUnitId).OnDelete(DeleteBehavior.SetNull);

        builder.Entity<DeviationCategory>().HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<DeviationCategory>().HasIndex(c => new { c.CommunityId, c.Code }).IsUnique();

        builder.Entity<DeviationReport>().HasOne(r => r.ReportingPartner).WithMany().HasForeignKey(r => r.ReportingPartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<DeviationReport>().HasOne(r => r.ReceivingPartner).WithMany().HasForeignKey(r => r.ReceivingPartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<DeviationReport>().HasOne(r => r.ReportingUnit).WithMany().HasForeignKey(r => r.ReportingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<DeviationReport>().HasOne(r => r.ReceivingUnit).WithMany().HasForeignKey(r => r.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<DeviationReport>().HasOne(r => r.Category).WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<DeviationReport>().HasOne(r => r.Subcategory).WithMany().HasForeignKey(r => r.SubcategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<DeviationReport>().HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Entity<DeviationReport>().HasIndex(r => new { r.CommunityId, r.SentAtUtc });
        builder.Entity<DeviationReport>().HasIndex(r => new { r.CommunityId, r.ReporterUserId });
        builder.Entity<DeviationReport>().HasIndex(r => new { r.CommunityId, r.ReceivingPartnerId, r.State });
        builder.Entity<DeviationReport>().HasIndex(r => new { r.CommunityId, r.ReportingPartnerId, r.State });
        builder.Entity<DeviationReport>().HasIndex(r => new { r.CommunityId, r.JournalNumber }).IsUnique();
        builder.Entity<DeviationEntry>().HasIndex(e => new { e.ReportId, e.AtUtc });

        builder.Entity<DeviationRole>().HasOne(r => r.Person).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.Entity<DeviationRole>().HasOne(r => r.Partner).WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Entity<DeviationRole>().HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
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

        var followUps = participants.Select(p => p.Prepare(this)).OfType<ISaveChangesFollowUp>().ToList();
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            foreach (var followUp in followUps)
            {
                await followUp.AfterSaveAsync(cancellationToken);
            }
            AuditEntries.AddRange(audit.Complete(actor, clock.GetUtcNow().UtcDateTime));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            followUps.ForEach(f => f.AfterCommit());
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
        var now = clock.GetUtcNow().UtcDateTime;
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
                    entity.CreatedAtUtc = entity.CreatedAtUtc == default ? now : entity.CreatedAtUtc;
                    entity.ModifiedAtUtc = now;
                    break;
                case EntityState.Modified:
                    EnsureSameCommunity(entity);
                    var version = entry.Property(nameof(TenantEntity.Version));
                    version.CurrentValue = (int)version.OriginalValue! + 1;
                    entity.ModifiedAtUtc = now;
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
