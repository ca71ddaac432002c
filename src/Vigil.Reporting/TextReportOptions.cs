namespace Vigil.Reporting;

/// <summary>Terminal switches for <see cref="TextReportRenderer"/>; null means "work it out from the writer".</summary>
public sealed record TextReportOptions
{
    /// <summary>
    /// Colours and styles. By default on only when writing to <see cref="Console.Out"/> that is a terminal and
    /// <c>NO_COLOR</c> is unset, so files, pipes and CI logs never get escape codes.
    /// </summary>
    public bool? Ansi { get; init; }

    /// <summary>Columns to wrap at. By default the terminal's width, or 120 when redirected (wide enough for a route and a rule id, narrow enough for a CI log).</summary>
    public int? Width { get; init; }
}
