using Vigil.Core.Capture;
using Vigil.Core.Findings;

namespace Vigil.Detection.Behaviour.Events;

/// <summary>Reads the behavioural facts of one exchange, once, for every detector.</summary>
public static class BehaviourEventReader
{
    /// <summary>The request rule that finds personal data in responses; its findings mark a response as personal.</summary>
    public const string PersonalDataRuleId = "VG1402";

    /// <param name="endpoint">Endpoint key such as <c>GET /orders/{id}</c>.</param>
    /// <param name="findings">The request rules' findings on this exchange.</param>
    /// <param name="keyFingerprint">The credential's fingerprint when taken before masking (see <see cref="ClientIdentity.KeyFingerprint"/>).</param>
    public static BehaviourEvent Read(CapturedExchange exchange, string endpoint, IReadOnlyList<Finding> findings, BehaviourOptions options, string? keyFingerprint = null)
    {
        var request = exchange.Request;
        var response = exchange.Response;
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        var template = space < 0 ? endpoint : endpoint[(space + 1)..];
        var (client, kind) = ClientIdentity.Of(request, keyFingerprint, options.FingerprintSecret);
        var action = RouteFacts.Action(request.Method, template, options.LoginRoutes);
        var success = response.Status is >= 200 and < 300;
        var owners = success && kind == ClientKind.User ? OwnerFacts.Read(response.Body, request.User!.Id!, options) : default;
        var personal = false;
        foreach (var finding in findings)
        {
            personal |= finding.RuleId == PersonalDataRuleId;
        }

        return new BehaviourEvent
        {
            Timestamp = exchange.Timestamp,
            EventId = exchange.Id,
            Client = client,
            ClientKind = kind,
            Ip = request.ClientIp ?? "unknown",
            Asn = options.Asn.Find(request.ClientIp),
            UserAgent = request.Headers.First("User-Agent") is { } agent ? (agent.Length <= 200 ? agent : agent[..200]) : null,
            Endpoint = endpoint,
            ObjectId = RouteFacts.ObjectId(request.Path, template),
            Status = response.Status,
            DurationMs = exchange.DurationMs,
            Authenticated = request.User?.Id is not null || kind != ClientKind.Ip
                || request.Headers.ContainsKey("Authorization") || request.Headers.ContainsKey("Cookie") || HasKeyHeader(request),
            PersonalData = personal,
            Records = success ? BodyFacts.Records(response.Body) : 0,
            ReceivedIds = success ? BodyFacts.Ids(response.Body) : null,
            ForeignOwners = owners.Foreign,
            OwnObjects = owners.Own,
            Page = RouteFacts.Page(request.Query),
            AuthAction = action,
            UsernameHash = action == AuthAction.None || BodyFacts.Username(request.Body) is not { } username ? null : ClientIdentity.Fingerprint(username.ToLowerInvariant(), options.FingerprintSecret),
        };
    }

    private static bool HasKeyHeader(CapturedRequest request) =>
        request.Headers.ContainsKey("X-Api-Key") || request.Headers.ContainsKey("Api-Key") || request.Headers.ContainsKey("X-Auth-Token");
}
