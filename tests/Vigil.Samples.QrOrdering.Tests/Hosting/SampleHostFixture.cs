namespace Vigil.Samples.QrOrdering.Tests.Hosting;

/// <summary>One running sample shared by the tests of <see cref="SampleAppCollection"/>; seeding and start-up cost once.</summary>
public sealed class SampleHostFixture : IAsyncLifetime
{
    private SampleHost? _host;

    internal SampleHost Host => _host ?? throw new InvalidOperationException("The sample host has not started.");

    public async Task InitializeAsync() => _host = await SampleHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
