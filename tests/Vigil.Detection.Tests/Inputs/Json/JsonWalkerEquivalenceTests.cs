using System.Text;
using Vigil.Detection.Inputs;
using Vigil.Detection.Rules.DataExposure.Pii;

namespace Vigil.Detection.Tests.Inputs.Json;

/// <summary>The walker with a lazy path and pooled bytes visits exactly what the old walker visited.</summary>
public sealed class JsonWalkerEquivalenceTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_visit_matches_the_reference_walker(int seed)
    {
        foreach (var json in RandomJson.Documents(400, seed))
        {
            var expected = new List<string>();
            ReferenceJsonWalker.Walk(json, (kind, value, path) =>
            {
                expected.Add($"{kind} {value} {JsonVisit.Pointer("body", path)}");
                return true;
            });

            var actual = new List<string>();
            JsonWalker.Walk(json, (in JsonVisit v) =>
            {
                actual.Add($"{v.Kind} {v.Value} {v.Pointer("body")}");
                return true;
            });

            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_visitor_that_reads_only_some_paths_still_sees_the_right_ones(int seed)
    {
        // Reading the path of every third token only: the lazily decoded path must not go stale in between.
        foreach (var json in RandomJson.Documents(400, seed))
        {
            var expected = new List<string>();
            var n = 0;
            ReferenceJsonWalker.Walk(json, (kind, value, path) =>
            {
                if (n++ % 3 == 0)
                {
                    expected.Add(JsonVisit.Pointer("body", path));
                }

                return true;
            });

            var actual = new List<string>();
            n = 0;
            JsonWalker.Walk(json, (in JsonVisit v) =>
            {
                if (n++ % 3 == 0)
                {
                    actual.Add(v.Pointer("body"));
                }

                return true;
            });

            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Filtering_leaves_by_their_bytes_leaves_the_personal_data_tally_unchanged(int seed)
    {
        foreach (var json in RandomJson.Documents(400, seed))
        {
            var all = new PiiTally();
            ResponseJson.Walk(json, all.Add);
            var filtered = new PiiTally();
            ResponseJson.Walk(json, filtered.Add, PiiTally.MightHoldUtf8);

            Assert.Equal(Describe(all), Describe(filtered));
        }
    }

    [Fact]
    public void Skipped_leaves_still_count_towards_the_leaf_cap()
    {
        var json = "[" + string.Join(',', Enumerable.Repeat("\"x\"", ResponseJson.MaxLeaves)) + ",\"asha@example.com\"]";
        var tally = new PiiTally();

        ResponseJson.Walk(json, tally.Add, PiiTally.MightHoldUtf8);

        Assert.Equal(0, tally.KindCount);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_byte_gate_never_rejects_a_value_the_text_gate_accepts(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "a@1 é€😀\u0000-";
        for (var i = 0; i < 5_000; i++)
        {
            var value = new string([.. Enumerable.Range(0, random.Next(8)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (PiiTally.MightHold(value))
            {
                Assert.True(PiiTally.MightHoldUtf8(Encoding.UTF8.GetBytes(value)), value);
            }
        }
    }

    private static string Describe(PiiTally tally) => string.Join("; ", tally.Kinds.Select(k =>
        $"{k.Kind} {k.Entry.FirstLocation} [{string.Join(",", k.Entry.Values.Order(StringComparer.Ordinal))}] [{string.Join(",", k.Entry.Fields.Order(StringComparer.Ordinal))}]"));
}
