using System.Collections.Concurrent;

namespace Vigil.AspNetCore.Shipping.Threading;

/// <summary>
/// Runs the shipper's loop on a thread of its own, so its OS priority can be set apart from the host's thread pool
/// (<see cref="ShipperPriority.Low"/>). The loop is async: this is its synchronization context, and the loop's own
/// awaits come back here, so preparing and serializing run on this thread; only the I/O the loop waits for (channel
/// reads, the HTTP send) completes on the pool.
/// </summary>
internal sealed class ShipperThread : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _work = [];

    /// <summary>
    /// Starts <paramref name="loop"/> on a new background thread after applying <paramref name="lowerPriority"/>
    /// there (when given); the task completes when the loop does. <paramref name="onPriority"/> hears the outcome once.
    /// </summary>
    public static Task Start(Func<Task> loop, Func<PriorityOutcome>? lowerPriority, Action<PriorityOutcome> onPriority)
    {
        var context = new ShipperThread();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() => context.Run(loop, lowerPriority, onPriority, done))
        {
            IsBackground = true,
            Name = "Vigil shipper",
        };
        thread.Start();
        return done.Task;
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        try
        {
            _work.Add((d, state));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
        {
            // The loop has ended (adding completed, or the queue is already disposed); a late continuation still runs, on the pool.
            ThreadPool.UnsafeQueueUserWorkItem(static s => s.d(s.state), (d, state), preferLocal: false);
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("The shipper thread only takes posted work.");

    public override SynchronizationContext CreateCopy() => this;

    private void Run(Func<Task> loop, Func<PriorityOutcome>? lowerPriority, Action<PriorityOutcome> onPriority, TaskCompletionSource done)
    {
        onPriority(lowerPriority is null ? PriorityOutcome.NotRequested : SafeLower(lowerPriority));
        SetSynchronizationContext(this);
        Task task;
        try
        {
            task = loop();
        }
        catch (Exception ex)
        {
            task = Task.FromException(ex);
        }

        task.ContinueWith(static (_, work) => ((BlockingCollection<(SendOrPostCallback, object?)>)work!).CompleteAdding(), _work, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        foreach (var (callback, state) in _work.GetConsumingEnumerable())
        {
            // Continuations of async methods do not throw; anything else posted here must not end the thread.
            try
            {
                callback(state);
            }
            catch (Exception ex)
            {
                task = Task.FromException(ex);
            }
        }

        _work.Dispose();
        Complete(task, done);
    }

    private static PriorityOutcome SafeLower(Func<PriorityOutcome> lowerPriority)
    {
        try
        {
            return lowerPriority();
        }
        catch (Exception)
        {
            // Fail open: the shipper runs at normal priority rather than not at all.
            return PriorityOutcome.Failed;
        }
    }

    private static void Complete(Task task, TaskCompletionSource done)
    {
        if (task.IsFaulted)
        {
            done.TrySetException(task.Exception!.InnerExceptions);
        }
        else if (task.IsCanceled)
        {
            done.TrySetCanceled();
        }
        else
        {
            done.TrySetResult();
        }
    }
}
