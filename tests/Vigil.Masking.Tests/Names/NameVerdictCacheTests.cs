namespace Vigil.Masking.Tests.Names;

/// <summary>The cached name verdicts give the answer the full check gives, however often and in whatever order names come.</summary>
public sealed class NameVerdictCacheTests
{
    [Fact]
    public void Repeated_names_keep_their_verdict()
    {
        var masker = new Masker();
        for (var round = 0; round < 4; round++)
        {
            Assert.True(masker.IsSensitiveName("p_a-s.s word"));
            Assert.True(masker.IsSensitiveName("X-Api-Key"));
            Assert.False(masker.IsSensitiveName("Content-Type"));
            Assert.Equal("Bearer ****", masker.MaskHeader("Authorization", "Bearer abc.def.ghi"));
            Assert.Equal("application/json", masker.MaskHeader("Accept", "application/json"));
            Assert.Equal("password: ****\ntoken=****", masker.MaskText("password: hunter2\ntoken=abc"));
        }
    }

    [Fact]
    public void Names_that_collide_or_evict_each_other_keep_their_verdict()
    {
        // Far more names than slots, twice over, with sensitive ones in between: every slot is overwritten.
        var masker = new Masker();
        var names = Enumerable.Range(0, 3000).Select(i => i % 97 == 0 ? $"secret{i}" : $"header{i}").ToArray();
        for (var round = 0; round < 3; round++)
        {
            foreach (var name in names)
            {
                Assert.Equal(name.StartsWith("secret", StringComparison.Ordinal), masker.IsSensitiveName(name));
            }
        }
    }

    [Fact]
    public void Each_masker_keeps_its_own_verdicts()
    {
        var relaxed = new Masker(new MaskingOptions { RemovedNames = ["pin"], AdditionalNames = ["X-Tenant"] });
        var strict = new Masker();
        for (var round = 0; round < 3; round++)
        {
            Assert.False(relaxed.IsSensitiveName("pin"));
            Assert.True(strict.IsSensitiveName("pin"));
            Assert.True(relaxed.IsSensitiveName("x_tenant"));
            Assert.False(strict.IsSensitiveName("x_tenant"));
        }
    }

    [Fact]
    public void Concurrent_callers_agree_with_the_full_check()
    {
        var masker = new Masker();
        var names = Enumerable.Range(0, 2000).Select(i => i % 7 == 0 ? $"my_token_{i}" : $"field_{i}").ToArray();
        Parallel.For(0, 8, worker =>
        {
            for (var i = 0; i < names.Length; i++)
            {
                var name = names[(i * (worker + 1)) % names.Length];
                Assert.Equal(name.StartsWith("my_token", StringComparison.Ordinal), masker.IsSensitiveName(name));
            }
        });
    }
}
