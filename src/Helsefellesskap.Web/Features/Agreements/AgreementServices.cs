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
        services.AddOptions<AgreementReminderOptions>()
            .BindConfiguration(AgreementReminderOptions.Section)
            .Validate(o => o.IntervalMinutes > 0 && o.DaysBefore >= 0, "AgreementReminders:IntervalMinutes must be above 0 and AgreementReminders:DaysBefore not below 0.")
            .ValidateOnStart();
        // Also resolvable as itself, so one pass can be run on demand.
        services.AddSingleton<AgreementReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<AgreementReminders>());
        services.AddSingleton<AgreementPublicRefresh>();
        services.AddHostedService(sp => sp.GetRequiredService<AgreementPublicRefresh>());
        services.AddScoped<Versions.AgreementFiles>();
        return services;
    }
}
