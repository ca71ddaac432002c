using System.Net;
using System.Net.Sockets;

namespace Vigil.Detection.Rules.Injection;

/// <summary>Says why a URL reaches inside a server's network, or null when it does not.</summary>
internal static class InternalUrl
{
    private static readonly HashSet<string> DangerousSchemes = new(StringComparer.OrdinalIgnoreCase) { "file", "gopher", "dict", "ldap", "ftp", "jar", "netdoc", "tftp" };
    private static readonly HashSet<string> MetadataHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "169.254.169.254", "metadata.google.internal", "metadata", "100.100.100.200", "fd00:ec2::254", "instance-data",
    };

    public static string? Describe(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme.Length == 0)
        {
            return null;
        }

        if (DangerousSchemes.Contains(uri.Scheme))
        {
            // file: URLs are absolute paths to the parser too; require the scheme to be written out.
            return value.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase) ? $"{uri.Scheme}: URL reaches local files or internal services" : null;
        }

        if (uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.Trim('[', ']');
        if (MetadataHosts.Contains(host))
        {
            return "URL points at a cloud metadata service";
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "URL points at the server itself (localhost)";
        }

        // Uri normalises decimal, octal and hex forms (http://2130706433/, http://0x7f.1/) to dotted quads.
        return IPAddress.TryParse(host, out var ip) ? DescribeAddress(ip) : null;
    }

    private static string? DescribeAddress(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        if (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any))
        {
            return "URL points at the server itself (loopback)";
        }

        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return ip.IsIPv6LinkLocal ? "URL points at a link-local address" : ip.IsIPv6UniqueLocal ? "URL points at a private network" : null;
        }

        var b = ip.GetAddressBytes();
        return b switch
        {
            [169, 254, ..] => "URL points at a link-local address (cloud metadata lives here)",
            [10, ..] or [192, 168, ..] => "URL points at a private network",
            [172, >= 16 and <= 31, ..] => "URL points at a private network",
            [100, >= 64 and <= 127, ..] => "URL points at carrier-grade NAT space",
            [0, ..] => "URL points at the 0.0.0.0/8 'this network' range",
            _ => null,
        };
    }
}
