using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Reviews;

/// <summary>Plans an evaluation of the agreement (secretariat), and later records when it was done and what it found.</summary>
public sealed class EvaluationModel(AppDbContext db, AuditView audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : AgreementRecordPage<AgreementEvaluation, EvaluationInput>(db, audit, l)
{
    protected override Task<bool> BelongsToAgreementAsync() =>
        RouteData.Values["id"] is string routeId && int.TryParse(routeId, out var id)
            ? Db.AgreementEvaluations.AnyAsync(e => e.Id == id && e.AgreementId == AgreementId)
            : Task.FromResult(true);

    protected override AgreementEvaluation NewEntity() => new() { AgreementId = AgreementId, Description = Input.Description! };

    protected override Task ValidateAsync()
    {
        if (Input.DoneOn > OsloTime.Today(clock))
        {
            ModelState.AddModelError(Field(nameof(EvaluationInput.DoneOn)), L["Agreements.Evaluation.DoneInFuture"]);
        }
        if (Input.DoneOn is null && !string.IsNullOrWhiteSpace(Input.Findings))
        {
            ModelState.AddModelError(Field(nameof(EvaluationInput.DoneOn)), L["Agreements.Evaluation.FindingsWithoutDate"]);
        }
        return Task.CompletedTask;
    }

    private static string Field(string property) => $"{nameof(Input)}.{property}";
}

public sealed class EvaluationInput : IEntityInput<AgreementEvaluation, EvaluationInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Agreements.Evaluation.PlannedOn")]
    public DateOnly? PlannedOn { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreements.Evaluation.Description")]
    public string? Description { get; set; }

    [Display(Name = "Agreements.Evaluation.DoneOn")]
    public DateOnly? DoneOn { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreements.Evaluation.Findings")]
    public string? Findings { get; set; }

    public int Version { get; set; }

    public static EvaluationInput FromEntity(AgreementEvaluation e) => new()
    {
        PlannedOn = e.PlannedOn,
        Description = e.Description,
        DoneOn = e.DoneOn,
        Findings = e.Findings,
        Version = e.Version,
    };

    public void ApplyTo(AgreementEvaluation e)
    {
        // A new planned date deserves a reminder of its own.
        if (e.PlannedOn != PlannedOn)
        {
            e.ReminderSentAtUtc = null;
        }
        e.PlannedOn = PlannedOn!.Value;
        e.Description = Description!.Trim();
        e.DoneOn = DoneOn;
        e.Findings = Findings.TrimToNull();
    }
}
