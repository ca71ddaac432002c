namespace Vigil.Core.Capture;

public sealed class ServerInfo
{
    /// <summary>The host application's name.</summary>
    public string? Name { get; set; }

    /// <summary>e.g. <c>ASP.NET Core 10.0.1</c>.</summary>
    public string? Framework { get; set; }

    /// <summary>e.g. <c>Vigil.AspNetCore 0.1.0</c>.</summary>
    public string? Sdk { get; set; }
}
