using System.Net;
using System.Net.Sockets;

namespace Vigil.Alerting.Channels;

/// <summary>
/// Keeps alert channels from reaching the collector's own network: anyone with a read key can configure a channel,
/// so without this a webhook to 169.254.169.254 or 127.0.0.1:6379 turns the collector into a proxy and port scanner.
/// The check runs on the address actually connected to (after DNS), so a name that later re-resolves to a private
/// address (DNS rebinding) is refused too. Operators opt in with <see cref="AlertingOptions.AllowPrivateChannelTargets"/>.
/// </summary>
public static class ChannelTargetGuard
{
    public const string RefusedMessage = "target address not allowed (loopback, private, link-local or metadata); set allowPrivateChannelTargets in the --alerts file to permit it";

    /// <summary>An HttpClient for webhook and Slack channels: no redirects, and every connection checked.</summary>
    public static HttpClient CreateHttpClient(bool allowPrivate, TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
        };
        return new HttpClient(handler) { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
    }

    /// <summary>The first permitted address of <paramref name="host"/>; throws <see cref="ChannelTargetRefusedException"/> when none is.</summary>
    public static async Task<IPAddress> ResolveAsync(string host, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        foreach (var address in addresses)
        {
            if (allowPrivate || !IsForbidden(address))
            {
                return address;
            }
        }

        throw new ChannelTargetRefusedException(host);
    }

    /// <summary>True for a host literal (an IP or "localhost") that is refused without the opt-in; names are checked at connect.</summary>
    public static bool IsForbiddenLiteral(string host) =>
        host.Trim('[', ']') is var h && (IPAddress.TryParse(h, out var ip) ? IsForbidden(ip)
            : h.Equals("localhost", StringComparison.OrdinalIgnoreCase) || h.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase));

    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10 or 127 || b[0] >= 224 // "this network", RFC1918, loopback, multicast and reserved
                || (b[0] == 169 && b[1] == 254) // link-local, including the cloud metadata service 169.254.169.254
                || (b[0] == 172 && (b[1] & 0xF0) == 16)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 100 && (b[1] & 0xC0) == 64) // CGNAT 100.64.0.0/10
                || (b[0] == 192 && b[1] == 0 && b[2] == 0); // IETF protocol assignments (192.0.0.192 is Oracle's metadata)
        }

        var v6 = address.GetAddressBytes();
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (v6[0] & 0xFE) == 0xFC // unique local fc00::/7 (AWS metadata is fd00:ec2::254)
            || (address.IsIPv4MappedToIPv6 is false && v6.AsSpan(0, 12).SequenceEqual(new byte[12]) && v6[12..].Any(x => x != 0)); // IPv4-compatible ::a.b.c.d
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var address = await ResolveAsync(endpoint.Host, allowPrivate, cancellationToken).ConfigureAwait(false);
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A channel target resolved only to addresses the collector may not reach.</summary>
public sealed class ChannelTargetRefusedException(string host) : Exception($"{host}: {ChannelTargetGuard.RefusedMessage}");
