namespace Vigil.Storage;

/// <summary>A project owns its keys and its data; a key sees only its own project's data.</summary>
public sealed record Project(Guid Id, string Name, DateTimeOffset CreatedAt);

public enum KeyScope
{
    /// <summary>May send events to <c>POST /v1/ingest</c>.</summary>
    Ingest,

    /// <summary>May read events, endpoints and findings.</summary>
    Read,
}

/// <summary>An API key as stored: only its hash and a short display prefix, never the key itself.</summary>
public sealed record ApiKeyRecord(
    Guid Id,
    Guid ProjectId,
    string? Name,
    KeyScope Scope,
    string Hash,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt);

/// <summary>A dashboard user; the password is stored as an ASP.NET Core Identity password hash.</summary>
public sealed record UserRecord(Guid Id, string Username, string PasswordHash, DateTimeOffset CreatedAt);
