using Microsoft.AspNetCore.Http;
using Vigil.Collector.Http;
using Vigil.Collector.Keys;
using Vigil.Collector.Settings;
using Vigil.Dashboard;
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

    public static async Task<IResult> PutAsync(HttpContext http, string name, ProjectSettingsService settings)
    {
        var (view, error) = await BoundedBody.ReadJsonAsync(http.Request, MaxBodyChars, AlertJsonContext.Default.ChannelView, http.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var input = new ChannelInput
        {
            Name = name,
            Kind = view!.Kind,
            Target = view.Target,
            Secret = view.Secret,
            SmtpHost = view.SmtpHost,
            SmtpPort = view.SmtpPort,
            From = view.Sender,
            MinThreat = view.MinThreat,
            Enabled = view.Enabled,
        };
        var (channel, problems) = await settings.SaveChannelAsync(KeyRequirement.Current(http).ProjectId, input, replace: true, http.RequestAborted).ConfigureAwait(false);
        return channel is null ? Problems.BadRequest(problems) : Results.Json(ChannelView.From(channel), AlertJsonContext.Default.ChannelView);
    }

    public static async Task<IResult> DeleteAsync(HttpContext http, string name, IAlertStore store) =>
        await store.DeleteChannelAsync(KeyRequirement.Current(http).ProjectId, name, http.RequestAborted).ConfigureAwait(false)
            ? Results.NoContent()
            : Problems.NotFound($"No channel '{name}' in this key's project; list them with GET /v1/channels.");
}
