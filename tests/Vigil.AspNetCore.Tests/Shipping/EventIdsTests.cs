using Vigil.AspNetCore.Shipping;

namespace Vigil.AspNetCore.Tests.Shipping;

/// <summary>The batched id source must make ids of the same shape as Guid.CreateVersion7, the one it replaced.</summary>
public sealed class EventIdsTests
{
    [Fact]
    public void Ids_carry_the_timestamp_version_and_variant_that_CreateVersion7_gives()
    {
        var ids = new EventIds();
        var start = new DateTimeOffset(2026, 11, 21, 18, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 1_000; i++)
        {
            var timestamp = start.AddMilliseconds(i * 7919.3);
            var reference = Guid.CreateVersion7(timestamp);

            var id = ids.Next(timestamp);

            Assert.Equal(reference.Version, id.Version);
            // Variant is the top nibble of byte 8; its two high bits are the RFC variant, the other two are random.
            Assert.Equal(reference.Variant & 0b1100, id.Variant & 0b1100);
            // The first 48 bits are the Unix milliseconds, big-endian, so the text's first 12 hex digits match.
            Assert.Equal(reference.ToString("N")[..12], id.ToString("N")[..12]);
        }
    }

    [Fact]
    public void Ids_are_unique_across_refills_and_sort_by_time()
    {
        var ids = new EventIds();
        var start = DateTimeOffset.FromUnixTimeMilliseconds(1_800_000_000_000);
        var made = Enumerable.Range(0, 5_000).Select(i => ids.Next(start.AddMilliseconds(i))).ToList();

        Assert.Equal(made.Count, made.Distinct().Count());
        Assert.Equal(made, made.OrderBy(g => g.ToString("N"), StringComparer.Ordinal));
    }

    [Fact]
    public void A_time_before_1970_is_refused_as_CreateVersion7_refuses_it()
    {
        var before = DateTimeOffset.FromUnixTimeMilliseconds(-1);

        Assert.Throws<ArgumentOutOfRangeException>(() => Guid.CreateVersion7(before));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventIds().Next(before));
    }
}
