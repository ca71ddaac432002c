namespace Vigil.Detection.Behaviour;

/// <summary>
/// Windows and thresholds of the behavioural detectors, and the caps that bound their memory whatever the number of
/// clients: every per-client or per-endpoint table evicts its least recently seen entry when full.
/// </summary>
public sealed record BehaviourOptions
{
    /// <summary>
    /// The HMAC key of credential fingerprints (<c>key:…</c> subjects). The collector keeps one per installation so
    /// fingerprints survive restarts; by default a random one per run (offline <c>vigil inspect</c>).
    /// </summary>
    public byte[] FingerprintSecret { get; init; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    /// <summary>Most clients (user, key or IP) any one detector remembers.</summary>
    public int MaxClients { get; init; } = 20_000;

    /// <summary>Most endpoints (or client × route pairs) any one detector remembers.</summary>
    public int MaxEndpoints { get; init; } = 20_000;

    /// <summary>Routes treated as login/token endpoints besides the built-in words (login, signin, token, auth, session).</summary>
    public IReadOnlyList<string> LoginRoutes { get; init; } = [];

    public TimeSpan EnumerationWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Distinct object ids on one route by one client within the window.</summary>
    public int EnumerationDistinctIds { get; init; } = 40;

    /// <summary>Consecutive requests whose ids step by 1–3 in the same direction.</summary>
    public int EnumerationSequentialRun { get; init; } = 15;

    /// <summary>Properties whose value names an object's owner (compared with the signed-in user's id; case-insensitive).</summary>
    public IReadOnlyList<string> OwnerFields { get; init; } =
        ["userId", "user_id", "customerId", "customer_id", "ownerId", "owner_id", "accountId", "account_id"];

    /// <summary>Objects whose <c>"id"</c> names an owner: <c>"user": {"id": 42}</c>.</summary>
    public IReadOnlyList<string> OwnerObjects { get; init; } = ["user", "owner", "customer", "account"];

    /// <summary>Other users' objects one user receives on one endpoint within <see cref="EnumerationWindow"/> (distinct owners).</summary>
    public int CrossUserOwners { get; init; } = 3;

    /// <summary>User ids allowed to see everyone's objects (support, staff), as in <c>CapturedUser.Id</c>; the protocol carries no roles.</summary>
    public IReadOnlyList<string> StaffUsers { get; init; } = [];

    /// <summary>Route words that mark staff endpoints, where serving other users' objects is the point.</summary>
    public IReadOnlyList<string> StaffRoutes { get; init; } = ["admin", "staff", "backoffice", "internal"];

    public TimeSpan LoginWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed logins from one source within the window.</summary>
    public int FailedLoginsPerSource { get; init; } = 20;

    /// <summary>Distinct usernames one source failed on within the window.</summary>
    public int UsernamesPerSource { get; init; } = 10;

    /// <summary>Failed logins on one username from any source within the window.</summary>
    public int FailedLoginsPerUsername { get; init; } = 15;

    /// <summary>Password-reset or OTP requests from one source within the window.</summary>
    public int ResetOrOtpPerSource { get; init; } = 15;

    public TimeSpan ScrapingWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Records below this are never scraping, whatever the baselines say.</summary>
    public int ScrapingMinRecords { get; init; } = 400;

    /// <summary>How many times its own baseline and its peers' median a client must read.</summary>
    public double ScrapingFactor { get; init; } = 10;

    /// <summary>Distinct pages (or offsets) of one route one client walks within the window.</summary>
    public int DeepPaginationPages { get; init; } = 20;

    public TimeSpan KeyMisuseWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Distinct addresses one user or key is used from within the window.</summary>
    public int KeyMisuseAddresses { get; init; } = 8;

    /// <summary>Distinct user agents one user or key is used with within the window.</summary>
    public int KeyMisuseUserAgents { get; init; } = 8;

    /// <summary>Distinct autonomous systems (with <see cref="Asn"/>) one user or key is used from within the window.</summary>
    public int KeyMisuseAsns { get; init; } = 4;

    /// <summary>Offline address → AS number table (<c>--asn-db</c>); empty: networks are not judged.</summary>
    public Reputation.AsnDatabase Asn { get; init; } = Reputation.AsnDatabase.Empty;

    /// <summary>How long a key or user must have been seen before a new network is news (see VG2011).</summary>
    public TimeSpan StableHistory { get; init; } = TimeSpan.FromHours(4);

    /// <summary>Requests within <see cref="StableHistory"/> a history needs to count as stable.</summary>
    public int StableMinRequests { get; init; } = 20;

    /// <summary>Most networks (ASNs) a stable history was seen from; a credential that roams more is never "stable".</summary>
    public int StableMaxAsns { get; init; } = 2;

    /// <summary>A network not seen for this long is forgotten from a credential's history.</summary>
    public TimeSpan NetworkMemory { get; init; } = TimeSpan.FromDays(7);

    /// <summary>History an endpoint or client needs before its rate can spike.</summary>
    public TimeSpan SpikeMinHistory { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Requests per minute below which nothing is a spike (scaled to the bucket: 20 per 10 s).</summary>
    public int SpikeMinPerMinute { get; init; } = 120;

    /// <summary>Robust z-score (median and MAD of the trailing hour) a bucket must exceed.</summary>
    public double SpikeRobustZ { get; init; } = 8;

    /// <summary>A spike is also at least this many times the trailing median and the seasonal (hour-of-day) mean.</summary>
    public double SpikeFactor { get; init; } = 4;

    /// <summary>5xx responses in a minute on one endpoint below which nothing is an error spike.</summary>
    public int ErrorSpikeMinPerMinute { get; init; } = 10;

    /// <summary>Share of 5xx in a minute on one endpoint at or above which the minute is an error spike.</summary>
    public double ErrorSpikeShare { get; init; } = 0.5;

    /// <summary>Requests in a minute an endpoint needs for its median latency to count.</summary>
    public int LatencyMinSamples { get; init; } = 20;

    /// <summary>A minute's median latency this many times the baseline median, and at least <see cref="LatencyMinMs"/>, is a regression.</summary>
    public double LatencyFactor { get; init; } = 4;

    public double LatencyMinMs { get; init; } = 250;

    /// <summary>
    /// How far back the collector replays stored events through the detectors when it starts, so windows and
    /// baselines survive a restart: covers the spike detectors' trailing hour and VG2011's stable history (bounded by
    /// <see cref="MaxWarmupEvents"/> on busy installations).
    /// </summary>
    public TimeSpan WarmupHorizon { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Most stored events replayed at start-up, over all projects (bounds its time and the ids it remembers).</summary>
    public int MaxWarmupEvents { get; init; } = 50_000;

    /// <summary>After a detector fires for one subject it stays quiet for this long (the alert groups the rest).</summary>
    public TimeSpan Rearm { get; init; } = TimeSpan.FromMinutes(15);
}
