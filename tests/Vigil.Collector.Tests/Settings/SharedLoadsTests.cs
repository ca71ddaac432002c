using Vigil.Collector.Settings;

namespace Vigil.Collector.Tests.Settings;

public sealed class SharedLoadsTests
{
    private sealed class Loader
    {
        public readonly Dictionary<string, TaskCompletionSource<int>> Pending = [];
        public int Calls;

        public Task<int> LoadAsync(string key)
        {
            lock (Pending)
            {
                Calls++;
                var source = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
                Pending[key] = source;
                return source.Task;
            }
        }

        public async Task<TaskCompletionSource<int>> StartedAsync(string key)
        {
            for (var i = 0; i < 400; i++)
            {
                lock (Pending)
                {
                    if (Pending.TryGetValue(key, out var source))
                    {
                        Pending.Remove(key);
                        return source;
                    }
                }

                await Task.Delay(10);
            }

            throw new InvalidOperationException($"no load of {key} started");
        }
    }

    [Fact]
    public async Task Concurrent_requests_for_an_unloaded_key_share_one_load()
    {
        var loader = new Loader();
        var loads = new SharedLoads<string, int>(loader.LoadAsync);

        var waiting = Enumerable.Range(0, 8).Select(_ => loads.GetAsync("a", CancellationToken.None)).ToList();
        (await loader.StartedAsync("a")).SetResult(7);

        Assert.All(await Task.WhenAll(waiting), v => Assert.Equal(7, v));
        Assert.Equal(7, await loads.GetAsync("a", CancellationToken.None));
        Assert.Equal(1, loader.Calls);
    }

    [Fact]
    public async Task A_change_to_one_key_keeps_another_keys_load_and_reloads_its_own()
    {
        var loader = new Loader();
        var loads = new SharedLoads<string, int>(loader.LoadAsync);
        var a = loads.GetAsync("a", CancellationToken.None);
        var started = await loader.StartedAsync("a");

        loads.Invalidate("b");
        started.SetResult(1);
        Assert.Equal(1, await a);
        Assert.Equal(1, await loads.GetAsync("a", CancellationToken.None));
        Assert.Equal(1, loader.Calls);

        loads.Invalidate("a");
        var again = loads.GetAsync("a", CancellationToken.None);
        (await loader.StartedAsync("a")).SetResult(2);
        Assert.Equal(2, await again);
        Assert.Equal(2, loader.Calls);
    }

    [Fact]
    public async Task A_load_invalidated_while_running_answers_its_waiters_but_is_not_kept()
    {
        var loader = new Loader();
        var loads = new SharedLoads<string, int>(loader.LoadAsync);
        var first = loads.GetAsync("a", CancellationToken.None);
        var stale = await loader.StartedAsync("a");

        loads.Invalidate("a");
        stale.SetResult(1);
        Assert.Equal(1, await first);

        var fresh = loads.GetAsync("a", CancellationToken.None);
        (await loader.StartedAsync("a")).SetResult(2);
        Assert.Equal(2, await fresh);
    }

    [Fact]
    public async Task A_cancelled_caller_leaves_the_load_to_the_others_and_a_failed_load_is_retried()
    {
        var loader = new Loader();
        var loads = new SharedLoads<string, int>(loader.LoadAsync);
        using var cancel = new CancellationTokenSource();
        var leaving = loads.GetAsync("a", cancel.Token);
        var staying = loads.GetAsync("a", CancellationToken.None);
        var started = await loader.StartedAsync("a");

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        started.SetException(new InvalidOperationException("store down"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => staying);

        var retry = loads.GetAsync("a", CancellationToken.None);
        (await loader.StartedAsync("a")).SetResult(3);
        Assert.Equal(3, await retry);
        Assert.Equal(2, loader.Calls);
    }
}
