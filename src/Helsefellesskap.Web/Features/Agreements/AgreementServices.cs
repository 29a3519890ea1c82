using Helsefellesskap.Web.Features.Agreements.Public;

namespace Helsefellesskap.Web.Features.Agreements;

public static class AgreementServices
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.AddScoped<AgreementAccess>();
        services.AddSingleton<AgreementPublicRefresh>();
        services.AddHostedService(sp => sp.GetRequiredService<AgreementPublicRefresh>());
        return services;
    }
}
