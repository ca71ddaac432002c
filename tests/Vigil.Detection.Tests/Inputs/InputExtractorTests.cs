using Vigil.Detection.Engine;
using Vigil.Detection.Inputs;
using Vigil.Detection.Tests.Support;

namespace Vigil.Detection.Tests.Inputs;

public sealed class InputExtractorTests
{
    private static IReadOnlyList<RequestInput> Inputs(Vigil.Core.Capture.CapturedExchange e) => new RequestContext(e, "x").Inputs;

    [Fact]
    public void Query_path_cookies_and_custom_headers_are_decoded_and_located()
    {
        var e = Http.Get("https://api.example.com/api/users/O%27Brien?q=a%20b+c&empty").WithRequestHeader("Cookie", "sid=x; theme=dark%20mode").WithRequestHeader("X-Tenant", "acme");

        var inputs = Inputs(e).ToDictionary(i => i.Location, i => i.Value);

        Assert.Equal("a b c", inputs["query.q"]);
        Assert.Equal("", inputs["query.empty"]);
        Assert.Equal("O'Brien", inputs["path[2]"]);
        Assert.Equal("dark mode", inputs["cookie.theme"]);
        Assert.Equal("acme", inputs["header.X-Tenant"]);
        Assert.Equal("tests", inputs["header.User-Agent"]);
        Assert.DoesNotContain("header.Cookie", inputs.Keys);
    }

    [Fact]
    public void Json_leaves_and_keys_are_located_by_pointer()
    {
        var e = Http.Post("https://api.example.com/orders", """{"customer":{"name":"Asha"},"items":[{"note":"no onions"},"x"],"filter":{"$ne":null}}""");

        var inputs = Inputs(e);

        Assert.Contains(inputs, i => i.Location == "body/customer/name" && i.Value == "Asha");
        Assert.Contains(inputs, i => i.Location == "body/items/0/note" && i.Value == "no onions");
        Assert.Contains(inputs, i => i.Location == "body/items/1" && i.Value == "x");
        Assert.Contains(inputs, i => i.Source == InputSource.JsonKey && i.Value == "$ne" && i.Location == "body/filter/$ne");
    }

    [Fact]
    public void Truncated_json_yields_the_leaves_before_the_cut()
    {
        var e = Http.Post("https://api.example.com/orders", """{"a":"first","b":"second","c":"thi""");

        var values = Inputs(e).Where(i => i.Source == InputSource.JsonValue).Select(i => i.Value).ToList();

        Assert.Equal(["first", "second"], values);
    }

    [Fact]
    public void Form_bodies_are_split_into_fields()
    {
        var e = Http.Post("https://api.example.com/login", "user=asha&comment=hello+world%21", "application/x-www-form-urlencoded");

        Assert.Contains(Inputs(e), i => i.Location == "form.comment" && i.Value == "hello world!");
    }

    [Fact]
    public void Multipart_bodies_are_split_into_fields_and_file_names()
    {
        const string body = "--XyZ\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\n1 OR 1=1--\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"../../etc/passwd\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nline one\r\nline two\r\n--XyZ--\r\n";
        var e = Http.Post("https://api.example.com/profile", body, "multipart/form-data; boundary=\"XyZ\"");

        var inputs = Inputs(e).Where(i => i.Source == InputSource.Form).ToDictionary(i => i.Location, i => i.Value);

        Assert.Equal("1 OR 1=1--", inputs["form.q"]);
        Assert.Equal("../../etc/passwd", inputs["form.avatar.filename"]);
        Assert.Equal("line one\r\nline two", inputs["form.note"]);
        Assert.DoesNotContain("form.avatar", inputs.Keys);
    }

    [Theory]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=")]
    public void Multipart_without_a_boundary_is_read_as_one_value(string contentType)
    {
        var e = Http.Post("https://api.example.com/profile", "q=1 OR 1=1--", contentType);

        Assert.Contains(Inputs(e), i => i.Location == "body" && i.Value == "q=1 OR 1=1--");
    }

    [Fact]
    public void Hostile_requests_are_bounded()
    {
        var query = string.Join('&', Enumerable.Range(0, 5000).Select(i => $"p{i}=v"));
        var e = Http.Get("https://api.example.com/x?" + query);
        e.Request.Body = "{\"a\":\"" + new string('x', 1_000_000) + "\"}";
        e.Request.Headers["Content-Type"] = ["application/json"];

        var inputs = Inputs(e);

        Assert.Equal(InputExtractor.MaxInputs, inputs.Count);
        Assert.All(inputs, i => Assert.True(i.Value.Length <= InputExtractor.MaxValueChars));
    }
}
