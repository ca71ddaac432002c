using Vigil.Core.Capture;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;

namespace Vigil.Storage.Sqlite.Tests;

/// <summary>The replay that warms the behavioural detectors after a restart: bounded by time and count, oldest first.</summary>
public sealed class SqliteEventReplayTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-tests", Guid.NewGuid().ToString("N"));
    private SqliteVigilStore _store = null!;
    private Project _project = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteVigilStore(Path.Combine(_folder, "vigil.db"));
        await _store.InitializeAsync();
        _project = await _store.Projects.GetOrCreateProjectAsync("shop");
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Replays_only_the_horizon_before_the_newest_event_oldest_first_with_client_keys()
    {
        // Two hours of one event a minute, appended newest first: the replay must still come out in event time.
        await AppendAsync(Enumerable.Range(0, 120).Reverse().Select(i => T0.AddMinutes(i)));

        var replayed = await ReplayAsync(TimeSpan.FromMinutes(30), 10_000);

        Assert.Equal(31, replayed.Count);
        Assert.Equal(T0.AddMinutes(89), replayed[0].Exchange.Timestamp);
        Assert.Equal(T0.AddMinutes(119), replayed[^1].Exchange.Timestamp);
        Assert.Equal(replayed.OrderBy(e => e.Exchange.Timestamp).Select(e => e.Id), replayed.Select(e => e.Id));
        Assert.All(replayed, e => Assert.Equal("fp-" + e.Exchange.Request.Path, e.ClientKey));
    }

    [Fact]
    public async Task Replays_at_most_the_newest_max_events_across_pages()
    {
        // Equal timestamps on purpose: paging must order and resume on (ts, seq), not on ts alone.
        await AppendAsync(Enumerable.Range(0, 1_300).Select(i => T0.AddSeconds(i / 3)));

        var replayed = await ReplayAsync(TimeSpan.FromHours(1), 1_100);

        Assert.Equal(1_100, replayed.Count);
        Assert.Equal(1_100, replayed.Select(e => e.Id).Distinct().Count());
        Assert.Equal("/e/1299", replayed[^1].Exchange.Request.Path);
        Assert.Equal("/e/200", replayed[0].Exchange.Request.Path);
    }

    [Fact]
    public async Task Another_project_and_an_empty_store_replay_nothing()
    {
        var other = await _store.Projects.GetOrCreateProjectAsync("other");
        Assert.Empty(await ReplayAsync(TimeSpan.FromHours(1), 100));

        await AppendAsync([T0]);

        await foreach (var e in _store.Events.ReplayRecentAsync(other.Id, TimeSpan.FromHours(1), 100))
        {
            Assert.Fail($"replayed {e.Id} of another project");
        }
    }

    [Fact]
    public async Task Events_stored_while_the_replay_runs_are_left_to_the_live_queue()
    {
        await AppendAsync(Enumerable.Range(0, 1_200).Select(i => T0.AddSeconds(i)));

        var replayed = new List<StoredEvent>();
        await foreach (var e in _store.Events.ReplayRecentAsync(_project.Id, TimeSpan.FromHours(1), 10_000))
        {
            if (replayed.Count == 0)
            {
                // Newer than everything stored, appended once the first page is read: later pages must not reach it.
                await AppendAsync([T0.AddHours(1), T0.AddHours(1)]);
            }

            replayed.Add(e);
        }

        Assert.Equal(1_200, replayed.Count);
        Assert.Equal(T0.AddSeconds(1_199), replayed[^1].Exchange.Timestamp);
    }

    private async Task<List<StoredEvent>> ReplayAsync(TimeSpan horizon, int max)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in _store.Events.ReplayRecentAsync(_project.Id, horizon, max))
        {
            events.Add(e);
        }

        return events;
    }

    private async Task AppendAsync(IEnumerable<DateTimeOffset> times)
    {
        var writes = times.Select((at, i) =>
        {
            var path = "/e/" + i;
            var exchange = new CapturedExchange
            {
                Id = Guid.NewGuid(),
                Timestamp = at,
                DurationMs = 5,
                Request = new() { Method = "GET", Scheme = "https", Host = "h", Path = path, Protocol = "HTTP/1.1", ClientIp = "10.0.0.1" },
                Response = new() { Status = 200 },
            };
            return new EventWrite(new StoredEvent(_project.Id, exchange, new EndpointKey("GET", "/e/{id}"), ThreatLevel.None) { ClientKey = "fp-" + path }, []);
        }).ToList();
        await _store.Events.AppendAsync(writes);
    }
}
