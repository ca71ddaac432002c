using Vigil.Core.Findings;
using Vigil.Detection.Behaviour;

namespace Vigil.Detection.Tests.Behaviour;

/// <summary>
/// A stream of behavioural events on a manual timeline (the events' own time is the detectors' clock), fed to one
/// detector or the whole engine, collecting every finding.
/// </summary>
internal sealed class Stream
{
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private readonly BehaviourEngine _engine;

    public Stream(IBehaviourDetector? only = null, BehaviourOptions? options = null)
    {
        var opts = options ?? new BehaviourOptions();
        _engine = only is null ? new BehaviourEngine(opts) : new BehaviourEngine(opts, [only]);
    }

    public DateTimeOffset Now { get; private set; } = Start;

    public List<Finding> Findings { get; } = [];

    public void Advance(TimeSpan by) => Now += by;

    public static BehaviourEvent Event(
        string endpoint = "GET /menu", string client = "ip:198.51.100.7", int status = 200, string? objectId = null, int records = 1,
        bool authenticated = false, bool personal = false, long? page = null, AuthAction action = AuthAction.None, string? username = null,
        string? ip = null, string? agent = "Mozilla/5.0", double ms = 20) => new()
    {
        Timestamp = Start,
        Client = client,
        ClientKind = client.StartsWith("user:", StringComparison.Ordinal) ? ClientKind.User : client.StartsWith("key:", StringComparison.Ordinal) ? ClientKind.Key : ClientKind.Ip,
        Ip = ip ?? (client.StartsWith("ip:", StringComparison.Ordinal) ? client[3..] : "198.51.100.7"),
        UserAgent = agent,
        Endpoint = endpoint,
        ObjectId = objectId,
        Status = status,
        DurationMs = ms,
        Authenticated = authenticated || !client.StartsWith("ip:", StringComparison.Ordinal),
        PersonalData = personal,
        Records = status is >= 200 and < 300 ? records : 0,
        Page = page,
        AuthAction = action,
        UsernameHash = username,
    };

    /// <summary>Feeds <paramref name="e"/> at the current time, then moves the clock on by <paramref name="gap"/>.</summary>
    public IReadOnlyList<Finding> Send(BehaviourEvent e, TimeSpan gap = default)
    {
        var found = _engine.Observe(e with { Timestamp = Now });
        Findings.AddRange(found);
        Now += gap;
        return found;
    }

    /// <summary>Feeds <paramref name="count"/> events spread evenly over <paramref name="over"/>.</summary>
    public void Repeat(int count, TimeSpan over, Func<int, BehaviourEvent> make)
    {
        var gap = count == 0 ? TimeSpan.Zero : over / count;
        for (var i = 0; i < count; i++)
        {
            Send(make(i), gap);
        }
    }

    public IReadOnlyList<Finding> Of(string ruleId) => [.. Findings.Where(f => f.RuleId == ruleId)];
}
