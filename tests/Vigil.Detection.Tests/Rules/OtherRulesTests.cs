using Vigil.Detection.Rules.DataExposure;
using Vigil.Detection.Rules.Injection;
using Vigil.Detection.Rules.ObjectReferences;
using Vigil.Detection.Tests.Support;

namespace Vigil.Detection.Tests.Rules;

public sealed class SequentialIdRuleTests
{
    [Fact]
    public void Detect_an_integer_id_in_a_successful_path() =>
        Assert.Equal("path[2]", Assert.Single(Http.Run<SequentialIdRule>(Http.Get("https://api.example.com/api/orders/1001"))).Location);

    [Theory]
    [InlineData("https://api.example.com/api/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("https://api.example.com/api/v2/orders")]
    public void Safe_uuids_and_words(string url) => Assert.Empty(Http.Run<SequentialIdRule>(Http.Get(url)));
}

public sealed class StackTraceRuleTests
{
    [Fact]
    public void Detect_a_dotnet_stack_trace()
    {
        var body = "System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Orders.Api.OrdersController.Get(Int32 id) in /src/OrdersController.cs:line 42";

        Assert.Single(Http.Run<StackTraceRule>(Http.Get("https://api.example.com/o", 500, "text/plain", body)));
    }

    [Theory]
    [InlineData("{\"error\":\"Traceback (most recent call last)\"}")]
    [InlineData("java.lang.NullPointerException")]
    [InlineData("x\tat java.util.ArrayList.get")]
    [InlineData("   at Npgsql.NpgsqlConnector.Open()")]
    [InlineData("{\"stackTrace\":\"...\"}")]
    [InlineData("{\"exceptionType\":\"Boom\"}")]
    [InlineData("SqlException: Invalid column name")]
    [InlineData("Stack trace: none")]
    public void Detect_every_marker_past_the_quick_check(string body) =>
        Assert.Single(Http.Run<StackTraceRule>(Http.Get("https://api.example.com/o", 500, "text/plain", "ok " + body)));

    [Fact]
    public void Safe_a_problem_details_body() =>
        Assert.Empty(Http.Run<StackTraceRule>(Http.Get("https://api.example.com/o", 500, "application/problem+json", """{"title":"An error occurred","status":500,"traceId":"00-ab"}""")));
}

public sealed class ServerSideRequestForgeryRuleTests
{
    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/iam/security-credentials/")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/")]
    [InlineData("http://127.0.0.1:6379/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f.0.0.1/admin")]
    [InlineData("http://[::1]/")]
    [InlineData("http://10.0.0.5/internal")]
    [InlineData("http://localhost:8080/actuator/env")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://127.0.0.1:25/_HELO")]
    public void Detect_internal_urls_in_any_input(string url)
    {
        Assert.Single(Http.Run<ServerSideRequestForgeryRule>(Http.Get("https://api.example.com/fetch?url=" + Uri.EscapeDataString(url))));
        Assert.Single(Http.Run<ServerSideRequestForgeryRule>(Http.Post("https://api.example.com/webhooks", "{\"target\":{\"callback\":\"" + url + "\"}}")));
    }

    [Theory]
    [InlineData("https://hooks.example.com/notify")]
    [InlineData("https://8.8.8.8/dns")]
    [InlineData("mailto:ops@example.com")]
    [InlineData("The meeting is at 10:30 in room 169.254")]
    public void Safe_public_urls_and_text(string value) =>
        Assert.Empty(Http.Run<ServerSideRequestForgeryRule>(Http.Get("https://api.example.com/fetch?url=" + Uri.EscapeDataString(value))));
}
