namespace Vigil.AspNetCore.Tests;

/// <summary>House rules that a compiler does not check, enforced on the SDK's source.</summary>
public sealed class SourceRulesTests
{
    [Theory]
    [InlineData("DateTime.Now")]
    [InlineData("DateTime.UtcNow")]
    [InlineData("DateTimeOffset.Now")]
    [InlineData("DateTimeOffset.UtcNow")]
    [InlineData("Thread.Sleep")]
    public void The_SDK_takes_time_from_the_injected_TimeProvider(string banned)
    {
        var offenders = SdkSources().Where(f => File.ReadAllText(f).Contains(banned, StringComparison.Ordinal)).ToList();

        Assert.True(offenders.Count == 0, $"{banned} used in: {string.Join(", ", offenders)}");
    }

    private static IEnumerable<string> SdkSources()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var sources = Directory.EnumerateFiles(Path.Combine(dir.FullName, "src", "Vigil.AspNetCore"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(sources);
        return sources;
    }
}
