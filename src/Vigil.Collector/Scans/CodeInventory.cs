using Vigil.Collector.ReadApi;
using Vigil.Inventory;

namespace Vigil.Collector.Scans;

/// <summary>
/// Adds the <c>code</c> source to an inventory already classified by traffic and spec. Endpoints match by method and
/// route shape (<see cref="RouteShape"/>). With a spec: in code or traffic but not in the spec is <c>shadow</c>; in the
/// spec but not in the code is <c>zombie</c> (the handler is gone or was never written, whatever the traffic says).
/// </summary>
internal static class CodeInventory
{
    public const string Code = "code";

    public static EndpointListView Merge(EndpointListView view, ScanIndex? scan, bool hasSpec)
    {
        if (scan is null)
        {
            return view;
        }

        var covered = new HashSet<string>(StringComparer.Ordinal);
        var endpoints = view.Endpoints.Select(e =>
        {
            covered.Add(RouteShape.Key(e.Method, e.Route));
            var code = scan.Find(e.Method, e.Route);
            var inSpec = e.Sources?.Contains(Specs.EndpointInventory.Spec) == true;
            return code is null
                ? hasSpec && inSpec ? e with { Status = "zombie" } : e
                : e with { Sources = [.. e.Sources ?? [], Code], Handler = code.Handler, File = code.File, Line = code.Line, CodeAuth = code.Auth };
        }).ToList();

        var unseen = (view.Unseen ?? []).Select(u =>
        {
            covered.Add(RouteShape.Key(u.Method, u.Route));
            var code = scan.Find(u.Method, u.Route);
            return code is null
                ? u with { Status = "zombie" }
                : u with { Sources = [.. u.Sources, Code], Handler = code.Handler, File = code.File, Line = code.Line, CodeAuth = code.Auth };
        }).ToList();

        foreach (var (method, code) in scan.Endpoints)
        {
            if (covered.Add(RouteShape.Key(method, code.Route!)))
            {
                unseen.Add(new UnseenEndpointView(method, code.Route!, [Code], hasSpec ? "shadow" : null, null)
                {
                    Handler = code.Handler,
                    File = code.File,
                    Line = code.Line,
                    CodeAuth = code.Auth,
                });
            }
        }

        return new EndpointListView(endpoints) { Unseen = unseen };
    }
}
