using System.Buffers;

namespace Vigil.Detection.Rules.DataExposure.Pii;

/// <summary>
/// Credentials by their published shape: PEM private keys, cloud and SaaS key prefixes, JWTs. Each candidate is
/// found by an ordinal prefix search and confirmed by counting the characters that follow: linear, no regex.
/// </summary>
internal static class SecretScanner
{
    public const string PrivateKey = "private key";
    public const string Jwt = "JWT";

    private static readonly SearchValues<char> Upper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    private static readonly SearchValues<char> Alnum = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    private static readonly SearchValues<char> AlnumUnderscore = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
    private static readonly SearchValues<char> Base64Url = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    // prefix, kind, allowed characters after it, minimum and maximum count (max -1: any), exact length when min == max.
    private static readonly (string Prefix, string Kind, SearchValues<char> Tail, int Min, int Max)[] Tokens =
    [
        ("AKIA", "AWS access key id", Upper, 16, 16),
        ("ASIA", "AWS access key id", Upper, 16, 16),
        ("AIza", "Google API key", Base64Url, 35, 35),
        ("ghp_", "GitHub token", Alnum, 36, 255),
        ("gho_", "GitHub token", Alnum, 36, 255),
        ("ghs_", "GitHub token", Alnum, 36, 255),
        ("ghu_", "GitHub token", Alnum, 36, 255),
        ("github_pat_", "GitHub token", AlnumUnderscore, 22, 255),
        ("sk_live_", "Stripe live key", Alnum, 16, 255),
        ("rk_live_", "Stripe live key", Alnum, 16, 255),
        ("xoxa-", "Slack token", Base64Url, 10, 255),
        ("xoxb-", "Slack token", Base64Url, 10, 255),
        ("xoxp-", "Slack token", Base64Url, 10, 255),
        ("xoxr-", "Slack token", Base64Url, 10, 255),
    ];

    /// <summary>Every prefix a secret can start with, for a single vectorised pre-check over the whole body.</summary>
    public static readonly string[] Prefixes = ["-----BEGIN", "eyJ", .. Tokens.Select(t => t.Prefix)];

    public static void Scan(string text, List<string> kinds)
    {
        if (HasPrivateKey(text))
        {
            kinds.Add(PrivateKey);
        }

        foreach (var (prefix, kind, tail, min, max) in Tokens)
        {
            if (!kinds.Contains(kind) && HasToken(text, prefix, tail, min, max))
            {
                kinds.Add(kind);
            }
        }

        if (HasJwt(text))
        {
            kinds.Add(Jwt);
        }
    }

    private static bool HasPrivateKey(string text)
    {
        var at = -1;
        while ((at = text.IndexOf("-----BEGIN ", at + 1, StringComparison.Ordinal)) >= 0)
        {
            var header = text.AsSpan(at + 11, Math.Min(60, text.Length - at - 11));
            var end = header.IndexOf("-----", StringComparison.Ordinal);
            if (end > 0 && header[..end].EndsWith("PRIVATE KEY", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasToken(string text, string prefix, SearchValues<char> tail, int min, int max)
    {
        var at = -1;
        while ((at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal)) >= 0)
        {
            if (at > 0 && Base64Url.Contains(text[at - 1]))
            {
                continue;
            }

            var rest = text.AsSpan(at + prefix.Length);
            var length = rest.IndexOfAnyExcept(tail);
            length = length < 0 ? rest.Length : length;
            if (length >= min && length <= max && (length == rest.Length || !Base64Url.Contains(rest[length])))
            {
                return true;
            }
        }

        return false;
    }

    // header.payload.signature, both JSON parts base64url of '{"' (eyJ); the signature may be empty (alg none).
    private static bool HasJwt(string text)
    {
        var at = -1;
        while ((at = text.IndexOf("eyJ", at + 1, StringComparison.Ordinal)) >= 0)
        {
            if (at > 0 && Base64Url.Contains(text[at - 1]))
            {
                continue;
            }

            var rest = text.AsSpan(at);
            var header = Segment(rest);
            if (header < 10 || header >= rest.Length || rest[header] != '.')
            {
                continue;
            }

            rest = rest[(header + 1)..];
            var payload = Segment(rest);
            if (payload >= 10 && rest.StartsWith("eyJ") && payload < rest.Length && rest[payload] == '.')
            {
                return true;
            }
        }

        return false;
    }

    private static int Segment(ReadOnlySpan<char> s)
    {
        var n = s.IndexOfAnyExcept(Base64Url);
        return n < 0 ? s.Length : n;
    }
}
