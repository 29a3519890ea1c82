using System.ComponentModel.DataAnnotations;

namespace Helsefellesskap.Web.Infrastructure.Auth;

/// <summary>
/// A personal API key: a partner's own system calls the API as the key's user, with that user's community roles.
/// Platform-level like accounts. Only the SHA-256 of the secret is stored; the secret is shown once, when made.
/// </summary>
public class ApiKey
{
    public int Id { get; set; }

    [MaxLength(450)]
    public required string UserId { get; set; }

    /// <summary>What the owner calls it, e.g. "Kvalitetssystemet".</summary>
    [MaxLength(100)]
    public required string Name { get; set; }

    /// <summary>The first characters of the secret, shown so the owner can tell her keys apart; the lookup index.</summary>
    [MaxLength(ApiKeySecret.PrefixLength)]
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the secret, lower-case hex.</summary>
    [MaxLength(64)]
    public required string Hash { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Updated at most once a minute, without an audit record.</summary>
    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}
