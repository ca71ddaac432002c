using Bogus;
using Vigil.Samples.QrOrdering.Data.Seeding;
using Vigil.Samples.QrOrdering.Traffic.Scenarios;

namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>
/// Drives realistic, benign traffic at a running QR-ordering sample: diners scanning, ordering, tracking their own
/// order and paying; regulars looking up their own profile; staff tablets working their restaurant's order board.
/// Used by <c>vigil demo</c> so the dashboard has something normal to compare attacks against.
/// </summary>
public sealed class DemoTrafficDriver
{
    private readonly DemoTrafficOptions _options;
    private TrafficCounters? _counters;
    private int _running;

    public DemoTrafficDriver(DemoTrafficOptions? options = null)
    {
        _options = options ?? new DemoTrafficOptions();
        if (!(_options.RequestsPerSecond > 0) || double.IsInfinity(_options.RequestsPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.RequestsPerSecond, "RequestsPerSecond must be a positive, finite rate.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxConcurrency, 1, nameof(options));
    }

    /// <summary>Requests completed so far in the current (or last) run; safe to read while it runs.</summary>
    public long RequestsSent => _counters?.Completed ?? 0;

    /// <summary>A snapshot of the current (or last) run.</summary>
    public DemoTrafficStats CurrentStats => _counters?.Snapshot() ?? new DemoTrafficStats(default, new Dictionary<string, StatusClassCounts>(), 0, TimeSpan.Zero);

    /// <summary>
    /// Sends traffic to <paramref name="baseAddress"/> until <paramref name="duration"/> passes (null: until
    /// <paramref name="cancellationToken"/> is cancelled) or <see cref="DemoTrafficOptions.MaxRequests"/> are sent.
    /// Returns the statistics rather than throwing, also when cancelled; HTTP and network failures are only counted.
    /// </summary>
    public async Task<DemoTrafficStats> RunAsync(Uri baseAddress, TimeSpan? duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("This driver is already running; create another to drive a second app.");
        }

        try
        {
            var time = _options.TimeProvider;
            var counters = _counters = new TrafficCounters(time);
            using var timeout = duration is { } limit ? new CancellationTokenSource(limit, time) : new CancellationTokenSource();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            using var http = CreateHttpClient(baseAddress);
            var client = new TrafficClient(http, new RequestPacer(_options.RequestsPerSecond, _options.MaxRequests, time), counters);
            var world = DemoWorld.FromSeed(SampleSeed.Default);

            var progress = ReportProgressAsync(counters, stop.Token);
            await Task.WhenAll(Enumerable.Range(0, _options.MaxConcurrency)
                .Select(worker => RunClientAsync(worker, world, client, counters, stop.Token))).ConfigureAwait(false);
            // The clients may finish first (request budget spent); progress reporting only ends on cancellation.
            await stop.CancelAsync().ConfigureAwait(false);
            await progress.ConfigureAwait(false);

            var final = counters.Snapshot();
            _options.Progress?.Report(final);
            return final;
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private HttpClient CreateHttpClient(Uri baseAddress)
    {
        var handler = _options.Handler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxConnectionsPerServer = _options.MaxConcurrency,
        };
        return new HttpClient(handler, disposeHandler: _options.Handler is null)
        {
            BaseAddress = baseAddress,
            Timeout = _options.RequestTimeout,
        };
    }

    private async Task RunClientAsync(int worker, DemoWorld world, TrafficClient client, TrafficCounters counters, CancellationToken stop)
    {
        // Yield first so the caller's thread isn't held by a worker's synchronous start.
        await Task.Yield();
        var seed = unchecked((_options.Seed * 7919) + worker);
        var visit = new DemoVisit(
            world, client, new Random(seed), new Faker("en_IND") { Random = new Randomizer(seed) }, _options.TimeProvider, stop);
        while (!stop.IsCancellationRequested && !client.IsExhausted)
        {
            try
            {
                await ScenarioPicker.Next(visit.Random).RunAsync(visit).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // A visit that trips over an unexpected response is dropped, like a diner closing the tab;
                // the run goes on and the count shows up in the statistics.
                counters.RecordAbandonedVisit();
            }
        }
    }

    private async Task ReportProgressAsync(TrafficCounters counters, CancellationToken stop)
    {
        if (_options.Progress is not { } progress)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.ProgressInterval, _options.TimeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                progress.Report(counters.Snapshot());
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over; the final snapshot is reported by RunAsync.
        }
    }
}
