using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Core.Capture;

namespace Vigil.Protocol.Auth;

/// <summary>
/// Turns an <c>Authorization</c> header into <see cref="CapturedAuth"/> facts: the scheme and, for a JWT, its
/// algorithm, type, times and whether an HMAC signature verifies with a well-known weak secret. Pure and defensive:
/// input is attacker-controlled, so sizes are bounded, nothing throws and garbage yields no JWT facts.
/// Used by the SDK's shipper (before masking), by <c>vigil inspect</c> and by tests.
/// </summary>
public static class JwtFacts
{
    /// <summary>Longest token looked at; larger ones get the scheme only.</summary>
    public const int MaxTokenChars = 16 * 1024;

    /// <summary>Longest decoded JOSE header or payload parsed.</summary>
    public const int MaxSegmentBytes = 8 * 1024;

    /// <summary>Weak-secret verdicts remembered, keyed by the token's SHA-256; the cache is cleared when full.</summary>
    public const int MaxCachedVerdicts = 10_000;

    private const int MaxField = ProtocolLimits.MaxAuthFieldChars;

    // Secrets from tutorials, samples and default configs that end up in production.
    private static readonly byte[][] WeakSecrets = [.. new[]
    {
        "secret", "password", "123456", "12345678", "changeme", "changeit", "your-256-bit-secret", "your-secret-key",
        "jwt_secret", "jwt-secret", "jwtsecret", "secretkey", "secret-key", "secret_key", "mysecret", "my-secret", "test",
        "key", "admin", "default", "supersecret", "qwerty", "s3cr3t", "private", "jwt", "token", "letmein", "pass",
        "shhhhh", "keyboard cat", "secret123", "password123",
    }.Select(Encoding.UTF8.GetBytes)];

    private static readonly ConcurrentDictionary<UInt128, bool> Verdicts = new();

    /// <summary>Verdicts currently cached (for tests and diagnostics).</summary>
    public static int CachedVerdicts => Verdicts.Count;

    /// <summary>The well-known weak secrets tried against HMAC-signed tokens.</summary>
    public static int WeakSecretCount => WeakSecrets.Length;

    /// <summary>
    /// Facts about an <c>Authorization</c> header value such as <c>Bearer eyJ…</c>, or a bare JWT. Null when the value
    /// is empty or its scheme is not a short token.
    /// </summary>
    public static CapturedAuth? From(string? authorization)
    {
        try
        {
            return Parse(authorization);
        }
        catch
        {
            return null;
        }
    }

    /// <summary>Facts about a bare JWT, or null when it is not a well-formed JWS compact token.</summary>
    public static CapturedJwt? FromToken(string? token)
    {
        try
        {
            return ParseJwt(token.AsSpan().Trim());
        }
        catch
        {
            return null;
        }
    }

    private static CapturedAuth? Parse(string? authorization)
    {
        var value = authorization.AsSpan().Trim();
        if (value.IsEmpty)
        {
            return null;
        }

        var space = value.IndexOfAny(' ', '\t');
        if (space < 0)
        {
            // A bare token: a JWT counts as Bearer; anything else says nothing useful.
            return ParseJwt(value) is { } bare ? new CapturedAuth { Scheme = "Bearer", Jwt = bare } : null;
        }

        var scheme = value[..space];
        if (scheme.Length > MaxField || !IsToken(scheme))
        {
            return null;
        }

        var auth = new CapturedAuth { Scheme = scheme.ToString() };
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            auth.Jwt = ParseJwt(value[(space + 1)..].Trim());
        }

