namespace Vigil.Scan.Tests.Taint;

public sealed class CommandInjectionAnalyzerTests
{
    [Theory]
    [InlineData("""Process.Start("convert", "-resize " + input);""")]
    [InlineData("""var psi = new ProcessStartInfo { FileName = "sh" }; psi.Arguments = "-c " + input;""")]
    public void Detect(string body) => SinkCase.Detects("VG4002", body);

    [Theory]
    [InlineData("""Process.Start("convert", "-resize 50%"); _ = input;""")]
    [InlineData("""var psi = new ProcessStartInfo { FileName = "sh" }; psi.ArgumentList.Add(input);""")]
    public void Safe(string body) => SinkCase.Passes("VG4002", body);
}
