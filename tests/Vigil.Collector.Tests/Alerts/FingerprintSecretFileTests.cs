using Vigil.Collector.Alerts;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Alerts;

public sealed class FingerprintSecretFileTests
{
    [Fact]
    public void The_secret_is_created_once_owner_only_and_kept()
    {
        using var folder = new TempDirectory();
        var path = folder.File("vigil.db.fingerprint");

        var first = FingerprintSecretFile.LoadOrCreate(path);
        var again = FingerprintSecretFile.LoadOrCreate(path);

        Assert.Equal(FingerprintSecretFile.Length, first.Length);
        Assert.Equal(first, again);
        Assert.NotEqual(first, FingerprintSecretFile.LoadOrCreate(folder.File("other.fingerprint")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void A_damaged_secret_file_is_a_clear_start_up_error()
    {
        using var folder = new TempDirectory();
        var path = folder.File("vigil.db.fingerprint");
        File.WriteAllText(path, "short");

        var ex = Assert.Throws<InvalidDataException>(() => FingerprintSecretFile.LoadOrCreate(path));

        Assert.Contains("delete the file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_collector_keeps_its_secret_across_restarts()
    {
        await using var collector = await CollectorHost.StartAsync();
        var secret = File.ReadAllBytes(collector.DatabasePath + ".fingerprint");

        await collector.RestartAsync();

        Assert.Equal(secret, File.ReadAllBytes(collector.DatabasePath + ".fingerprint"));
        Assert.Equal(secret, ((CollectorOptions)collector.Services.GetService(typeof(CollectorOptions))!).Behaviour.FingerprintSecret);
    }
}
