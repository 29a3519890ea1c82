namespace Helsefellesskap.Web.Features.Agreements;

public static class AgreementServices
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.AddScoped<AgreementAccess>();
        services.AddScoped<Versions.AgreementFiles>();
        return services;
    }
}
