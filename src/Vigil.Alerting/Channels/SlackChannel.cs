using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using Vigil.Alerting.Grouping;

namespace Vigil.Alerting.Channels;

/// <summary>A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat): <c>{"text": "…"}</c>.</summary>
public sealed class SlackChannel(string name, Uri url, HttpClient http) : IAlertChannel
{
    public string Name => name;

    public static string Text(AlertChange change)
    {
        var a = change.Alert;
        var lines = new List<string> { $"*{AlertPayload.Headline(change)}*" };
        if (a.Message is not null)
        {
            lines.Add(a.Message);
        }

        lines.Add($"{a.Findings} finding(s) since {a.FirstSeen:u} | rule `{a.RuleId}` | alert `{a.Id}`");
        return string.Join('\n', lines);
    }

    public async Task<DeliveryAttempt> SendAsync(AlertChange change, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("text", Text(change));
            w.WriteEndObject();
        }

        using var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
        return DeliveryAttempt.FromStatus((int)response.StatusCode);
    }
}
