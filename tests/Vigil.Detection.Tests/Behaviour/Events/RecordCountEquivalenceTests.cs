using Vigil.Detection.Behaviour.Events;
using Vigil.Detection.Tests.Inputs.Json;

namespace Vigil.Detection.Tests.Behaviour.Events;

public sealed class RecordCountEquivalenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Records_match_the_char_by_char_count_on_varied_and_cut_bodies(int seed)
    {
        var wrapped = RandomJson.Documents(600, seed).SelectMany(json => new[]
        {
            json, "[" + json + "," + json + "]", "{\"items\":[" + json + ", " + json + " ,\"a\\\\\\\"b\"]}", "[ \"x\\", "[[1,2],\"]\",{\"a\":\"[\"}",
        });

        foreach (var body in wrapped)
        {
            Assert.Equal(ReferenceRecordCount.Records(body), BodyFacts.Records(body));
        }
    }
}
