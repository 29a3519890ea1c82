using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Deviations;

public static class DeviationServices
{
    public static IServiceCollection AddDeviations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeviationOptions>(configuration.GetSection(DeviationOptions.Section));
        services.AddSingleton(sp => new DeviationDeadlines(sp.GetRequiredService<IOptions<DeviationOptions>>().Value));
        services.AddScoped<DeviationAccess>();
        services.AddScoped<DeviationNotifier>();
        services.AddScoped<DeviationReadLog>();
        return services;
    }
}
