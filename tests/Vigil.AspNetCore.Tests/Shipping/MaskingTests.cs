using Microsoft.AspNetCore.Builder;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Shipping;

/// <summary>Masking happens in-process, before serialization: what the fake collector receives is what left the host.</summary>
public sealed class MaskingTests
{
    [Fact]
    public async Task Headers_are_shipped_with_the_authorization_credential_masked()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/me", () => "me"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Add("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl");
        request.Headers.Add("X-Request-Id", "r-1");
        (await app.Client.SendAsync(request)).EnsureSuccessStatusCode();

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/me");
        Assert.Equal("r-1", e.Request.Headers.First("X-Request-Id"));
        Assert.Equal("Bearer ****", e.Request.Headers.First("Authorization"));
    }

    [Fact]
    public async Task A_multipart_form_is_captured_with_its_secret_fields_masked()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapPost("/signup", async (Microsoft.AspNetCore.Http.HttpRequest request) => (await request.ReadFormAsync())["q"].ToString()));

        using var form = new MultipartFormDataContent
        {
            { new StringContent("1 OR 1=1--"), "q" },
            { new StringContent("Summer2024!"), "password" },
        };
        var answer = await (await app.Client.PostAsync("/signup", form)).Content.ReadAsStringAsync();
        Assert.Equal("1 OR 1=1--", answer);

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/signup");
        Assert.Contains("1 OR 1=1--", e.Request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Summer2024!", e.Request.Body, StringComparison.Ordinal);
    }
}

/// <summary>JSON bodies travel as UTF-8 bytes through masking and serialization; over the wire they must read as before.</summary>
public sealed class JsonBodyShippingTests
{
    private const string Secret = "SxPw7vK2pLr9mWz";

    // Nothing to mask, with what escaping and decoding could alter: non-ASCII, escaped quotes, a newline, 1.50.
    private const string Plain = "{\"user\": \"zoë ☕\", \"note\": \"say \\\"hi\\\"\",\n \"total\": 1.50}";

    [Fact]
    public async Task Detect_a_secret_in_a_json_body_never_ships_and_a_body_with_nothing_to_mask_arrives_exactly_as_sent()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapPost("/login", async (Microsoft.AspNetCore.Http.HttpContext context) =>
            {
                using var reader = new StreamReader(context.Request.Body);
                await reader.ReadToEndAsync();
                return Microsoft.AspNetCore.Http.Results.Text(Plain, "application/json; charset=utf-8");
            }));

        var sent = $$"""{"login":"zoë","password":"{{Secret}}","card":"4111 1111 1111 1111"}""";
        (await app.Client.PostAsync("/login", new StringContent(sent, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/login");
        Assert.Equal("""{"login":"zoë","password":"****","card":"****"}""", e.Request.Body);
        Assert.Equal(Plain, e.Response.Body);
    }
}

/// <summary>The SDK reads JWT facts from the raw header on the shipper thread, then masks the header.</summary>
public sealed class AuthFactsShippingTests
{
    [Fact]
    public async Task An_alg_none_jwt_ships_as_facts_while_the_token_never_leaves_the_process()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/admin", () => "ok"));
        var header = System.Buffers.Text.Base64Url.EncodeToString("""{"alg":"none","typ":"JWT"}"""u8);
        var payload = System.Buffers.Text.Base64Url.EncodeToString("""{"sub":"admin-7731","iat":1700000000}"""u8);
        var token = header + "." + payload + ".";

        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        (await app.Client.SendAsync(request)).EnsureSuccessStatusCode();

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/admin");
        Assert.Equal("Bearer ****", e.Request.Headers.First("Authorization"));
        Assert.Equal("Bearer", e.Request.Auth?.Scheme);
        Assert.Equal("none", e.Request.Auth?.Jwt?.Alg);
        Assert.False(e.Request.Auth!.Jwt!.HasExp);
        var shipped = string.Concat(collector.Batches.Select(b => System.Text.Json.JsonSerializer.Serialize(b.Batch, Vigil.Protocol.ProtocolJson.Batch)));
        Assert.DoesNotContain(payload, shipped, StringComparison.Ordinal);
        Assert.DoesNotContain(header, shipped, StringComparison.Ordinal);
        Assert.DoesNotContain("admin-7731", shipped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_basic_credential_ships_its_scheme_only()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/basic", () => "ok"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/basic");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpodW50ZXIy");
        (await app.Client.SendAsync(request)).EnsureSuccessStatusCode();

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/basic");
        Assert.Equal("Basic", e.Request.Auth?.Scheme);
        Assert.Null(e.Request.Auth!.Jwt);
    }
}
