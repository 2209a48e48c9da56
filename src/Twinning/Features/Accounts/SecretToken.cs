using System.Security.Cryptography;
using System.Text;

namespace Twinning.Features.Accounts;

/// <summary>
/// Secrets handed to a person once (the setup link, a calendar feed address) and checked later. Only
/// their SHA-256 hash is stored: a copy of the database gives nobody a working link. The secrets are
/// long random values, so a plain fast hash (no salt, no stretching) is enough.
/// </summary>
public static class SecretToken
{
    private const int Bytes = 24;

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>Whether the text has the shape <see cref="New"/> gives (lowercase hex of the right length).</summary>
    public static bool IsWellFormed([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? token) => token?.Length == Bytes * 2 && token.All(char.IsAsciiHexDigitLower);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
