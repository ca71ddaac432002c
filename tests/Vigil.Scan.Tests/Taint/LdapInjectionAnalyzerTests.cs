namespace Vigil.Scan.Tests.Taint;

public sealed class LdapInjectionAnalyzerTests
{
    [Theory]
    [InlineData("""var searcher = new DirectorySearcher("(uid=" + input + ")");""")]
    [InlineData("""var searcher = new DirectorySearcher(); searcher.Filter = $"(mail={input})";""")]
    public void Detect(string body) => SinkCase.Detects("VG4006", body);

    [Theory]
    [InlineData("""var searcher = new DirectorySearcher("(objectClass=user)"); _ = input;""")]
    [InlineData("""var searcher = new DirectorySearcher(); searcher.Filter = "(mail=*)"; _ = input;""")]
    public void Safe(string body) => SinkCase.Passes("VG4006", body);
}
