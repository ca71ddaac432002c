using Vigil.Core.Findings;
using Vigil.Storage.Settings;

namespace Vigil.Storage.Sqlite.Tests;

public sealed class SqliteSettingsStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 14, 0, 0, TimeSpan.Zero);
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
    public async Task Alert_rules_round_trip_per_project_and_are_deleted_by_id()
    {
        var shop = await _store.Projects.GetOrCreateProjectAsync("shop");
        var blog = await _store.Projects.GetOrCreateProjectAsync("blog");
        var rule = new StoredAlertRule
        {
            Id = Guid.NewGuid(), ProjectId = shop.Id, Name = "sqli", RuleId = "VG1001", MinThreat = ThreatLevel.Medium, Endpoint = "/search",
            Subject = "ip:192.0.2.1", Threshold = 3, Window = TimeSpan.FromSeconds(90), CreatedAt = At,
        };
        await _store.AlertRules.SaveAlertRuleAsync(rule);
        await _store.AlertRules.SaveAlertRuleAsync(rule with { Id = Guid.NewGuid(), ProjectId = blog.Id });

        Assert.Equal(rule, Assert.Single(await _store.AlertRules.ListAlertRulesAsync(shop.Id)));
        Assert.Equal(2, (await _store.AlertRules.ListAllAlertRulesAsync()).Count);
        Assert.False(await _store.AlertRules.DeleteAlertRuleAsync(blog.Id, rule.Id));
        Assert.True(await _store.AlertRules.DeleteAlertRuleAsync(shop.Id, rule.Id));
        Assert.Empty(await _store.AlertRules.ListAlertRulesAsync(shop.Id));
    }

    [Fact]
    public async Task Masking_rules_are_replaced_whole()
    {
        var shop = await _store.Projects.GetOrCreateProjectAsync("shop");
        Assert.Null(await _store.MaskingRules.GetMaskingRulesAsync(shop.Id));

        await _store.MaskingRules.SaveMaskingRulesAsync(new StoredMaskingRules(shop.Id, ["a", "b"], ["x[0-9]+"], At));
        await _store.MaskingRules.SaveMaskingRulesAsync(new StoredMaskingRules(shop.Id, ["c"], [], At.AddHours(1)));

        var stored = (await _store.MaskingRules.GetMaskingRulesAsync(shop.Id))!;
        Assert.Equal(["c"], stored.Names);
        Assert.Empty(stored.Patterns);
        Assert.Equal(At.AddHours(1), stored.UpdatedAt);
    }

    [Fact]
    public async Task Ip_lists_are_kept_by_name_and_replaced_by_the_same_name()
    {
        var shop = await _store.Projects.GetOrCreateProjectAsync("shop");
        await _store.IpLists.SaveIpListAsync(new StoredIpList(shop.Id, "tor", "192.0.2.1\n", 1, At));
        await _store.IpLists.SaveIpListAsync(new StoredIpList(shop.Id, "deny", "192.0.2.2\n", 1, At));
        await _store.IpLists.SaveIpListAsync(new StoredIpList(shop.Id, "tor", "192.0.2.3\n192.0.2.4\n", 2, At));

        var lists = await _store.IpLists.ListIpListsAsync(shop.Id);
        Assert.Equal(["deny", "tor"], lists.Select(l => l.Name));
        Assert.Equal(2, lists[1].Entries);
        Assert.True(await _store.IpLists.DeleteIpListAsync(shop.Id, "tor"));
        Assert.False(await _store.IpLists.DeleteIpListAsync(shop.Id, "tor"));
    }
}
