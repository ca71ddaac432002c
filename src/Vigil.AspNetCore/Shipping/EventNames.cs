using System.Text.Json;

namespace Vigil.AspNetCore.Shipping;

/// <summary>The protocol's property names, encoded once (docs/protocol.md).</summary>
internal static class EventNames
{
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
    public static readonly JsonEncodedText DurationMs = JsonEncodedText.Encode("durationMs");
    public static readonly JsonEncodedText Request = JsonEncodedText.Encode("request");
    public static readonly JsonEncodedText Response = JsonEncodedText.Encode("response");
    public static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
    public static readonly JsonEncodedText Server = JsonEncodedText.Encode("server");
    public static readonly JsonEncodedText Method = JsonEncodedText.Encode("method");
    public static readonly JsonEncodedText Scheme = JsonEncodedText.Encode("scheme");
    public static readonly JsonEncodedText Host = JsonEncodedText.Encode("host");
    public static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
    public static readonly JsonEncodedText Query = JsonEncodedText.Encode("query");
    public static readonly JsonEncodedText Route = JsonEncodedText.Encode("route");
    public static readonly JsonEncodedText Protocol = JsonEncodedText.Encode("protocol");
    public static readonly JsonEncodedText ClientIp = JsonEncodedText.Encode("clientIp");
    public static readonly JsonEncodedText Headers = JsonEncodedText.Encode("headers");
    public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
    public static readonly JsonEncodedText BodyTruncated = JsonEncodedText.Encode("bodyTruncated");
    public static readonly JsonEncodedText Size = JsonEncodedText.Encode("size");
    public static readonly JsonEncodedText User = JsonEncodedText.Encode("user");
    public static readonly JsonEncodedText Auth = JsonEncodedText.Encode("auth");
    public static readonly JsonEncodedText AuthScheme = JsonEncodedText.Encode("authScheme");
    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Framework = JsonEncodedText.Encode("framework");
    public static readonly JsonEncodedText Sdk = JsonEncodedText.Encode("sdk");
    public static readonly JsonEncodedText Jwt = JsonEncodedText.Encode("jwt");
    public static readonly JsonEncodedText Alg = JsonEncodedText.Encode("alg");
    public static readonly JsonEncodedText Typ = JsonEncodedText.Encode("typ");
    public static readonly JsonEncodedText IssuedAt = JsonEncodedText.Encode("issuedAt");
    public static readonly JsonEncodedText ExpiresAt = JsonEncodedText.Encode("expiresAt");
    public static readonly JsonEncodedText NotBefore = JsonEncodedText.Encode("notBefore");
    public static readonly JsonEncodedText LifetimeSeconds = JsonEncodedText.Encode("lifetimeSeconds");
    public static readonly JsonEncodedText HasExp = JsonEncodedText.Encode("hasExp");
    public static readonly JsonEncodedText WeakSecret = JsonEncodedText.Encode("weakSecret");
    public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
}
