using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Vigil.AspNetCore.Configuration;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// The caller's address. X-Forwarded-For is trivially forged, so it is read only when the connection comes from a
/// configured proxy, and then from the right: each trusted proxy appended the address it saw, so the right-most
/// address that is not a trusted proxy is the last one no one we trust could have invented.
/// </summary>
internal static class ClientAddressResolver
{
    public static string Resolve(HttpContext context, IReadOnlyList<IPNetwork> trustedProxies)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is null)
        {
            return "";
        }

        remote = VigilOptionsValidator.Normalize(remote);
        if (trustedProxies.Count == 0 || !IsTrusted(remote, trustedProxies))
        {
            return remote.ToString();
        }

        var forwarded = context.Request.Headers["X-Forwarded-For"];
        return ResolveForwarded(remote, forwarded, trustedProxies).ToString();
    }

    internal static IPAddress ResolveForwarded(IPAddress remote, StringValues forwardedFor, IReadOnlyList<IPNetwork> trustedProxies)
    {
        var client = remote;
        for (var v = forwardedFor.Count - 1; v >= 0; v--)
        {
            var entries = (forwardedFor[v] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var i = entries.Length - 1; i >= 0; i--)
            {
                if (!TryParse(entries[i], out var address))
                {
                    // Garbage in the chain: stop at the last hop we could verify.
                    return client;
                }

                client = address;
                if (!IsTrusted(address, trustedProxies))
                {
                    return client;
                }
            }
        }

        return client;
    }

    private static bool IsTrusted(IPAddress address, IReadOnlyList<IPNetwork> trustedProxies)
    {
        foreach (var network in trustedProxies)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParse(string entry, out IPAddress address)
    {
        // Entries may carry a port: "203.0.113.7:4711" or "[2001:db8::1]:4711".
        if (IPAddress.TryParse(entry, out var parsed))
        {
            address = VigilOptionsValidator.Normalize(parsed);
            return true;
        }

        if (IPEndPoint.TryParse(entry, out var endPoint))
        {
            address = VigilOptionsValidator.Normalize(endPoint.Address);
            return true;
        }

        address = IPAddress.None;
        return false;
    }
}
