using System.ComponentModel.DataAnnotations;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Localization;
using Helsefellesskap.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helsefellesskap.Web.Features.Meetings.Attendance;

/// <summary>
/// "Kommer / forfall" from the link in the notice e-mail. The secret token is the authorisation, so no
/// sign-in is needed; the link's <c>?svar=</c> only pre-selects, and only the posted form changes the answer.
/// </summary>
public sealed class RespondModel(AppDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock) : PageModel
{
    public MeetingParticipant Participant { get; private set; } = null!;

    public Meeting Meeting => Participant.Meeting!;

    /// <summary>The answer the e-mail link (or an earlier answer) points to; its button is the prominent one.</summary>
    public AttendanceResponse? Suggested { get; private set; }

    /// <summary>Why answering is no longer possible, or null while it is.</summary>
    public string? ClosedReason { get; private set; }

    [BindProperty]
    public RespondInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string token, [FromQuery(Name = ResponseWords.QueryKey)] string? answer)
    {
        if (!await LoadAsync(token))
        {
            return NotFound();
        }
        Suggested = ResponseWords.Parse(answer) ?? (Participant.Response == AttendanceResponse.NoAnswer ? null : Participant.Response);
        Input.Note = Participant.Note;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!await LoadAsync(token))
        {
            return NotFound();
        }
        if (ClosedReason is not null)
        {
            return Page();
        }
        var response = ResponseWords.Parse(Input.Answer);
        if (response is null)
        {
            ModelState.AddModelError(string.Empty, l["Respond.InvalidAnswer"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Participant.Response = response!.Value;
        Participant.RespondedAtUtc = clock.GetUtcNow().UtcDateTime;
        Participant.Note = Input.Note.TrimToNull();
        if (!await db.TrySaveAsync(ModelState, l))
        {
            return Page();
        }
        TempData["Status"] = l["Respond.Saved", l.Enum(Participant.Response)].Value;
        return RedirectToPage(new { token });
    }

    private async Task<bool> LoadAsync(string token)
    {
        var participant = await db.MeetingParticipants
            .Include(p => p.Person)
            .Include(p => p.Meeting).ThenInclude(m => m!.Body)
            .SingleOrDefaultAsync(p => p.ResponseToken == token);
        if (participant is null)
        {
            return false;
        }
        Participant = participant;
        ClosedReason = Meeting.Status == MeetingStatus.Cancelled ? l["Respond.Cancelled"].Value
            : Meeting.Date < OsloTime.Today(clock) ? l["Respond.TooLate", OsloTime.Format(Meeting.Date)].Value
            : null;
        return true;
    }
}

public sealed class RespondInput
{
    /// <summary><c>kommer</c> or <c>forfall</c>: the button pressed.</summary>
    public string? Answer { get; set; }

    [StringLength(300, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Respond.Note")]
    public string? Note { get; set; }
}
