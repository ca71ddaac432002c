using Vigil.Collector.Keys;
using Vigil.TestKit;

namespace Vigil.Cli.Tests;

public sealed class KeysCommandTests
{
    [Fact]
    public async Task Create_prints_the_key_as_the_last_line_and_list_shows_only_its_prefix()
    {
        using var folder = new TempDirectory();
        var db = folder.File("vigil.db");

        var (code, stdout, _) = await CliProcess.RunAsync("keys", "create", "--db", db, "--project", "shop", "--scope", "read");

        Assert.Equal(0, code);
        var key = stdout.TrimEnd().Split('\n')[^1].Trim();
        Assert.True(ApiKeyFormat.LooksValid(key), key);
        Assert.StartsWith("vgl_r_", key, StringComparison.Ordinal);

        var list = await CliProcess.RunAsync("keys", "list", "--db", db, "--project", "shop");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(key[..12], list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list.Stdout, StringComparison.Ordinal);

        var revoke = await CliProcess.RunAsync("keys", "revoke", "--db", db, "--project", "shop", key[..12]);
        Assert.Equal(0, revoke.ExitCode);
        Assert.Contains("revoked", (await CliProcess.RunAsync("keys", "list", "--db", db, "--project", "shop")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_scope_is_a_usage_error_not_a_stack_trace()
    {
        using var folder = new TempDirectory();

        var (code, stdout, stderr) = await CliProcess.RunAsync("keys", "create", "--db", folder.File("v.db"), "--scope", "admin");

        Assert.NotEqual(0, code);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("scope", stdout + stderr, StringComparison.OrdinalIgnoreCase);
    }
}
