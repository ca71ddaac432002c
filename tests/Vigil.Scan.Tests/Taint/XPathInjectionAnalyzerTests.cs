namespace Vigil.Scan.Tests.Taint;

public sealed class XPathInjectionAnalyzerTests
{
    [Theory]
    [InlineData("""var node = doc.SelectSingleNode("//user[name='" + input + "']");""")]
    [InlineData("""var nodes = doc.SelectNodes($"//order[@id={input}]");""")]
    public void Detect(string body) => SinkCase.Detects("VG4007", body);

    [Theory]
    [InlineData("""var node = doc.SelectSingleNode("//user[@active='true']"); _ = input;""")]
    [InlineData("""var nodes = doc.SelectNodes("//order"); _ = input;""")]
    public void Safe(string body) => SinkCase.Passes("VG4007", body);
}
