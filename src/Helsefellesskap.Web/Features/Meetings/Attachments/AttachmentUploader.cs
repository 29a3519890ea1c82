using System.Security.Cryptography;
using Helsefellesskap.Web.Infrastructure.Data;
using Helsefellesskap.Web.Infrastructure.Files;
using Helsefellesskap.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Features.Meetings.Attachments;

/// <summary>The stored attachment, or the Norwegian reason the file was refused.</summary>
public sealed record AttachmentUploadResult(Attachment? Attachment, string? Error)
{
    public bool Succeeded => Attachment is not null;
}

/// <summary>
/// Checks an uploaded file (size, kind by content, name matching content), stores it in the blob store with its
/// SHA-256 and the text read from it, and adds it last among the agenda item's attachments.
/// </summary>
public sealed class AttachmentUploader(
    AppDbContext db,
    IBlobStore blobs,
    IOptions<FileStorageOptions> options,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<AttachmentUploader> logger)
{
    public const int MaxTitleLength = 300;

    private long MaxBytes => options.Value.MaxUploadBytes;

    public async Task<AttachmentUploadResult> UploadAsync(AgendaItem item, string? title, IFormFile file, CancellationToken cancellationToken = default)
    {
        // Known before reading: refuse without copying what may be many megabytes.
        if (file.Length > MaxBytes)
        {
            return Refuse("Attachments.TooLarge", AttachmentFileName.Clean(file.FileName), AttachmentFormats.Megabytes(MaxBytes));
        }
        await using var content = file.OpenReadStream();
        return await UploadAsync(item, title, content, file.FileName, cancellationToken);
    }

    /// <summary>The title is shown in lists and notices; when empty, the file name without its extension is used.</summary>
    public async Task<AttachmentUploadResult> UploadAsync(AgendaItem item, string? title, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var name = AttachmentFileName.Clean(fileName);
        title = string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(name) : title.Trim();
        if (title.Length == 0)
        {
            title = name;
        }
        if (title.Length > MaxTitleLength)
        {
            throw new ArgumentException($"The title is longer than {MaxTitleLength} characters.", nameof(title));
        }

        await using var buffer = TemporaryFile();
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var size = await CopyAtMostAsync(content, buffer, sha256, MaxBytes + 1, cancellationToken);
        if (size == 0)
        {
            return Refuse("Attachments.Empty", name);
        }
        if (size > MaxBytes)
        {
            return Refuse("Attachments.TooLarge", name, AttachmentFormats.Megabytes(MaxBytes));
        }

        var detection = FileTypeDetector.Detect(buffer);
        if (Refusal(name, detection) is { } refusal)
        {
            return new(null, refusal);
        }
        var kind = detection.Kind!.Value;
        var extracted = TryExtract(kind, buffer, name);

        buffer.Position = 0;
        var key = await blobs.PutAsync(item.CommunityId, buffer, cancellationToken);
        var lastPosition = await db.Attachments.Where(a => a.AgendaItemId == item.Id).MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0;
        var attachment = new Attachment
        {
            AgendaItemId = item.Id,
            CommunityId = item.CommunityId,
            Title = title,
            FileName = name,
            Kind = kind,
            SizeBytes = size,
            Sha256 = Convert.ToHexStringLower(sha256.GetHashAndReset()),
            BlobKey = key,
            ExtractedText = extracted.Text,
            PageCount = extracted.PageCount,
            SortOrder = lastPosition + 1,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Attachments.Add(attachment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception)
        {
            db.Attachments.Remove(attachment);
            await blobs.DeleteAsync(key, CancellationToken.None);
            throw;
        }
        return new(attachment, null);
    }

    /// <summary>Why the content may not be stored under this name, or null if it may.</summary>
    private string? Refusal(string name, FileTypeDetection detection)
    {
        var claimed = AttachmentFormats.KindFromFileName(name);
        if (detection.HasMacros)
        {
            return l["Attachments.Macros", name];
        }
        if (detection.Kind is not { } actual)
        {
            return claimed is { } expected
                ? l["Attachments.ContentNotAllowed", name, l.TypeName(expected)]
                : l["Attachments.NotAllowed", name];
        }
        if (claimed is null)
        {
            return l["Attachments.WrongExtension", name, l.TypeName(actual), AttachmentFormats.Extension(actual)];
        }
        return claimed == actual ? null : l["Attachments.ContentOtherKind", name, l.TypeName(claimed.Value), l.TypeName(actual)].Value;
    }

    /// <summary>Text for search is a bonus: a file it cannot be read from is still a valid attachment.</summary>
    private ExtractedContent TryExtract(AttachmentKind kind, Stream content, string name)
    {
        try
        {
            return AttachmentText.Extract(kind, content);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not read text from attachment {FileName} ({Kind}).", name, kind);
            return ExtractedContent.None;
        }
    }

    private AttachmentUploadResult Refuse(string key, params object[] arguments) => new(null, l[key, arguments]);

    private static FileStream TemporaryFile() =>
        new(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    /// <summary>Copies and hashes up to <paramref name="limit"/> bytes; returns how many were copied.</summary>
    private static async Task<long> CopyAtMostAsync(Stream source, Stream target, IncrementalHash hash, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long total = 0;
        while (total < limit)
        {
            var read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - total)), cancellationToken);
            if (read == 0)
            {
                break;
            }
            hash.AppendData(chunk, 0, read);
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            total += read;
        }
        return total;
    }
}
