using System.Text.Json.Nodes;
using Vigil.Core.Capture;

namespace Vigil.Masking.Tests.TestKit;

/// <summary>What was planted and where, so a failure message can say how to reproduce it.</summary>
internal sealed record Planted(string Where, string[] MustNotSurvive, string? CardDigits = null);

/// <summary>Plants one random secret at one random place of an exchange.</summary>
internal static class SecretPlanter
{
    public static Planted Plant(CapturedExchange exchange, Random random)
    {
        var secret = Secrets.HighEntropy(random);
        var name = Secrets.SensitiveName(random);
        var request = exchange.Request;
        var headers = random.Next(2) == 0 ? request.Headers : exchange.Response.Headers;
        switch (random.Next(11))
        {
            case 0:
                headers[name] = [secret];
                return new($"header {name}", [secret]);
            case 1:
                string[] schemes = ["Bearer", "Basic", "Token", "Digest", "bearer"];
                var header = random.Next(3) == 0 ? "Proxy-Authorization" : "Authorization";
                request.Headers[header] = [$"{schemes[random.Next(schemes.Length)]} {secret}"];
                return new($"{header} header", [secret]);
            case 2:
                var cookieName = random.Next(2) == 0 ? name : BenignData.Key(random);
                request.Headers["Cookie"] = [$"theme=dark; {cookieName}={secret}; lang=en"];
                return new($"cookie {cookieName}", [secret]);
            case 3:
                exchange.Response.Headers["Set-Cookie"] = [$"{BenignData.Key(random)}={secret}; Path=/; Secure; HttpOnly; SameSite=Lax"];
                return new("set-cookie", [secret]);
            case 4:
                request.Query = Insert(random, name, secret);
                return new($"query {name}", [secret]);
            case 5:
                return PlantJson(exchange, random, name, secret);
            case 6:
                SetBody(request, "application/x-www-form-urlencoded", Insert(random, name, secret));
                return new($"form {name}", [secret]);
            case 7:
                var tag = name.Replace(' ', '_');
                string[] shapes = [$"{name}={secret}", $"{name}: {secret}", $"<{tag}>{secret}</{tag}>", $"\"{name}\": \"{secret}\"", $"'{name}': '{secret}'"];
                var shape = shapes[random.Next(shapes.Length)];
                if (random.Next(3) == 0)
                {
                    exchange.Error = new CapturedError { Type = "System.Exception", Message = $"login failed ({shape}) retry" };
                }
                else
                {
                    SetBody(request, random.Next(2) == 0 ? "text/plain" : "application/xml", $"{BenignData.Word(random)} {shape} {BenignData.Word(random)}");
                }

                return new($"text {shape}", [secret]);
            case 8:
                const string Boundary = "----vigil";
                SetBody(request, $"multipart/form-data; boundary={Boundary}",
                    $"--{Boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n{BenignData.Word(random)}\r\n" +
                    $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{secret}\r\n--{Boundary}--\r\n");
                return new($"multipart {name}", [secret]);
            default:
                return PatternPlanter.Plant(exchange, random, secret);
        }
    }

    public static void SetBody(CapturedRequest request, string contentType, string body)
    {
        request.Headers["Content-Type"] = [contentType];
        request.Body = body;
    }

    private static Planted PlantJson(CapturedExchange exchange, Random random, string name, string secret)
    {
        var root = ExchangeGenerator.JsonTree(random, out var containers);
        JsonNode value = random.Next(4) switch
        {
            0 => new JsonObject { ["value"] = secret },
            1 => new JsonArray(secret, 1),
            2 => new JsonObject { ["deep"] = new JsonObject { ["x"] = new JsonArray(secret) } },
            _ => JsonValue.Create(secret),
        };

        switch (containers[random.Next(containers.Count)])
        {
            case JsonObject obj:
                obj[name] = value;
                break;
            case JsonArray array:
                array.Insert(random.Next(array.Count + 1), new JsonObject { [name] = value });
                break;
        }

        var body = BenignData.Serialize(root, random);
        var where = $"json {name}";
        if (random.Next(3) == 0)
        {
            // Escape the name's first letter as a JSON \u escape: the masker must compare unescaped names.
            var key = $"\"{name}\"";
            var at = body.IndexOf(key, StringComparison.Ordinal);
            body = body[..(at + 1)] + $"\\u{(int)name[0]:x4}" + body[(at + 2)..];
            where += " (escaped)";
        }

        string[] mustNotSurvive = [secret];
        if (random.Next(3) == 0)
        {
            // Truncated like the SDK's capture cap: even a prefix of the value must not survive.
            var from = body.IndexOf(secret, StringComparison.Ordinal) - 8;
            body = body[..random.Next(Math.Max(0, from), body.Length + 1)];
            mustNotSurvive = [secret[..6]];
            where += $" (cut at {body.Length})";
        }

        var side = random.Next(2) == 0;
        var headers = side ? exchange.Request.Headers : exchange.Response.Headers;
        headers["Content-Type"] = [random.Next(3) == 0 ? "text/plain" : "application/json"];
        if (side)
        {
            exchange.Request.Body = body;
        }
        else
        {
            exchange.Response.Body = body;
        }

        return new(where, mustNotSurvive);
    }

    private static string Insert(Random random, string name, string secret)
    {
        var pairs = BenignData.Pairs(random);
        pairs.Insert(random.Next(pairs.Count + 1), new(name, secret));
        return BenignData.Encode(pairs, random);
    }
}
