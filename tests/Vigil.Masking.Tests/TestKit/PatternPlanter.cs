using System.Text.Json.Nodes;
using Vigil.Core.Capture;

namespace Vigil.Masking.Tests.TestKit;

/// <summary>Plants a secret that must be caught by its shape alone, under an innocent name, anywhere.</summary>
internal static class PatternPlanter
{
    public static Planted Plant(CapturedExchange exchange, Random random, string token)
    {
        string? cardDigits = null;
        string value;
        string mustNotSurvive;
        switch (random.Next(4))
        {
            case 0:
                value = Secrets.Card(random);
                mustNotSurvive = value;
                cardDigits = new string(value.Where(char.IsAsciiDigit).ToArray());
                break;
            case 1:
                value = Secrets.Jwt(random);
                mustNotSurvive = value;
                break;
            case 2:
                value = "Bearer " + token;
                mustNotSurvive = token;
                break;
            default:
                value = Secrets.PemKey(random, out var keyBody);
                mustNotSurvive = keyBody;
                break;
        }

        var where = PlaceInString(exchange, random, value);
        return new Planted($"{where}: {value}", [mustNotSurvive], cardDigits);
    }

    private static string PlaceInString(CapturedExchange exchange, Random random, string value)
    {
        var request = exchange.Request;
        var text = $"{BenignData.Word(random)} {value} {BenignData.Word(random)}";
        switch (random.Next(8))
        {
            case 0:
                (random.Next(2) == 0 ? request.Headers : exchange.Response.Headers)[BenignData.HeaderName(random)] = [text];
                return "header value";
            case 1:
                var pairs = BenignData.Pairs(random);
                pairs.Insert(random.Next(pairs.Count + 1), new(BenignData.Key(random), value));
                request.Query = BenignData.Encode(pairs, random);
                return "query value";
            case 2:
                var root = ExchangeGenerator.JsonTree(random, out var containers);
                switch (containers[random.Next(containers.Count)])
                {
                    case JsonObject obj:
                        obj["plantedField"] = text;
                        break;
                    case JsonArray array:
                        array.Add(text);
                        break;
                }

                SecretPlanter.SetBody(request, "application/json", BenignData.Serialize(root, random));
                return "json string";
            case 3:
                var form = BenignData.Pairs(random);
                form.Add(new(BenignData.Key(random), value));
                SecretPlanter.SetBody(request, "application/x-www-form-urlencoded", BenignData.Encode(form, random));
                return "form value";
            case 4:
                exchange.Response.Headers["Content-Type"] = ["text/html"];
                exchange.Response.Body = $"<html><p>{text}</p></html>";
                return "response text body";
            case 5:
                exchange.Error = new CapturedError { Type = "System.Exception", Message = $"request failed: {text}" };
                return "error message";
            case 6 when !value.Any(char.IsWhiteSpace):
                request.Path = $"/v1/things/{value}/detail";
                return "path segment";
            case 6:
                exchange.Error = new CapturedError { Type = "System.Exception", Message = text };
                return "error message";
            default:
                SecretPlanter.SetBody(request, "application/xml", $"<order><{BenignData.Key(random)}>{value}</{BenignData.Key(random)}></order>");
                return "xml element";
        }
    }
}
