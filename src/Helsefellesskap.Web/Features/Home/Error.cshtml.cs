using Helsefellesskap.Web.Features.Meetings.Attachments;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Home;

/// <summary>The page shown for errors and for 403/404 responses without a body.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l, IOptions<FileStorageOptions> files) : PageModel
{
    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public bool IsNotFound { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        IsNotFound = code == StatusCodes.Status404NotFound;
        var key = code switch
        {
            404 => "NotFound",
            403 => "Forbidden",
            400 => "BadRequest",
            413 => "TooLarge",
            _ => "Unexpected",
        };
        Title = l[$"Error.{key}.Title"];
        // Only uploads are large enough to be refused for size, so the limit to mention is theirs.
        Text = l[$"Error.{key}.Text", AttachmentFormats.Megabytes(files.Value.MaxUploadBytes)];
    }
}
