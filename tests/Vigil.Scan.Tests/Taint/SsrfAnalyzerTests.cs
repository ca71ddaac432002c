namespace Vigil.Scan.Tests.Taint;

public sealed class SsrfAnalyzerTests
{
    [Theory]
    [InlineData("""var body = await http.GetStringAsync(input);""")]
    [InlineData("""var req = new HttpRequestMessage(HttpMethod.Get, new Uri(input)); await http.SendAsync(req);""")]
    public void Detect(string body) => SinkCase.Detects("VG4004", body);

    [Theory]
    [InlineData("""var body = await http.GetStringAsync("https://api.example.com/items/" + input.Length);""")]
    [InlineData("""var req = new HttpRequestMessage(HttpMethod.Get, "https://fixed.example"); _ = input;""")]
    public void Safe(string body) => SinkCase.Passes("VG4004", body);
}
