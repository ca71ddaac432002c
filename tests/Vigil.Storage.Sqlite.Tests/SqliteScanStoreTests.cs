namespace Vigil.Storage.Sqlite.Tests;

public sealed class SqliteScanStoreTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-tests", Guid.NewGuid().ToString("N"));
    private SqliteVigilStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteVigilStore(Path.Combine(_folder, "vigil.db"));
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_latest_scan_replaces_the_previous_one_per_project_only()
    {
        var shop = await _store.Projects.GetOrCreateProjectAsync("shop");
        var blog = await _store.Projects.GetOrCreateProjectAsync("blog");
        var at = new DateTimeOffset(2026, 11, 21, 14, 0, 0, TimeSpan.Zero);

        await _store.Scans.SaveScanAsync(new StoredScan(shop.Id, "{\"v\":1}", at));
        await _store.Scans.SaveScanAsync(new StoredScan(blog.Id, "{\"blog\":1}", at));
        await _store.Scans.SaveScanAsync(new StoredScan(shop.Id, "{\"v\":2}", at.AddHours(1)));

        Assert.Equal(new StoredScan(shop.Id, "{\"v\":2}", at.AddHours(1)), await _store.Scans.GetScanAsync(shop.Id));
        Assert.Equal("{\"blog\":1}", (await _store.Scans.GetScanAsync(blog.Id))!.Content);
        Assert.Null(await _store.Scans.GetScanAsync(Guid.NewGuid()));
    }
}
