namespace Vigil.Core.Capture;

/// <summary>The authenticated principal of a request, as far as the host app established it.</summary>
public sealed class CapturedUser
{
    public string? Id { get; set; }

    /// <summary>Authentication scheme or type, e.g. <c>Bearer</c>, <c>Cookies</c>, <c>ApiKey</c>.</summary>
    public string? AuthScheme { get; set; }
}
