using Vigil.Storage.Alerts;

namespace Vigil.Collector.Alerts;

/// <summary>
/// What <c>GET /v1/channels</c> shows of a channel's target. A Slack incoming-webhook URL is itself the credential
/// (anyone holding it can post), and webhook URLs often carry tokens in the path, query or userinfo, so only the
/// scheme, host, port and first path segment are shown: enough to tell channels apart, not to use them.
/// </summary>
internal static class TargetRedaction
{
    public const string Mask = "****";

    public static string For(ChannelConfig channel)
    {
        if (channel.Kind == ChannelKind.Email)
        {
            return channel.Target; // recipient addresses, not a credential
        }

        if (!Uri.TryCreate(channel.Target, UriKind.Absolute, out var url))
        {
            return Mask;
        }

        var origin = url.IsDefaultPort ? $"{url.Scheme}://{url.IdnHost}" : $"{url.Scheme}://{url.IdnHost}:{url.Port}";
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length switch
        {
            0 when url.Query.Length == 0 => origin + "/",
            0 or 1 => $"{origin}/{Mask}",
            _ => $"{origin}/{segments[0]}/{Mask}",
        };
    }
}
