using Helsefellesskap.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Meetings.Attachments;

/// <summary>
/// Lets an upload form's request be a bit larger than the largest file we accept, so that a file just over the
/// limit reaches <see cref="AttachmentUploader"/> and is refused with its message, the rest of the form kept.
/// A request beyond even that gets 413, which the status-code pages show as a Norwegian error page.
/// Runs before the anti-forgery check, which is the first to read the form.
/// </summary>
public sealed class UploadLimitFilter(IOptions<FileStorageOptions> options) : IAsyncAuthorizationFilter
{
    /// <summary>Before <see cref="AutoValidateAntiforgeryTokenAttribute"/> (1000).</summary>
    public const int Order = 900;

    /// <summary>Room for the other fields and the multipart framing.</summary>
    private const long FormOverhead = 64 * 1024;

    /// <summary>The largest request body an upload form may send.</summary>
    private static long RequestLimit(long maxUploadBytes) => maxUploadBytes + maxUploadBytes / 2 + FormOverhead;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return;
        }
        var limit = RequestLimit(options.Value.MaxUploadBytes);
        var features = context.HttpContext.Features;
        if (request.ContentLength > limit)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge);
            return;
        }
        if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }
        features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit }));
        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge);
        }
        catch (InvalidDataException)
        {
            // A broken multipart body, or one past the limit without a declared length (browsers always declare it).
            Refuse(context, StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>
    /// Ends the request with the status, leaving an empty form behind so that the error page, run for the same
    /// request, does not try to read the body again.
    /// </summary>
    private static void Refuse(AuthorizationFilterContext context, int statusCode)
    {
        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Result = new StatusCodeResult(statusCode);
    }
}
