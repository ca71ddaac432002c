namespace Vigil.AspNetCore.Tests.Support;

/// <summary>Polls a condition until it holds or a generous deadline passes; no fixed sleeps standing in for ordering.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task TrueAsync(Func<bool> condition, string waitingFor, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (!condition())
        {
            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"Timed out waiting for {waitingFor}.");
            }

            await Task.Delay(20);
        }
    }
}
