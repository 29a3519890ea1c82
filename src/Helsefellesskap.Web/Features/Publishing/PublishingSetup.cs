using Helsefellesskap.Web.Features.Agreements.Public;
using Helsefellesskap.Web.Features.Meetings.Publishing;
using Helsefellesskap.Web.Infrastructure.Data;

namespace Helsefellesskap.Web.Features.Publishing;

public static class PublishingSetup
{
    /// <summary>The publishing mechanism and every feature's public content source.</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicSiteOptions>(configuration.GetSection(PublicSiteOptions.Section));
        services.AddSingleton<PublicStamps>();
        services.AddSingleton<IPublicContentSource, MeetingPublicContent>();
        services.AddSingleton<IPublicContentSource, AgreementPublicContent>();
        services.AddScoped<PublicContentSync>();
        services.AddScoped<ISaveChangesParticipant>(sp => sp.GetRequiredService<PublicContentSync>());
        services.AddOutputCache(o => o.AddPolicy(PublicCachePolicy.Name, new PublicCachePolicy()));
        return services;
    }
}
