using Vigil.AspNetCore.Shipping.Threading;

namespace Vigil.AspNetCore.Tests.Shipping.Threading;

public sealed class ShipperThreadTests
{
    [Fact]
    public async Task The_loop_runs_on_its_own_thread_and_its_awaits_come_back_to_it()
    {
        var threads = new List<int>();
        var outcomes = new List<PriorityOutcome>();

        await ShipperThread.Start(
            async () =>
            {
                threads.Add(Environment.CurrentManagedThreadId);
                await Task.Delay(20).ConfigureAwait(true);
                threads.Add(Environment.CurrentManagedThreadId);
                await Task.Yield();
                threads.Add(Environment.CurrentManagedThreadId);
            },
            lowerPriority: null,
            outcomes.Add).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, threads.Count);
        Assert.All(threads, t => Assert.Equal(threads[0], t));
        Assert.NotEqual(Environment.CurrentManagedThreadId, threads[0]);
        Assert.Equal([PriorityOutcome.NotRequested], outcomes);
    }

    [Fact]
    public async Task Low_priority_is_applied_to_the_shipper_thread_only()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Thread nice values are Linux's; elsewhere the outcome is covered by the fail-open test.
        }

        var before = LowThreadPriority.CurrentNice();
        int? inside = null;
        var outcomes = new List<PriorityOutcome>();

        await ShipperThread.Start(
            () =>
            {
                inside = LowThreadPriority.CurrentNice();
                return Task.CompletedTask;
            },
            LowThreadPriority.ApplyToCurrentThread,
            outcomes.Add).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([PriorityOutcome.Lowered], outcomes);
        Assert.Equal(LowThreadPriority.LinuxNice, inside);
        Assert.Equal(before, LowThreadPriority.CurrentNice());
    }

    [Fact]
    public async Task A_priority_that_cannot_be_set_fails_open_and_the_loop_still_runs()
    {
        var ran = false;
        var outcomes = new List<PriorityOutcome>();

        await ShipperThread.Start(
            () =>
            {
                ran = true;
                return Task.CompletedTask;
            },
            () => throw new PlatformNotSupportedException("no priorities here"),
            outcomes.Add).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(ran);
        Assert.Equal([PriorityOutcome.Failed], outcomes);
    }

    [Fact]
    public async Task A_failing_loop_fails_the_task_and_the_thread_ends()
    {
        var task = ShipperThread.Start(
            async () =>
            {
                await Task.Yield();
                throw new InvalidOperationException("boom");
            },
            lowerPriority: null,
            _ => { });

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("boom", ex.Message);
    }

    [Fact]
    public async Task Work_posted_after_the_loop_ended_still_runs()
    {
        SynchronizationContext? context = null;
        await ShipperThread.Start(
            () =>
            {
                context = SynchronizationContext.Current;
                return Task.CompletedTask;
            },
            lowerPriority: null,
            _ => { }).WaitAsync(TimeSpan.FromSeconds(30));
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Give the thread time to finish and dispose its queue: the late post must not throw either way.
        await Task.Delay(50);
        context!.Post(_ => ran.SetResult(), null);

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
