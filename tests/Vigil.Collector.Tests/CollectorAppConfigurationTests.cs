using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vigil.TestKit;

namespace Vigil.Collector.Tests;

public sealed class CollectorAppConfigurationTests
{
    // A reloading appsettings source watches the content root recursively: the working directory, where the
    // database usually lives, so every WAL write of ingest woke the watcher (and a home directory held thousands of
    // inotify watches). The collector reads its settings once.
    [Fact]
    public async Task Settings_files_are_read_once_without_a_watcher_over_the_working_directory()
    {
        await using var collector = await CollectorHost.StartAsync();
        var configuration = (IConfigurationRoot)collector.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} reloads on change"));
    }
}
