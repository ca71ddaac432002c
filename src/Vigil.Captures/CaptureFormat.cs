namespace Vigil.Captures;

/// <summary>What a capture file turned out to be; known once reading has started.</summary>
public enum CaptureFormat
{
    /// <summary>Not (yet) recognised: empty, unreadable, or not a capture file.</summary>
    Unknown,

    /// <summary>HTTP Archive 1.2, as browsers' developer tools export it. Numbers are entry numbers.</summary>
    Har,

    /// <summary>One Vigil protocol event per line. Numbers are line numbers.</summary>
    JsonLines,
}
