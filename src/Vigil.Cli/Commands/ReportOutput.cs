using Vigil.Reporting;

namespace Vigil.Cli.Commands;

/// <summary>Writes a rendered report to the terminal or, with <c>--output</c>, to a file.</summary>
internal static class ReportOutput
{
    public static async Task WriteAsync(Report report, IReportRenderer renderer, FileInfo? output, CancellationToken cancellationToken)
    {
        if (output is null)
        {
            renderer.Render(report, Console.Out);
            return;
        }

        var writer = new StreamWriter(output.FullName);
        await using (writer.ConfigureAwait(false))
        {
            renderer.Render(report, writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        Console.Error.WriteLine($"Wrote {output.FullName}.");
    }
}
