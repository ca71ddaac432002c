namespace Vigil.Cli.Demo;

internal sealed record DemoSettings(TimeSpan? Duration, string? DatabasePath, int Port, double RequestsPerSecond)
{
    /// <summary>Whether the scripted attacks run beside the sample's traffic (see DemoAttacks).</summary>
    public bool Attacks { get; init; } = true;
}
