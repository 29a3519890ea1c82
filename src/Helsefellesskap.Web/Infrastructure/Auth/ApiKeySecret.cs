using System.Security.Cryptography;
using System.Text;

namespace Helsefellesskap.Web.Infrastructure.Auth;

/// <summary>The secret of an <see cref="ApiKey"/>: <c>hf_</c> and 43 URL-safe characters (256 random bits).</summary>
public static class ApiKeySecret
{
    public const string TokenPrefix = "hf_";
    public const int PrefixLength = 8;

    /// <summary>A new secret as the caller sends it (<c>hf_…</c>), with its prefix and hash for storage.</summary>
    public static (string Token, string Prefix, string Hash) Create()
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (TokenPrefix + secret, secret[..PrefixLength], HashOf(secret));
    }

    /// <summary>The secret part of a token, or null if it is not shaped like one of ours.</summary>
    public static string? SecretOf(string token) =>
        token.StartsWith(TokenPrefix, StringComparison.Ordinal) && token.Length > TokenPrefix.Length + PrefixLength
            ? token[TokenPrefix.Length..]
            : null;

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares two hashes in time independent of where they differ.</summary>
    public static bool Matches(string hash, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(expected));
}
