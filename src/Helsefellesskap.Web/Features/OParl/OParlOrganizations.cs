using System.Linq.Expressions;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.Partners;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.OParl;

/// <summary>
/// Organizations, people and memberships. Bodies are Organizations (<c>/organization/{id}</c>); partners are
/// Organizations too (<c>/partner/{id}</c>), so a membership can say whom its member represents (<c>onBehalfOf</c>).
/// People are listed only while they have or had a membership, with their name alone: no contact details.
/// </summary>
public sealed class OParlOrganizations(AppDbContext db, OParlUrls urls, IStringLocalizer<SharedResource> l)
{
    public sealed record BodyRow(string Name, string ShortName, BodyType Type, int? ParentBodyId, DateOnly? From, DateOnly? To);

    public sealed record PartnerRow(string Name, PartnerKind Kind);

    public sealed record PersonRow(string Name);

    public sealed record MembershipRow(int PersonId, int BodyId, MembershipRole Role, int? PartnerId, DateOnly From, DateOnly? To);

    public IQueryable<Stamped<BodyRow>> Bodies() =>
        db.Bodies.AsNoTracking().Select(b => new Stamped<BodyRow>
        {
            Id = b.Id,
            Created = b.CreatedAtUtc,
            Modified = b.ModifiedAtUtc,
            AlsoModified = null,
            AlsoModified2 = null,
            Row = new BodyRow(b.Name, b.ShortName, b.Type, b.ParentBodyId, b.ActiveFrom, b.ActiveTo),
        });

    public IQueryable<Stamped<PartnerRow>> Partners() =>
        db.Partners.AsNoTracking().Select(p => new Stamped<PartnerRow>
        {
            Id = p.Id,
            Created = p.CreatedAtUtc,
            Modified = p.ModifiedAtUtc,
            AlsoModified = null,
            AlsoModified2 = null,
            Row = new PartnerRow(p.Name, p.Kind),
        });

    public IQueryable<Stamped<PersonRow>> People() =>
        db.People.AsNoTracking().Where(p => db.Memberships.Any(m => m.PersonId == p.Id)).Select(p => new Stamped<PersonRow>
        {
            Id = p.Id,
            Created = p.CreatedAtUtc,
            Modified = p.ModifiedAtUtc,
            AlsoModified = db.Memberships.Where(m => m.PersonId == p.Id).Max(m => (DateTime?)m.ModifiedAtUtc),
            AlsoModified2 = null,
            Row = new PersonRow(p.Name),
        });

    public IQueryable<Stamped<MembershipRow>> Memberships(Expression<Func<Membership, bool>>? which = null) =>
        db.Memberships.AsNoTracking().Where(which ?? (m => true)).Select(m => new Stamped<MembershipRow>
        {
            Id = m.Id,
            Created = m.CreatedAtUtc,
            Modified = m.ModifiedAtUtc,
            AlsoModified = null,
            AlsoModified2 = null,
            Row = new MembershipRow(m.PersonId, m.BodyId, m.Role, m.PartnerId, m.From, m.To),
        });

    public async Task<IReadOnlyList<object>> BodyObjectsAsync(IReadOnlyList<Stamped<BodyRow>> bodies, CancellationToken cancellationToken)
    {
        var ids = bodies.Select(b => b.Id).ToList();
        var memberships = (await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.BodyId))
                .OrderBy(m => m.Id).Select(m => new { m.BodyId, m.Id }).ToListAsync(cancellationToken))
            .ToLookup(m => m.BodyId, m => urls.Membership(m.Id));
        return bodies.Select(b => (object)new OParlOrganization(urls.Organization(b.Id), b.CreatedText, b.ModifiedText)
        {
            Body = urls.Body,
            Name = b.Row.Name,
            ShortName = b.Row.ShortName,
            Membership = memberships[b.Id].ToList(),
            Meeting = urls.OrganizationMeetings(b.Id),
            SubOrganizationOf = b.Row.ParentBodyId is { } parent ? urls.Organization(parent) : null,
            OrganizationType = l["OParl.Organization.Body"],
            Classification = l[$"BodyType.{b.Row.Type}"],
            StartDate = OParlTime.Format(b.Row.From),
            EndDate = OParlTime.Format(b.Row.To),
            Web = urls.BodyPage(b.Id),
        }).ToList();
    }

    public Task<IReadOnlyList<object>> PartnerObjectsAsync(IReadOnlyList<Stamped<PartnerRow>> partners, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>(partners.Select(p => new OParlOrganization(urls.Partner(p.Id), p.CreatedText, p.ModifiedText)
        {
            Body = urls.Body,
            Name = p.Row.Name,
            OrganizationType = l["OParl.Organization.Partner"],
            Classification = l[$"PartnerKind.{p.Row.Kind}"],
        }).ToList());

    public async Task<IReadOnlyList<object>> PersonObjectsAsync(IReadOnlyList<Stamped<PersonRow>> people, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.Id).ToList();
        var memberships = (await Memberships(m => ids.Contains(m.PersonId)).OrderBy(m => m.Id).ToListAsync(cancellationToken))
            .ToLookup(m => m.Row.PersonId, m => Membership(m, embedded: true));
        return people.Select(p => (object)new OParlPerson(urls.Person(p.Id), p.CreatedText, p.ModifiedText)
        {
            Body = urls.Body,
            Name = p.Row.Name,
            Membership = memberships[p.Id].ToList(),
        }).ToList();
    }

    public Task<IReadOnlyList<object>> MembershipObjectsAsync(IReadOnlyList<Stamped<MembershipRow>> memberships, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>(memberships.Select(m => Membership(m, embedded: false)).ToList());

    private OParlMembership Membership(Stamped<MembershipRow> membership, bool embedded)
    {
        var row = membership.Row;
        return new OParlMembership(urls.Membership(membership.Id), membership.CreatedText, membership.ModifiedText)
        {
            Person = embedded ? null : urls.Person(row.PersonId),
            Organization = urls.Organization(row.BodyId),
            Role = l[$"MembershipRole.{row.Role}"],
            VotingRight = VotingRight(row.Role),
            StartDate = OParlTime.Format(row.From),
            EndDate = OParlTime.Format(row.To),
            OnBehalfOf = row.PartnerId is { } partner ? urls.Partner(partner) : null,
        };
    }

    /// <summary>Members vote; observers and the secretariat do not; a deputy only when standing in, so that is left open.</summary>
    private static bool? VotingRight(MembershipRole role) => role switch
    {
        MembershipRole.Chair or MembershipRole.ViceChair or MembershipRole.Member => true,
        MembershipRole.Deputy => null,
        _ => false,
    };
}
