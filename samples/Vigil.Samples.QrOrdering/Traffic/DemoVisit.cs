using Bogus;

namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>One simulated client's tools: the shared world and HTTP access, plus its own seeded randomness.</summary>
internal sealed record DemoVisit(
    DemoWorld World, TrafficClient Http, Random Random, Faker Faker, TimeProvider Time, CancellationToken CancellationToken)
{
    public bool Chance(double probability) => Random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];
}
