using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Vigil.Alerting.Channels;
using Vigil.Collector.Http;
using Vigil.Collector.Keys;
using Vigil.Core.Findings;
using Vigil.Protocol.Validation;
using Vigil.Storage.Alerts;

namespace Vigil.Collector.Alerts;

/// <summary><c>/v1/channels</c>: the key's project's alert channels. Secrets go in, never come out.</summary>
internal static class ChannelEndpoints
{
    private const int MaxBodyChars = 16 * 1024;

    public static async Task<IResult> ListAsync(HttpContext http, IAlertStore store)
    {
        var channels = await store.ListChannelsAsync(KeyRequirement.Current(http).ProjectId, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new ChannelListView([.. channels.Select(ChannelView.From)]), AlertJsonContext.Default.ChannelListView);
    }

    public static async Task<IResult> PutAsync(HttpContext http, string name, IAlertStore store, CollectorOptions options)
    {
        var project = KeyRequirement.Current(http).ProjectId;
        var (view, error) = await ReadAsync(http).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var problems = new List<ProtocolError>();
        var kind = Parse<ChannelKind>(view!.Kind, "kind", "webhook, slack or email", problems);
        var minThreat = view.MinThreat is null ? ThreatLevel.Low : Parse<ThreatLevel>(view.MinThreat, "minThreat", "low, medium or high", problems);
        var config = new ChannelConfig
        {
            ProjectId = project,
            Name = name,
            Kind = kind,
            Target = view.Target ?? "",
            Secret = view.Secret,
            SmtpHost = view.SmtpHost,
            SmtpPort = view.SmtpPort ?? 25,
            From = view.Sender,
            MinThreat = minThreat,
            Enabled = view.Enabled ?? true,
        };
        if (problems.Count == 0)
        {
            problems.AddRange(ChannelFactory.Problems(config, options.Alerting.AllowPrivateChannelTargets).Select(p => new ProtocolError(p.Split(' ')[0], p)));
        }

        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems);
        }

        await store.SaveChannelAsync(config, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(ChannelView.From(config), AlertJsonContext.Default.ChannelView);
    }

    public static async Task<IResult> DeleteAsync(HttpContext http, string name, IAlertStore store) =>
        await store.DeleteChannelAsync(KeyRequirement.Current(http).ProjectId, name, http.RequestAborted).ConfigureAwait(false)
            ? Results.NoContent()
            : Problems.NotFound($"No channel '{name}' in this key's project; list them with GET /v1/channels.");

    private static async Task<(ChannelView?, IResult?)> ReadAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var buffer = new char[MaxBodyChars + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await reader.ReadAsync(buffer.AsMemory(read), http.RequestAborted).ConfigureAwait(false)) > 0)
        {
            read += n;
        }

        if (read > MaxBodyChars)
        {
            return (null, Problems.TooLarge($"A channel body is at most {MaxBodyChars} characters"));
        }

        try
        {
            var view = JsonSerializer.Deserialize(new string(buffer, 0, read), AlertJsonContext.Default.ChannelView);
            return view is null ? (null, Problems.BadRequest([new ProtocolError("body", "must be a JSON object")])) : (view, null);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : "";
            return (null, Problems.BadRequest([new ProtocolError("body", $"is not valid JSON{where}")]));
        }
    }

    private static T Parse<T>(string? raw, string field, string allowed, List<ProtocolError> problems)
        where T : struct, Enum
    {
        if (raw is not null && !char.IsAsciiDigit(raw.FirstOrDefault()) && Enum.TryParse<T>(raw, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        problems.Add(new ProtocolError(field, $"must be {allowed}"));
        return default;
    }
}
