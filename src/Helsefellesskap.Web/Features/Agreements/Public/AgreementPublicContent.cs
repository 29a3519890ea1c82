using System.Globalization;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Features.Search;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Helsefellesskap.Web.Features.Agreements.Public;

/// <summary>
/// An agreement's contribution to the search index and the publication register: one scope per agreement
/// (<c>agreement:{id}</c>), a search document of the version in force today,
/// and a publication of the version in force. What is in force depends on the date, so the scope is also rebuilt
/// when a version's in-force date comes (<see cref="AgreementPublicRefresh"/>).
/// </summary>
public sealed class AgreementPublicContent(TimeProvider clock) : IPublicContentSource
{
    private const string Prefix = "agreement:";

    public static string ScopeOf(int agreementId) => Prefix + agreementId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The agreement a scope of this source names.</summary>
    public static int AgreementOf(string scope) => int.Parse(scope[Prefix.Length..], CultureInfo.InvariantCulture);

    public bool Owns(string scope) => scope.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task CollectScopesAsync(AppDbContext db, EntityEntry entry, PropertyValues? original, ISet<string> scopes, CancellationToken cancellationToken)
    {
        switch (entry.Entity)
        {
            case Agreement agreement:
                scopes.Add(ScopeOf(agreement.Id));
                break;
            case AgreementVersion version:
                scopes.Add(ScopeOf(version.AgreementId));
                if (original?[nameof(AgreementVersion.AgreementId)] is int before)
                {
                    scopes.Add(ScopeOf(before));
                }
                break;
            case AgreementParty party:
                scopes.Add(ScopeOf(party.AgreementId));
                break;
            case AgreementAdoption adoption:
                var agreementId = await db.AgreementVersions.IgnoreQueryFilters().Where(v => v.Id == adoption.VersionId)
                    .Select(v => (int?)v.AgreementId).SingleOrDefaultAsync(cancellationToken);
                if (agreementId is { } id)
                {
                    scopes.Add(ScopeOf(id));
                }
                break;
        }
    }

    public async Task<PublicContent> BuildAsync(AppDbContext db, int communityId, string scope, CancellationToken cancellationToken)
    {
        var agreementId = AgreementOf(scope);
        var agreement = await db.Agreements.IgnoreQueryFilters().AsNoTracking()
            .Include(a => a.Versions)
            .SingleOrDefaultAsync(a => a.Id == agreementId && a.CommunityId == communityId, cancellationToken);
        if (agreement is null)
        {
            return PublicContent.Empty;
        }
        var state = (await AgreementStates.EvaluateAsync(
            db.Agreements.IgnoreQueryFilters().Where(a => a.Id == agreementId), OsloTime.Today(clock)))[agreementId];
        // Only the version in force is indexed: drafts are for the secretariat and the owner body, and the search
        // cannot tell those from the community's other readers.
        var documents = agreement.Versions
            .Where(v => v.Id == state.InForceVersionId && (!string.IsNullOrWhiteSpace(v.Text) || !string.IsNullOrWhiteSpace(v.ChangeSummary)))
            .Select(v => new SearchDocument
            {
                Scope = scope,
                Kind = SearchDocumentKind.Agreement,
                SourceId = v.Id,
                BodyId = agreement.OwnerBodyId,
                Date = v.InForceFrom ?? v.Date,
                Year = (v.InForceFrom ?? v.Date).Year,
                Title = agreement.Title,
                Text = string.Join("\n\n", new[] { v.ChangeSummary, MarkdownRenderer.ToPlainText(v.Text) }.Where(t => !string.IsNullOrWhiteSpace(t))),
                IsPublic = true,
            })
            .ToList();
        var publications = agreement.Versions.Where(v => v.Id == state.InForceVersionId).Select(v => new Publication
        {
            Scope = scope,
            Kind = PublicationKind.Agreement,
            SourceId = agreement.Id,
            BodyId = agreement.OwnerBodyId,
            Date = v.InForceFrom,
            PublishedAtUtc = OsloTime.ToUtc(v.InForceFrom!.Value, TimeOnly.MinValue),
            Title = agreement.Title,
            ContentHash = string.Create(CultureInfo.InvariantCulture, $"{v.Id}|{v.Version}|{agreement.Version}"),
        }).ToList();
        return new PublicContent(documents, publications);
    }
}
