using System.Text.RegularExpressions;
using Helsefellesskap.Web.Infrastructure.Auth;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Deviations;

/// <summary>
/// The live patient-data check of the report form (<c>wwwroot/js/patient-data-guard.js</c>): the form posts its
/// free-text fields as the person types, and gets back, per field, where the guard found something and the Norwegian
/// message for it. It stores nothing and logs nothing of the text; the server checks again when the form is saved.
/// </summary>
public static partial class PatientDataCheckApi
{
    public const int MaxFields = 20;

    public const int MaxFieldLength = 8000;

    public static IEndpointRouteBuilder MapPatientDataCheck(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/{community}/avvik/kontroll", Check)
            .RequireAuthorization(Policies.CommunityReader)
            .WithName("CheckPatientData")
            .WithTags("Avvik")
            .WithSummary("Kontrollerer fritekst for pasientopplysninger uten å lagre noe.");
        return app;
    }

    private static Results<Ok<PatientDataCheckResult>, ProblemHttpResult> Check(
        string community, PatientDataCheckRequest? request, IStringLocalizer<SharedResource> l)
    {
        var fields = request?.Fields;
        if (fields is null || fields.Count > MaxFields || fields.Any(f => !FieldName().IsMatch(f.Key) || f.Value?.Length > MaxFieldLength))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: l["PatientData.CheckRefused"],
                detail: l["PatientData.CheckTooLarge", MaxFields, MaxFieldLength]);
        }
        return TypedResults.Ok(new PatientDataCheckResult(fields.ToDictionary(
            f => f.Key,
            f => PatientDataGuard.Scan(f.Value)
                .Select(hit => new PatientDataCheckHit(hit.Kind, hit.Start, hit.Length, PatientDataValidation.Message(Label(f.Key, l), hit, l)))
                .ToList())));
    }

    /// <summary>
    /// The field's label on the report form (a JSON client may camel-case the name), or a neutral word for fields
    /// outside the report, such as a message.
    /// </summary>
    private static string Label(string field, IStringLocalizer l) =>
        l[$"DeviationReport.{char.ToUpperInvariant(field[0])}{field[1..]}"] is { ResourceNotFound: false } label
            ? label.Value
            : l["PatientData.Text"].Value;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,59}$")]
    private static partial Regex FieldName();
}

/// <summary>The form's free-text fields by name (e.g. <c>WhatHappened</c>), as typed.</summary>
public sealed record PatientDataCheckRequest(Dictionary<string, string?>? Fields);

/// <summary>For every field sent, its hits (an empty list when the field is clean).</summary>
public sealed record PatientDataCheckResult(Dictionary<string, List<PatientDataCheckHit>> Fields);

/// <summary>One hit: what kind, where (UTF-16 positions, as JavaScript counts), and the message to show.</summary>
public sealed record PatientDataCheckHit(PatientDataKind Kind, int Start, int Length, string Message);
