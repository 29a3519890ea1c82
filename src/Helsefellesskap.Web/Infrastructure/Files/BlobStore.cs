using Microsoft.Extensions.Options;

namespace Helsefellesskap.Web.Infrastructure.Files;

/// <summary>Where files (attachments, generated documents) live. Keys are opaque; contents are never executed.</summary>
public interface IBlobStore
{
    /// <summary>Stores the content and returns its new key.</summary>
    Task<string> PutAsync(int communityId, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The content, or null if the key is unknown.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}

public sealed class FileStorageOptions
{
    public const string Section = "Files";

    /// <summary>Folder of the local blob store; relative paths are under the content root.</summary>
    public string Root { get; set; } = "data/files";

    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 25 * 1024 * 1024;
}

/// <summary>A blob store in a local folder, one sub-folder per community. Several instances may share it over a network mount.</summary>
public sealed class LocalFolderBlobStore : IBlobStore
{
    private readonly string root;

    public LocalFolderBlobStore(IOptions<FileStorageOptions> options, IHostEnvironment environment)
    {
        root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Root));
        Directory.CreateDirectory(root);
    }

    public async Task<string> PutAsync(int communityId, Stream content, CancellationToken cancellationToken = default)
    {
        var key = $"{communityId}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".part";
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
        }
        File.Move(temporary, path);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <summary>Keys are generated here, but are checked anyway so that no key can reach outside the root.</summary>
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(root, key));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Invalid blob key.", nameof(key));
        }
        return path;
    }
}

public static class FileStorageServiceCollectionExtensions
{
    public static IServiceCollection AddHelsefellesskapFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FileStorageOptions>(configuration.GetSection(FileStorageOptions.Section));
        services.AddSingleton<IBlobStore, LocalFolderBlobStore>();
        return services;
    }
}
