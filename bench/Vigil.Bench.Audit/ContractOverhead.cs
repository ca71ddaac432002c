using System.Diagnostics;
using Vigil.Core.Capture;
using Vigil.OpenApi;
using Vigil.OpenApi.Validation;

namespace Vigil.Bench.Audit;

/// <summary>
/// The SDK's enforcement mode costs one <see cref="ContractValidator.ValidateRequest"/> per request: median and p99 per
/// call on typical requests (a GET with path, query and header parameters; a POST with a 200-byte JSON body), timed
/// one call at a time after warm-up, beside building the request the middleware hands it (the floor).
/// </summary>
internal static class ContractOverhead
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths:
          /restaurants/{restaurantId}/orders/{orderId}:
            get:
              parameters:
                - {name: restaurantId, in: path, required: true, schema: {type: string, format: uuid}}
                - {name: orderId, in: path, required: true, schema: {type: integer, minimum: 1}}
                - {name: fields, in: query, schema: {type: string, enum: [summary, full]}}
                - {name: X-Tenant, in: header, required: true, schema: {type: string, maxLength: 40}}
              responses: {'200': {description: ok}}
          /restaurants/{restaurantId}/orders:
            post:
              parameters:
                - {name: restaurantId, in: path, required: true, schema: {type: string, format: uuid}}
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      additionalProperties: false
                      required: [table, items]
                      properties:
                        table: {type: integer, minimum: 1, maximum: 500}
                        note: {type: string, maxLength: 200}
                        items:
                          type: array
                          maxItems: 50
                          items:
                            type: object
                            required: [sku, quantity]
                            properties:
                              sku: {type: string, pattern: '^[A-Z0-9-]{3,20}$'}
                              quantity: {type: integer, minimum: 1, maximum: 20}
              responses: {'201': {description: created}}
          /menu: {get: {responses: {'200': {description: ok}}}}
          /restaurants: {get: {responses: {'200': {description: ok}}}}
        """;

    public static int Run()
    {
        var validator = new ContractValidator(OpenApiDocumentLoader.Parse(Spec, "shop.yaml").Document!);
        Console.WriteLine("SDK contract enforcement: ContractValidator.ValidateRequest per request (µs, one call timed at a time)");
        Console.WriteLine($"  {"request",-34} {"median",8} {"p99",8}  findings");
        var floor = Measure(Get, _ => 0);
        var get = Measure(Get, r => validator.ValidateRequest(r).Count);
        var post = Measure(Post, r => validator.ValidateRequest(r).Count);
        Print("build request only (floor)", floor);
        Print("GET path+query+header params", get);
        Print("POST 200-byte JSON body", post);
        var worst = Math.Max(get.Median, post.Median);
        Console.WriteLine($"target: validation adds <= 20 µs median per request: {worst:N1} µs {(worst <= 20 ? "PASS" : "MISS")}");
        return 0;
    }

    private static CapturedRequest Get() => new()
    {
        Method = "GET", Scheme = "https", Host = "shop.example", Protocol = "HTTP/1.1", ClientIp = "",
        Path = "/restaurants/3fa85f64-5717-4562-b3fc-2c963f66afa6/orders/1234", Query = "fields=full",
        Headers = new HeaderMap { ["X-Tenant"] = ["acme"], ["Accept"] = ["application/json"], ["User-Agent"] = ["bench/1.0"] },
    };

    private static CapturedRequest Post()
    {
        var r = Get();
        r.Method = "POST";
        r.Path = "/restaurants/3fa85f64-5717-4562-b3fc-2c963f66afa6/orders";
        r.Query = "";
        r.Headers["Content-Type"] = ["application/json"];
        r.Body = """{"table":12,"note":"no onions please","items":[{"sku":"BURGER-1","quantity":2},{"sku":"FRIES-L","quantity":1},{"sku":"COLA-05","quantity":2}]}""";
        return r;
    }

    private static (double Median, double P99, int Findings) Measure(Func<CapturedRequest> make, Func<CapturedRequest, int> work)
    {
        var findings = 0;
        for (var i = 0; i < 20_000; i++)
        {
            findings = work(make());
        }

        var samples = new double[50_000];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            findings = work(make());
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        return (samples[samples.Length / 2], samples[(int)(samples.Length * 0.99)], findings);
    }

    private static void Print(string name, (double Median, double P99, int Findings) m) =>
        Console.WriteLine($"  {name,-34} {m.Median,8:N2} {m.P99,8:N2}  {m.Findings}");
}
