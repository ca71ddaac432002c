namespace Vigil.Reporting.Tests;

public sealed class ReportFormatsTests
{
    [Theory]
    [InlineData("text", ReportFormat.Text)]
    [InlineData("JSON", ReportFormat.Json)]
    [InlineData(" sarif ", ReportFormat.Sarif)]
    [InlineData("md", ReportFormat.Markdown)]
    [InlineData("markdown", ReportFormat.Markdown)]
    public void Parses_known_names(string value, ReportFormat expected) => Assert.Equal(expected, ReportFormats.Parse(value));

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_names_list_the_valid_ones(string? value)
    {
        Assert.False(ReportFormats.TryParse(value, out _, out var error));
        Assert.Contains("text, json, sarif, md", error);
    }

    [Fact]
    public void Every_format_has_a_renderer_and_a_name_that_parses_back()
    {
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            Assert.NotNull(ReportRenderers.For(format));
            Assert.Equal(format, ReportFormats.Parse(ReportFormats.Name(format)));
        }
    }
}
