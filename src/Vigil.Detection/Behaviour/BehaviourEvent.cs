namespace Vigil.Detection.Behaviour;

/// <summary>
/// The facts of one exchange the behavioural detectors need, read once (see <see cref="Events.BehaviourEventReader"/>):
/// no body, no header values, nothing secret; the client's key is a fingerprint and the username a hash.
/// </summary>
public sealed record BehaviourEvent
{
    public required DateTimeOffset Timestamp { get; init; }

    public Guid? EventId { get; init; }

    /// <summary>The best identity: <c>user:ID</c>, else <c>key:FINGERPRINT</c>, else <c>ip:ADDRESS</c>.</summary>
    public required string Client { get; init; }

    public required ClientKind ClientKind { get; init; }

    public required string Ip { get; init; }

    public string? UserAgent { get; init; }

    /// <summary>The autonomous system of <see cref="Ip"/>, when an ASN table is configured and lists it.</summary>
    public uint? Asn { get; init; }

    /// <summary>Endpoint key such as <c>GET /orders/{id}</c>.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The value of the route's last parameter (<c>1002</c> in <c>/orders/1002</c>), when the route has one.</summary>
    public string? ObjectId { get; init; }

    public required int Status { get; init; }

    public double DurationMs { get; init; }

    /// <summary>Whether the request carried credentials (user, Authorization, cookie or API key header).</summary>
    public bool Authenticated { get; init; }

    /// <summary>Whether a request rule found personal data in the response (VG1402).</summary>
    public bool PersonalData { get; init; }

    /// <summary>Records in a 2xx JSON response: the length of its list, else 1; 0 for errors and empty answers.</summary>
    public int Records { get; init; }

    /// <summary>The page, offset or skip the request asked for, when it asked.</summary>
    public long? Page { get; init; }

    /// <summary>Object ids the response showed the client (<c>"id"</c> values, at most 100), or null.</summary>
    public IReadOnlyList<string>? ReceivedIds { get; init; }

    /// <summary>
    /// Owners (<c>customerId</c>, <c>user.id</c>…, see <see cref="BehaviourOptions.OwnerFields"/>) of the objects a signed-in
    /// user received that are not the user, when the user's own id was not among them; null otherwise.
    /// </summary>
    public IReadOnlyList<string>? ForeignOwners { get; init; }

    /// <summary>Whether the response showed the signed-in user's own id as an object's owner: the user owns objects here.</summary>
    public bool OwnObjects { get; init; }

    public AuthAction AuthAction { get; init; }

    /// <summary>A hash of the username an auth request named (never the name itself), when readable.</summary>
    public string? UsernameHash { get; init; }

    public bool IsServerError => Status >= 500;

    public bool IsAuthFailure => Status is 401 or 403;
}
