using Vigil.Audit.Engine;
using Vigil.Audit.Model;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class PlainHttpServerCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3006", "Server over plain HTTP", AuditCategories.Security, ThreatLevel.High, "CWE-319", Owasp.Misconfiguration,
        "Serve the API over https:// only; plain HTTP exposes tokens and data to anyone on the path. Local development servers (localhost) are exempt.");

    public void Run(AuditContext context)
    {
        var servers = context.Document.Servers ?? [];
        for (var i = 0; i < servers.Count; i++)
        {
            var url = servers[i].Url ?? "";
            if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !IsLocal(url))
            {
                context.Report(Descriptor, Pointer.Join("/servers", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "url"), $"Server {url} is plain HTTP.");
            }
        }
    }

    private static bool IsLocal(string url)
    {
        var host = url["http://".Length..].Split('/', ':')[0];
        return host is "localhost" or "127.0.0.1" or "[" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) || host.StartsWith("{", StringComparison.Ordinal);
    }
}
