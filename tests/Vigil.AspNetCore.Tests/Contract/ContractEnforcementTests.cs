using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.AspNetCore.Contract;
using Vigil.TestKit;

namespace Vigil.AspNetCore.Tests.Contract;

public sealed class ContractEnforcementTests : IAsyncLifetime
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Orders, version: '1'}
        paths:
          /orders/{id}:
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: integer, minimum: 1}}
              responses: {'200': {description: ok}}
          /orders:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      additionalProperties: false
                      required: [quantity]
                      properties:
                        quantity: {type: integer, minimum: 1, maximum: 10}
              responses: {'201': {description: created}}
        """;

    private readonly TempDirectory _folder = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var spec = _folder.File("openapi.yaml");
        await File.WriteAllTextAsync(spec, Spec);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.UseRouting();
        _app.UseVigilContract(spec);
        _app.MapGet("/orders/{id}", (string id) => Results.Text("order " + id));
        _app.MapPost("/orders", async (HttpRequest r) => Results.Text("got " + await new StreamReader(r.Body).ReadToEndAsync(), statusCode: 201));
        _app.MapGet("/health", () => Results.Text("ok")).SkipContractValidation();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Safe_valid_requests_reach_the_handler_with_their_body_intact()
    {
        Assert.Equal("order 7", await _client.GetStringAsync("/orders/7"));
        var created = await _client.PostAsync("/orders", new StringContent("""{"quantity":2}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("""got {"quantity":2}""", await created.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Detect_invalid_parameters_and_bodies_are_rejected_with_problem_json_before_the_handler()
    {
        var badId = await _client.GetAsync("/orders/zero");
        var badBody = await _client.PostAsync("/orders", new StringContent("""{"quantity":50,"isAdmin":true}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal("application/problem+json", badId.Content.Headers.ContentType!.MediaType);
        var problem = await badId.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/request/path/id", problem.GetProperty("errors")[0].GetProperty("pointer").GetString());
        var bodyProblem = await badBody.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["/request/body/quantity", "/request/body/isAdmin"], bodyProblem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()));
    }

    [Fact]
    public async Task Detect_a_body_that_repeats_a_property_is_rejected_not_let_through()
    {
        var response = await _client.PostAsync("/orders", new StringContent("""{"quantity":2,"quantity":50}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/request/body", problem.GetProperty("errors")[0].GetProperty("pointer").GetString());
    }

    private static HttpContent Chunked(string json)
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        return content;
    }

    [Fact]
    public async Task Detect_a_chunked_body_without_content_length_is_still_checked()
    {
        using var bad = new HttpRequestMessage(HttpMethod.Post, "/orders") { Content = Chunked("""{"quantity":50}""") };
        bad.Headers.TransferEncodingChunked = true;
        using var good = new HttpRequestMessage(HttpMethod.Post, "/orders") { Content = Chunked("""{"quantity":2}""") };
        good.Headers.TransferEncodingChunked = true;

        var rejected = await _client.SendAsync(bad);
        var accepted = await _client.SendAsync(good);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal("""got {"quantity":2}""", await accepted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Detect_oversized_and_unparseable_json_bodies_on_a_documented_body_are_refused()
    {
        var huge = """{"quantity":2,"pad":" """ + new string('x', ContractEnforcementMiddleware.MaxBodyBytes) + "\"}";
        using var chunkedHuge = new HttpRequestMessage(HttpMethod.Post, "/orders") { Content = Chunked(huge) };
        chunkedHuge.Headers.TransferEncodingChunked = true;

        var tooLarge = await _client.PostAsync("/orders", new StringContent(huge, Encoding.UTF8, "application/json"));
        var tooLargeChunked = await _client.SendAsync(chunkedHuge);
        var broken = await _client.PostAsync("/orders", new StringContent("""{"quantity":2""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLargeChunked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("/request/body", (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task Detect_undocumented_endpoints_unless_they_opt_out()
    {
        var shadow = await _client.GetAsync("/admin/export");
        var health = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.BadRequest, shadow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public void An_invalid_spec_fails_start_up_with_every_error()
    {
        var bad = _folder.File("bad.yaml");
        File.WriteAllText(bad, "openapi: 3.0.0\ninfo: [\n");
        var app = WebApplication.CreateSlimBuilder().Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.UseVigilContract(bad));

        Assert.Contains("bad.yaml:", error.Message, StringComparison.Ordinal);
    }
}
