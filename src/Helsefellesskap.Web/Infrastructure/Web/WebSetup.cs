using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Helsefellesskap.Web.Features.Accounts;
using Helsefellesskap.Web.Features.Agreements;
using Helsefellesskap.Web.Features.Agreements.Versions;
using Helsefellesskap.Web.Features.Api;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.Deviations.CaseExport;
using Helsefellesskap.Web.Features.Deviations.Categories;
using Helsefellesskap.Web.Features.Deviations.Statistics;
using Helsefellesskap.Web.Features.Feeds;
using Helsefellesskap.Web.Features.FollowUps;
using Helsefellesskap.Web.Features.Meetings;
using Helsefellesskap.Web.Features.Meetings.Agenda;
using Helsefellesskap.Web.Features.Meetings.Attachments;
using Helsefellesskap.Web.Features.Meetings.Calendar;
using Helsefellesskap.Web.Features.Meetings.Documents;
using Helsefellesskap.Web.Features.OParl;
using Helsefellesskap.Web.Features.PublicSite;
using Helsefellesskap.Web.Features.Publishing;
using Helsefellesskap.Web.Features.Search;
using Helsefellesskap.Web.Features.Units;
using Helsefellesskap.Web.Infrastructure.Auditing;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Email;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Helsefellesskap.Web.Infrastructure.Web;

public static class WebSetup
{
    public static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static IServiceCollection AddHelsefellesskapWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddSingleton<CommunityDirectory>();
        services.AddScoped<ICurrentActor, HttpContextActor>();
        services.AddScoped<CommunityPermissions>();
        services.AddScoped<AuditView>();
        services.AddScoped<CommunitySwitcher>();
        services.AddScoped<SignInRedirects>();
        services.AddScoped<AgendaEditor>();
        services.AddScoped<Features.Meetings.Notice.NoticeIssuer>();
        services.AddHelsefellesskapFiles(configuration);
        services.AddHelsefellesskapEmail(configuration);
        services.AddMeetingCalendars();
        services.AddMeetingAttachments();
        services.AddFollowUps();
        services.AddMeetingDocuments();
        services.AddDeviations(configuration);
        services.AddAgreements();
        services.AddDeviationStatistics();
        services.AddPublishing(configuration);
        services.AddFeeds();
        services.AddOParl(configuration);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddLocalization();
        // Norwegian letters are written as themselves, not as &#xF8; escapes.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Norwegian);
            o.SupportedCultures = [Norwegian];
            o.SupportedUICultures = [Norwegian];
        });

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.Add(new Policies.PageConvention());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<IConfigureOptions<MvcOptions>, NorwegianModelBindingMessages>();

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Helsefellesskap API";
            document.Info.Description = "Åpent API for helsefellesskapenes organisasjon.";
            ApiKeyAuthentication.Describe(document);
            return Task.CompletedTask;
        }));
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication UseHelsefellesskapPipeline(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Diagnostics:ServerTiming"))
        {
            app.UseMiddleware<ServerTimingMiddleware>();
        }
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/feil");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/feil/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapHelsefellesskapEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapOpenApi("/api/openapi/{documentName}.json");
        app.MapOrganisationApi();
        app.MapMeetingsApi();
        app.MapDeviationsApi();
        app.MapMeetingCalendars();
        app.MapFeeds();
        app.MapMeetingAttachments();
        app.MapPublicFiles();
        app.MapMeetingDocuments();
        app.MapDeviationCaseExport();
        app.MapUnitsApi();
        app.MapCategoriesApi();
        app.MapPatientDataCheck();
        app.MapDeviationStatistics();
        app.MapOParl();
        app.MapSearchApi();
        app.MapAgreementsApi();
        app.MapAgreementFiles();
        app.MapRazorPages();
        return app;
    }
}

/// <summary>Model-binding errors ("not a number", "required") in Norwegian, from the resource file.</summary>
internal sealed class NorwegianModelBindingMessages(IStringLocalizer<SharedResource> l) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var provider = options.ModelBindingMessageProvider;
        provider.SetValueIsInvalidAccessor(value => l["Validation.ValueIsInvalid", value]);
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => l["Validation.ValueIsInvalid", value]);
        provider.SetValueMustBeANumberAccessor(_ => l["Validation.MustBeNumber"]);
        provider.SetMissingBindRequiredValueAccessor(_ => l["Validation.Required"]);
        provider.SetValueMustNotBeNullAccessor(_ => l["Validation.Required"]);
        provider.SetMissingKeyOrValueAccessor(() => l["Validation.Required"]);
        provider.SetUnknownValueIsInvalidAccessor(_ => l["Validation.ValueIsInvalid", ""]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Validation.ValueIsInvalid", value]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Validation.ValueIsInvalid", ""]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => l["Validation.MustBeNumber"]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => l["Validation.Required"]);
    }
}
