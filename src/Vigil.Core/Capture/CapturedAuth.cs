namespace Vigil.Core.Capture;

/// <summary>
/// Facts about the request's <c>Authorization</c> header, extracted in-process before the header is masked, so the
/// collector's rules can judge a credential they never see. Wire name <c>auth</c> on the request, optional:
/// <code>
/// "auth": { "scheme": "Bearer",
///           "jwt": { "alg": "HS256", "typ": "JWT", "issuedAt": "2026-11-21T12:00:00+00:00",
///                    "expiresAt": "...", "notBefore": "...", "lifetimeSeconds": 3600,
///                    "hasExp": true, "weakSecret": false } }
/// </code>
/// Never the token, its signature or any claim value other than the algorithm, the type and the three times.
/// </summary>
public sealed class CapturedAuth
{
    /// <summary>Scheme word of the header (<c>Bearer</c>, <c>Basic</c>, <c>ApiKey</c>…), at most 32 characters.</summary>
    public string Scheme { get; set; } = null!;

    /// <summary>Present when the credential is a JWT in JWS compact form (a bare JWT counts as <c>Bearer</c>).</summary>
    public CapturedJwt? Jwt { get; set; }
}

/// <summary>What a JWT's header and time claims say; signature verdict only for HMAC algorithms.</summary>
public sealed class CapturedJwt
{
    /// <summary>The header's <c>alg</c> as sent (e.g. <c>HS256</c>, <c>RS256</c>, <c>none</c>), at most 32 characters.</summary>
    public string Alg { get; set; } = null!;

    /// <summary>The header's <c>typ</c>, at most 32 characters, when present.</summary>
    public string? Typ { get; set; }

    /// <summary>The <c>iat</c> claim, when present and a valid time.</summary>
    public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>The <c>exp</c> claim, when present and a valid time.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The <c>nbf</c> claim, when present and a valid time.</summary>
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary><c>exp - iat</c> in seconds, when both are present.</summary>
    public long? LifetimeSeconds { get; set; }

    /// <summary>Whether the token carries a usable <c>exp</c> claim.</summary>
    public bool HasExp { get; set; }

    /// <summary>
    /// For HS256/HS384/HS512: true when the signature verifies with a well-known weak secret, false when it does not;
    /// null for other algorithms.
    /// </summary>
    public bool? WeakSecret { get; set; }
}
