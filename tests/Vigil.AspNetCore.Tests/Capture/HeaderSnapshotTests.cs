using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Vigil.AspNetCore.Capture;
using Vigil.Core.Capture;

namespace Vigil.AspNetCore.Tests.Capture;

public sealed class HeaderSnapshotTests
{
    [Fact]
    public void The_map_built_later_holds_every_header_with_all_its_values_in_order()
    {
        var headers = new HeaderDictionary
        {
            ["Accept"] = "application/json",
            ["X-Forwarded-For"] = new StringValues(["10.0.0.1", "10.0.0.2", "10.0.0.3"]),
            ["X-Empty"] = StringValues.Empty,
            ["X-Null"] = new StringValues([null, "b"]),
            ["Cookie"] = "a=1",
        };
        var bytes = 0L;

        var snapshot = HeaderSnapshot.Take(headers, ref bytes);
        var map = new HeaderMap();
        snapshot.CopyTo(map);

        Assert.Equal(4, map.Count);
        Assert.Equal(["application/json"], map["accept"]);
        Assert.Equal(["10.0.0.1", "10.0.0.2", "10.0.0.3"], map["X-Forwarded-For"]);
        Assert.Equal(["", "b"], map["X-Null"]);
        Assert.Equal(["a=1"], map["Cookie"]);
        Assert.False(map.ContainsKey("X-Empty"));
        Assert.Equal(7, snapshot.ValueCount);
    }

    [Fact]
    public void The_queue_is_charged_per_header_name_and_per_value_character()
    {
        var headers = new HeaderDictionary { ["Ab"] = new StringValues(["xyz", "q"]), ["C"] = "" };
        var bytes = 100L;

        HeaderSnapshot.Take(headers, ref bytes);

        // 48 per header plus two bytes per character of names and values, as the map copy was charged.
        Assert.Equal(100 + (48 + 4 + 6 + 2) + (48 + 2), bytes);
    }

    [Fact]
    public void The_snapshot_does_not_follow_later_changes_to_the_servers_dictionary()
    {
        var headers = new HeaderDictionary { ["Host"] = "a.example" };
        var bytes = 0L;
        var snapshot = HeaderSnapshot.Take(headers, ref bytes);

        // Kestrel clears and reuses the collection for the connection's next request.
        headers.Clear();
        headers["Host"] = "b.example";
        var map = new HeaderMap();
        snapshot.CopyTo(map);

        Assert.Equal(["a.example"], map["Host"]);
    }

    [Fact]
    public void An_empty_snapshot_adds_nothing()
    {
        var map = new HeaderMap { ["Kept"] = ["1"] };

        default(HeaderSnapshot).CopyTo(map);

        Assert.Equal(["1"], Assert.Single(map).Value);
    }
}
