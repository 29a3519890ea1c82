using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Features.Audit;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Agreements.Reviews;

/// <summary>Records a review held under the agreement's duty of yearly review (secretariat); the date may not lie ahead.</summary>
public sealed class ReviewModel(AppDbContext db, AuditView audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : AgreementRecordPage<AgreementReview, ReviewInput>(db, audit, l)
{
    protected override AgreementReview NewEntity() => new() { AgreementId = AgreementId, Summary = Input.Summary! };

    protected override void InitialiseNew() => Input = new ReviewInput { ReviewedOn = OsloTime.Today(clock) };

    protected override Task ValidateAsync()
    {
        if (Input.ReviewedOn > OsloTime.Today(clock))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ReviewInput.ReviewedOn)}", L["Agreements.Review.InFuture"]);
        }
        return Task.CompletedTask;
    }
}

public sealed class ReviewInput : IEntityInput<AgreementReview, ReviewInput>
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Agreements.Review.ReviewedOn")]
    public DateOnly? ReviewedOn { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(2000, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Agreements.Review.Summary")]
    public string? Summary { get; set; }

    public int Version { get; set; }

    public static ReviewInput FromEntity(AgreementReview review) =>
        new() { ReviewedOn = review.ReviewedOn, Summary = review.Summary, Version = review.Version };

    public void ApplyTo(AgreementReview review)
    {
        review.ReviewedOn = ReviewedOn!.Value;
        review.Summary = Summary!.Trim();
    }
}
