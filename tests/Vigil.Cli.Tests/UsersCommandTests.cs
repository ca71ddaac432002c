using Vigil.Collector.Setup;
using Vigil.Storage.Sqlite;
using Vigil.TestKit;

namespace Vigil.Cli.Tests;

public sealed class UsersCommandTests
{
    [Fact]
    public async Task Set_password_reads_stdin_and_the_new_password_verifies_the_old_does_not()
    {
        using var folder = new TempDirectory();
        var db = folder.File("vigil.db");
        string oldPassword;
        await using (var store = new SqliteVigilStore(db))
        {
            await store.InitializeAsync();
            oldPassword = (await FirstRunSetup.RunAsync(store))!.AdminPassword;
        }

        var (code, stdout, stderr) = await CliProcess.RunWithInputAsync("correct horse battery staple\n", "users", "set-password", "--db", db);

        Assert.True(code == 0, stderr);
        Assert.Contains("changed", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("correct horse", stdout + stderr, StringComparison.Ordinal);
        await using var again = new SqliteVigilStore(db);
        var admin = (await again.Users.FindUserAsync("admin"))!;
        Assert.True(FirstRunSetup.VerifyPassword(admin.PasswordHash, "correct horse battery staple"));
        Assert.False(FirstRunSetup.VerifyPassword(admin.PasswordHash, oldPassword));
    }

    [Fact]
    public async Task A_short_password_is_refused_and_nothing_changes()
    {
        using var folder = new TempDirectory();
        var db = folder.File("vigil.db");

        var (code, stdout, stderr) = await CliProcess.RunWithInputAsync("short\n", "users", "set-password", "--db", db, "--user", "ops");

        Assert.Equal(2, code);
        Assert.Contains("12 to 1024 characters", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        await using var store = new SqliteVigilStore(db);
        await store.InitializeAsync();
        Assert.Null(await store.Users.FindUserAsync("ops"));
    }

    [Fact]
    public async Task A_missing_user_is_created()
    {
        using var folder = new TempDirectory();
        var db = folder.File("vigil.db");

        var (code, stdout, _) = await CliProcess.RunWithInputAsync("a-long-enough-password\n", "users", "set-password", "--db", db, "--user", "ops");

        Assert.Equal(0, code);
        Assert.Contains("created", stdout, StringComparison.Ordinal);
        await using var store = new SqliteVigilStore(db);
        Assert.True(FirstRunSetup.VerifyPassword((await store.Users.FindUserAsync("ops"))!.PasswordHash, "a-long-enough-password"));
    }
}
