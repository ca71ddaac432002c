namespace Vigil.Scan.Tests.Taint;

public sealed class UnsafeDeserializationAnalyzerTests
{
    [Theory]
    [InlineData("""var type = Type.GetType(input); var obj = Activator.CreateInstance(type!);""")]
    [InlineData("""var obj = Activator.CreateInstance("App", context.Request.Headers["X-Type"].ToString());""")]
    public void Detect(string body) => SinkCase.Detects("VG4008", body);

    [Theory]
    [InlineData("""var type = Type.GetType("System.String"); _ = input;""")]
    [InlineData("""var obj = Activator.CreateInstance(typeof(string)); _ = input;""")]
    public void Safe(string body) => SinkCase.Passes("VG4008", body);
}
