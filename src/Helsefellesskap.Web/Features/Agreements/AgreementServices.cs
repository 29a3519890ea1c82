using Helsefellesskap.Web.Features.Agreements.Deadlines;
using Helsefellesskap.Web.Features.Agreements.Hearings;
using Helsefellesskap.Web.Features.Agreements.Public;

namespace Helsefellesskap.Web.Features.Agreements;

public static class AgreementServices
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.AddScoped<AgreementAccess>();
        services.AddScoped<HearingMailer>();
        // Its options (the section Reminders) are registered with the follow-up reminders. Also resolvable as
        // itself, so one pass can be run on demand.
        services.AddSingleton<AgreementReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<AgreementReminders>());
        services.AddSingleton<AgreementPublicRefresh>();
        services.AddHostedService(sp => sp.GetRequiredService<AgreementPublicRefresh>());
        services.AddScoped<Versions.AgreementFiles>();
        return services;
    }
}
