namespace Vigil.Core.Capture;

/// <summary>An unhandled exception that escaped the host's pipeline (the SDK rethrows it unchanged).</summary>
public sealed class CapturedError
{
    public string Type { get; set; } = null!;

    public string Message { get; set; } = null!;
}
