using System.Text.Json;
using Vigil.Scan.Output;

namespace Vigil.Scan.Tests.Output;

public sealed class OpenApiWriterTests
{
    [Fact]
    public void Writes_an_openapi_3_1_document_with_parameters_bodies_security_and_source_places()
    {
        var endpoints = ScanOf.Endpoints("""
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/orders/{id:int}", (int id, string? expand) => new Order(id)).RequireAuthorization();
            app.MapPost("/orders", (Order order) => order);
            public record Order(int Id);
            """);
        using var stream = new MemoryStream();

        OpenApiWriter.Write(endpoints, "shop", stream);

        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal("3.1.0", root.GetProperty("openapi").GetString());
        var get = root.GetProperty("paths").GetProperty("/orders/{id}").GetProperty("get");
        var parameters = get.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString(), p.GetProperty("required").GetBoolean())).ToList();
        Assert.Equal([("id", "path", true), ("expand", "query", false)], parameters);
        Assert.Equal("integer", get.GetProperty("parameters")[0].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Array, get.GetProperty("security").ValueKind);
        Assert.Equal("File0.cs:2", get.GetProperty("x-vigil-source").GetString());
        var post = root.GetProperty("paths").GetProperty("/orders").GetProperty("post");
        Assert.Equal("Order", post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("title").GetString());
        Assert.False(post.TryGetProperty("security", out _));
    }
}
