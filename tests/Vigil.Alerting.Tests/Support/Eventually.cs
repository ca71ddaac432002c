namespace Vigil.Alerting.Tests.Support;

/// <summary>Polls until a condition holds (background loops deliver asynchronously), failing with the last value after a bound.</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done, int seconds = 20)
    {
        var until = Environment.TickCount64 + (seconds * 1000);
        T value;
        do
        {
            value = await read();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(50);
        }
        while (Environment.TickCount64 < until);

        Assert.Fail($"condition not met within {seconds} s; last value: {value}");
        return value;
    }
}