        return auth;
    }

    private static CapturedJwt? ParseJwt(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || token.Length > MaxTokenChars)
        {
            return null;
        }

        var first = token.IndexOf('.');
        if (first <= 0)
        {
            return null;
        }

        var second = token[(first + 1)..].IndexOf('.');
        if (second <= 0)
        {
            return null;
        }

        second += first + 1;
        var signature = token[(second + 1)..];
        if (signature.Contains('.'))
        {
            return null; // JWE or garbage
        }

        var header = Decode(token[..first]);
        var payload = Decode(token[(first + 1)..second]);
        if (header is null || payload is null)
        {
            return null;
        }

        var jwt = ReadHeader(header);
        if (jwt is null)
        {
            return null;
        }

        if (!ReadPayload(payload, jwt))
        {
            return null;
        }

        if (HashFor(jwt.Alg) is { } hash)
        {
            jwt.WeakSecret = WeakSecretVerdict(token, token[..second], signature, hash);
        }

        return jwt;
    }

    private static CapturedJwt? ReadHeader(byte[] header)
    {
        using var doc = JsonDocument.Parse(header, new JsonDocumentOptions { MaxDepth = 8 });
        if (doc.RootElement.ValueKind != JsonValueKind.Object
            || !doc.RootElement.TryGetProperty("alg", out var alg)
            || alg.ValueKind != JsonValueKind.String
            || Clean(alg.GetString()) is not { } algorithm)
        {
            return null;
        }

        var jwt = new CapturedJwt { Alg = algorithm };
        if (doc.RootElement.TryGetProperty("typ", out var typ) && typ.ValueKind == JsonValueKind.String)
        {
            jwt.Typ = Clean(typ.GetString());
        }

        return jwt;
    }

    private static bool ReadPayload(byte[] payload, CapturedJwt jwt)
    {
        using var doc = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = 16 });
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var root = doc.RootElement;
        var iat = Seconds(root, "iat");
        var exp = Seconds(root, "exp");
        var nbf = Seconds(root, "nbf");
        jwt.IssuedAt = Time(iat);
        jwt.ExpiresAt = Time(exp);
        jwt.NotBefore = Time(nbf);
        jwt.HasExp = jwt.ExpiresAt is not null;
        if (jwt.IssuedAt is not null && jwt.ExpiresAt is not null)
        {
            jwt.LifetimeSeconds = exp!.Value - iat!.Value;
        }

        return true;
    }

    private static long? Seconds(JsonElement root, string claim) =>
        root.TryGetProperty(claim, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)
        && d >= 0 && d <= 253402300799d
            ? (long)Math.Floor(d)
            : null;

    private static DateTimeOffset? Time(long? seconds) => seconds is { } s ? DateTimeOffset.FromUnixTimeSeconds(s) : null;

    private static string? Clean(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxField)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return null;
            }
        }

        return value;
    }

    private static byte[]? Decode(ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty || Base64Url.GetMaxDecodedLength(segment.Length) > MaxSegmentBytes)
        {
            return null;
        }

        var buffer = new byte[Base64Url.GetMaxDecodedLength(segment.Length)];
        return Base64Url.TryDecodeFromChars(segment, buffer, out var written) ? buffer[..written] : null;
    }

    private static HashAlgorithmName? HashFor(string alg) => alg switch
    {
        "HS256" => HashAlgorithmName.SHA256,
        "HS384" => HashAlgorithmName.SHA384,
        "HS512" => HashAlgorithmName.SHA512,
        _ => null,
    };

    private static bool WeakSecretVerdict(ReadOnlySpan<char> token, ReadOnlySpan<char> signingInput, ReadOnlySpan<char> signature, HashAlgorithmName hash)
    {
        Span<byte> digest = stackalloc byte[32];
        var tokenBytes = Encoding.UTF8.GetBytes(token.ToArray());
        SHA256.HashData(tokenBytes, digest);
        var key = new UInt128(BitConverter.ToUInt64(digest[..8]), BitConverter.ToUInt64(digest[8..16]));
        if (Verdicts.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var verdict = VerifiesWithWeakSecret(signingInput, signature, hash);
        if (Verdicts.Count >= MaxCachedVerdicts)
        {
            Verdicts.Clear();
        }

        Verdicts[key] = verdict;
        return verdict;
    }

    private static bool VerifiesWithWeakSecret(ReadOnlySpan<char> signingInput, ReadOnlySpan<char> signature, HashAlgorithmName hash)
    {
        var size = hash == HashAlgorithmName.SHA256 ? 32 : hash == HashAlgorithmName.SHA384 ? 48 : 64;
        Span<byte> expected = stackalloc byte[64];
        if (signature.IsEmpty || Base64Url.GetMaxDecodedLength(signature.Length) > 64
            || !Base64Url.TryDecodeFromChars(signature, expected, out var written) || written != size)
        {
            return false;
        }

        var input = Encoding.ASCII.GetBytes(signingInput.ToArray());
        Span<byte> actual = stackalloc byte[64];
        foreach (var secret in WeakSecrets)
        {
            var n = hash == HashAlgorithmName.SHA256 ? HMACSHA256.HashData(secret, input, actual)
                : hash == HashAlgorithmName.SHA384 ? HMACSHA384.HashData(secret, input, actual)
                : HMACSHA512.HashData(secret, input, actual);
            if (CryptographicOperations.FixedTimeEquals(actual[..n], expected[..written]))
            {
                return true;
            }
        }

        return false;
    }

    // RFC 9110 token characters.
    private static bool IsToken(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c <= ' ' || c >= 127 || "\"(),/:;<=>?@[\\]{}".Contains(c))
            {
                return false;
            }
        }

        return true;
    }
}
