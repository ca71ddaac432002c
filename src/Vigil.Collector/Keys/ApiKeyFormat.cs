using System.Security.Cryptography;
using System.Text;
using Vigil.Storage;

namespace Vigil.Collector.Keys;

/// <summary>
/// Keys look like <c>vgl_i_3kTq…</c> (ingest) or <c>vgl_r_…</c> (read): the scope is visible at a glance and
/// secret scanners can match the prefix. 32 base62 characters carry ~190 bits, so a plain SHA-256 is a
/// sufficient stored form (no slow hash is needed against guessing at that entropy).
/// </summary>
public static class ApiKeyFormat
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const int RandomChars = 32;
    private const int DisplayPrefixChars = 12;

    public static string Generate(KeyScope scope)
    {
        var prefix = scope == KeyScope.Ingest ? "vgl_i_" : "vgl_r_";
        return prefix + RandomNumberGenerator.GetString(Alphabet, RandomChars);
    }

    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The first characters of a key: enough to recognise and revoke it, useless to an attacker.</summary>
    public static string DisplayPrefix(string key) => key.Length <= DisplayPrefixChars ? key : key[..DisplayPrefixChars];

    /// <summary>Cheap shape check so garbage never reaches the database.</summary>
    public static bool LooksValid(string? key) =>
        key is { Length: 6 + RandomChars } && (key.StartsWith("vgl_i_", StringComparison.Ordinal) || key.StartsWith("vgl_r_", StringComparison.Ordinal));
}
