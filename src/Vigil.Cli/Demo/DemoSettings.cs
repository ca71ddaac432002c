namespace Vigil.Cli.Demo;

internal sealed record DemoSettings(TimeSpan? Duration, string? DatabasePath, int Port, double RequestsPerSecond);
