using Vigil.Masking;

namespace Vigil.AspNetCore;

/// <summary>Settings of the Vigil SDK; bound from configuration section <c>Vigil</c>, then from the AddVigil callback.</summary>
public sealed class VigilOptions
{
    /// <summary>Collector base address, e.g. <c>http://127.0.0.1:5080</c>. Capture is off while it is unset.</summary>
    public string? Endpoint { get; set; }

    /// <summary>An ingest key created with <c>vigil keys create --scope ingest</c>.</summary>
    public string? ApiKey { get; set; }

    public bool Enabled { get; set; } = true;

    public MaskingOptions Masking { get; set; } = new();
}
