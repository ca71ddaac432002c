using System.Security.Cryptography;
using System.Text;
using Vigil.Core.Capture;

namespace Vigil.Detection.Behaviour.Events;

/// <summary>
/// Who a request came from, best identity first: the authenticated user, else the API key or bearer token (as a
/// fingerprint — never the value), else the address. The fingerprint is an HMAC under a per-installation secret
/// (<see cref="BehaviourOptions.FingerprintSecret"/>): it is shown in alert subjects and sent to Slack, webhooks and
/// e-mail, and a bare hash of a key or of base64(user:password) could be dictionary-cracked by any reader. A masked credential (<c>****</c>) has no fingerprint, so an
/// event the sender already masked falls back to the address unless the collector fingerprinted the key first.
/// </summary>
public static class ClientIdentity
{
    private static readonly string[] KeyHeaders = ["X-Api-Key", "Api-Key", "X-Auth-Token", "X-Access-Token", "Ocp-Apim-Subscription-Key"];

    /// <summary>A short HMAC-SHA256 fingerprint of the request's credential, or null when there is none or it is masked.</summary>
    public static string? KeyFingerprint(CapturedRequest request, ReadOnlySpan<byte> secret)
    {
        var value = Credential(request);
        if (value is null || value.Length < 8 || value.Contains("****", StringComparison.Ordinal))
        {
            return null;
        }

        return Fingerprint(value, secret);
    }

    /// <summary>A short HMAC-SHA256 of <paramref name="value"/>: stable for one installation, useless to a dictionary elsewhere.</summary>
    public static string Fingerprint(string value, ReadOnlySpan<byte> secret)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(value), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>
    /// The subject of a signed-in user: the id as the application gave it, unless that id is an e-mail address or a
    /// phone number (many apps use the login name) — subjects are sent to Slack, webhooks and e-mail, so those are
    /// fingerprinted: <c>user:~3f9a…</c>.
    /// </summary>
    public static string UserSubject(string userId, ReadOnlySpan<byte> secret) =>
        "user:" + (IsPersonal(userId) ? "~" + Fingerprint(userId.ToLowerInvariant(), secret) : Bound(userId));

    private static bool IsPersonal(string id)
    {
        if (id.Contains('@', StringComparison.Ordinal))
        {
            return true;
        }

        var digits = 0;
        foreach (var c in id)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('+' or '-' or ' ' or '(' or ')' or '.'))
            {
                return false;
            }
        }

        return id.StartsWith('+') && digits is >= 7 and <= 15;
    }

    public static (string Client, ClientKind Kind) Of(CapturedRequest request, string? keyFingerprint, ReadOnlySpan<byte> secret)
    {
        if (request.User?.Id is { Length: > 0 } user)
        {
            return (UserSubject(user, secret), ClientKind.User);
        }

        if ((keyFingerprint ?? KeyFingerprint(request, secret)) is { } key)
        {
            return ("key:" + key, ClientKind.Key);
        }

        return ("ip:" + Bound(request.ClientIp ?? "unknown"), ClientKind.Ip);
    }

    private static string? Credential(CapturedRequest request)
    {
        foreach (var name in KeyHeaders)
        {
            if (request.Headers.First(name) is { Length: > 0 } key)
            {
                return key.Trim();
            }
        }

        var auth = request.Headers.First("Authorization")?.Trim();
        if (string.IsNullOrEmpty(auth))
        {
            return null;
        }

        // Basic carries a password; its user half is the identity an attacker rotates, so the whole value counts.
        var space = auth.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? auth : auth[(space + 1)..].Trim();
    }

    private static string Bound(string value) => value.Length <= 128 ? value : value[..128];
}
