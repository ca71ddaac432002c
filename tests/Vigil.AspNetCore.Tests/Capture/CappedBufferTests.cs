using Vigil.AspNetCore.Capture;

namespace Vigil.AspNetCore.Tests.Capture;

public sealed class CappedBufferTests
{
    [Fact]
    public void Keeps_everything_under_the_limit_across_growth()
    {
        using var buffer = new CappedBuffer(100_000);
        var data = Enumerable.Range(0, 50_000).Select(i => (byte)i).ToArray();
        for (var i = 0; i < data.Length; i += 777)
        {
            buffer.Append(data.AsSpan(i, Math.Min(777, data.Length - i)));
        }

        Assert.Equal(data, buffer.ToArray());
        Assert.False(buffer.Truncated);
    }

    [Fact]
    public void Cuts_at_the_limit_and_flags_it()
    {
        using var buffer = new CappedBuffer(10);
        buffer.Append("hello "u8);
        buffer.Append("world"u8);
        buffer.Append("!"u8);

        Assert.Equal("hello worl"u8.ToArray(), buffer.ToArray());
        Assert.True(buffer.Truncated);
    }

    [Fact]
    public void Nothing_appended_is_null_not_empty() => Assert.Null(new CappedBuffer(10).ToArray());
}
