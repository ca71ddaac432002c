namespace Vigil.Simulation.Traffic;

/// <summary>One step of a simulated session: wait <see cref="Gap"/> after the previous step, then send this.</summary>
internal sealed record Request(
    TimeSpan Gap,
    string Method,
    string Path,
    string Route,
    int Status,
    string Ip,
    string? ResponseBody = null,
    string Query = "",
    string? UserId = null,
    string? ApiKey = null,
    string? RequestBody = null,
    string UserAgent = "Mozilla/5.0 (simulated)",
    double DurationMs = 25);
