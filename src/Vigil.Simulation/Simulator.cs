using Vigil.Simulation.Traffic;

namespace Vigil.Simulation;

/// <summary>
/// Generates a time-ordered stream of exchanges: benign sessions arriving as a Poisson process (following the day
/// when asked), interleaved with the planned attacks, each labelled with its ground truth. Deterministic for a seed,
/// lazy (memory does not grow with duration), and on simulated time only — nothing here reads the clock.
/// </summary>
public sealed class Simulator
{
    private readonly SimulationOptions _options;

    public Simulator(SimulationOptions options)
    {
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        _options = options;
        Runs = [.. options.Scenarios.Select(p => new ScenarioRun(
            p.Scenario.Name, options.Start + p.At, options.Start + p.At + p.Scenario.Duration, p.Scenario.Description, p.Scenario.ExpectedRules))];
    }

    public IReadOnlyList<ScenarioRun> Runs { get; }

    /// <summary>Benign load relative to the peak at a time of day: 0.25 at night, 1.0 from late morning to evening.</summary>
    public static double DayShape(DateTimeOffset at)
    {
        var hour = at.UtcDateTime.TimeOfDay.TotalHours;
        return hour switch
        {
            < 6 => 0.25,
            < 11 => 0.25 + (0.75 * (hour - 6) / 5),
            < 21 => 1.0,
            _ => 1.0 - (0.75 * (hour - 21) / 3),
        };
    }

    public IEnumerable<SimulatedExchange> Run()
    {
        var random = new Random(_options.Seed);
        var benign = new BenignTraffic(random);
        var end = _options.Start + _options.Duration;
        var queue = new PriorityQueue<(IEnumerator<Request> Steps, string? Label), long>();
        var sessionsPerSecond = _options.Rate / BenignTraffic.RequestsPerSession;
        var nextSession = _options.Start;
        var pending = new Queue<ScenarioPlan>(_options.Scenarios.OrderBy(s => s.At));

        while (true)
        {
            while (pending.Count > 0 && _options.Start + pending.Peek().At <= nextSession)
            {
                var plan = pending.Dequeue();
                Schedule(queue, plan.Scenario.Requests(random).GetEnumerator(), plan.Scenario.Name, _options.Start + plan.At);
            }

            var headAt = queue.TryPeek(out _, out var ticks) ? ticks : long.MaxValue;
            if (nextSession.UtcTicks <= headAt)
            {
                if (nextSession >= end)
                {
                    yield break;
                }

                Schedule(queue, benign.Session().GetEnumerator(), null, nextSession);
                var rate = sessionsPerSecond * (_options.Diurnal ? DayShape(nextSession) : 1);
                nextSession += TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) / rate);
                continue;
            }

            var (steps, label) = queue.Dequeue();
            var at = new DateTimeOffset(headAt, TimeSpan.Zero);
            if (at < end)
            {
                yield return new SimulatedExchange(ExchangeFactory.Build(steps.Current, at, random), label);
                if (steps.MoveNext())
                {
                    queue.Enqueue((steps, label), (at + steps.Current.Gap).UtcTicks);
                }
            }
        }
    }

    private static void Schedule(PriorityQueue<(IEnumerator<Request>, string?), long> queue, IEnumerator<Request> steps, string? label, DateTimeOffset at)
    {
        if (steps.MoveNext())
        {
            queue.Enqueue((steps, label), (at + steps.Current.Gap).UtcTicks);
        }
    }
}
