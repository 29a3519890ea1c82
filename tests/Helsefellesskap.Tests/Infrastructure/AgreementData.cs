using Helsefellesskap.Tests.Integration;
using Helsefellesskap.Web.Features.Agreements;
using Helsefellesskap.Web.Features.Bodies;
using Helsefellesskap.Web.Features.Memberships;
using Helsefellesskap.Web.Features.People;
using Helsefellesskap.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Helsefellesskap.Tests.Infrastructure;

/// <summary>Agreements, versions, hearings and the people around them made for one test, with names no other test uses.</summary>
public sealed class AgreementData
{
    /// <summary>A version text with a title and two chapters.</summary>
    public const string Text = "# Delavtale om beredskap\n\nInnledning.\n\n## 1. Parter\n\nKommunene og SiV.\n\n## 2. Formål\n\nSamarbeid om beredskap.\n";

    private static int counter;

    private readonly AppFactory factory;

    /// <summary>Bodies, people and the adding itself, as the follow-up tests make them.</summary>
    private readonly FollowUpData records;

    private AgreementData(AppFactory factory, FollowUpData records)
    {
        this.factory = factory;
        this.records = records;
    }

    public int CommunityId => records.CommunityId;

    public string Suffix => records.Suffix;

    public static async Task<AgreementData> ForAsync(AppFactory factory, string slug) => new(factory, await FollowUpData.ForAsync(factory, slug));

    public Task<T> AddAsync<T>(T entity) where T : TenantEntity => records.AddAsync(entity);

    /// <summary>Runs <paramref name="action"/> as a request of the community would: with the tenant filter on.</summary>
    public Task<T> InCommunityAsync<T>(Func<AppDbContext, Task<T>> action) => records.InCommunityAsync(action);

    /// <summary>The demo partner whose name starts so, e.g. "Horten" or "Sykehuset".</summary>
    public Task<int> PartnerAsync(string namePrefix) =>
        factory.WithDbAsync(db => db.Partners.IgnoreQueryFilters()
            .Where(p => p.CommunityId == CommunityId && p.Name.StartsWith(namePrefix))
            .Select(p => p.Id)
            .SingleAsync());

    public Task<Body> BodyAsync() => records.BodyAsync();

    public Task<Person> PersonAsync() => records.PersonAsync();

    /// <summary>A current membership of the body, representing the partner.</summary>
    public Task<Membership> MembershipAsync(Person person, Body body, int? partnerId) =>
        AddAsync(new Membership { PersonId = person.Id, BodyId = body.Id, PartnerId = partnerId, Role = MembershipRole.Member, From = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1) });

    /// <summary>A sub-agreement with the given parties.</summary>
    public async Task<Agreement> AgreementAsync(IEnumerable<int> parties, Action<Agreement>? set = null)
    {
        var number = Interlocked.Increment(ref counter);
        var agreement = new Agreement { Title = $"Delavtale {Suffix}-{number}", Kind = AgreementKind.SubAgreement };
        set?.Invoke(agreement);
        agreement = await AddAsync(agreement);
        foreach (var partner in parties)
        {
            await AddAsync(new AgreementParty { AgreementId = agreement.Id, PartnerId = partner });
        }
        return agreement;
    }

    /// <summary>A version of the agreement, adopted by the partners named (with the in-force date, if any).</summary>
    public async Task<AgreementVersion> VersionAsync(Agreement agreement, int number, DateOnly date, DateOnly? inForceFrom = null, params int[] adoptedBy)
    {
        var version = await AddAsync(new AgreementVersion { AgreementId = agreement.Id, Number = number, Date = date, Text = Text, InForceFrom = inForceFrom });
        foreach (var partner in adoptedBy)
        {
            await AddAsync(new AgreementAdoption { VersionId = version.Id, PartnerId = partner, AdoptedOn = date });
        }
        return version;
    }

    public async Task<AgreementHearing> HearingAsync(AgreementVersion version, DateOnly deadline, params int[] invitees)
    {
        var hearing = await AddAsync(new AgreementHearing { VersionId = version.Id, SentOn = deadline.AddDays(-42), Deadline = deadline });
        foreach (var partner in invitees)
        {
            await AddAsync(new HearingInvitee { HearingId = hearing.Id, PartnerId = partner });
        }
        return hearing;
    }

    public Task<HearingComment> CommentAsync(AgreementHearing hearing, int partnerId, string? chapter, string text) =>
        AddAsync(new HearingComment
        {
            HearingId = hearing.Id,
            PartnerId = partnerId,
            Chapter = chapter,
            Text = text,
            AuthorName = "Testforfatter",
            SubmittedAtUtc = DateTime.UtcNow,
        });
}
