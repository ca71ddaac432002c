namespace Vigil.Scan.Tests.Taint;

public sealed class PathTraversalAnalyzerTests
{
    [Theory]
    [InlineData("""var text = File.ReadAllText(Path.Combine("/srv/docs", input));""")]
    [InlineData("""using var s = new FileStream("/tmp/" + input, FileMode.Open);""")]
    public void Detect(string body) => SinkCase.Detects("VG4003", body);

    [Theory]
    [InlineData("""var text = File.ReadAllText(Path.Combine("/srv/docs", Path.GetFileName(input)));""")]
    [InlineData("""using var s = new FileStream("/tmp/fixed.txt", FileMode.Open); _ = input;""")]
    public void Safe(string body) => SinkCase.Passes("VG4003", body);
}
