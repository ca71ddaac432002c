using Vigil.Collector.ReadApi;
using Vigil.OpenApi.Validation;

namespace Vigil.Collector.Specs;

/// <summary>
/// Where each endpoint is known from and what that makes it: <c>documented</c> (in the spec, called), <c>shadow</c>
/// (called, not in the spec), <c>zombie</c> (in the spec and deprecated yet still called, or in the spec with no
/// traffic for <see cref="CollectorOptions.ZombieAfter"/>). Without a spec endpoints carry only their traffic source.
/// </summary>
internal static class EndpointInventory
{
    public const string Traffic = "traffic";
    public const string Spec = "spec";

    public static EndpointListView Classify(IReadOnlyList<EndpointView> seen, ContractValidator? contract, DateTimeOffset now, TimeSpan zombieAfter)
    {
        if (contract is null)
        {
            return new EndpointListView([.. seen.Select(e => e with { Sources = [Traffic] })]);
        }

        var matched = new HashSet<DocumentedOperation>();
        var endpoints = new List<EndpointView>(seen.Count);
        foreach (var e in seen)
        {
            var documented = contract.Find(e.Method, e.Route);
            if (documented is null)
            {
                endpoints.Add(e with { Sources = [Traffic], Status = "shadow" });
                continue;
            }

            matched.Add(documented);
            var stale = now - e.LastSeen > zombieAfter;
            var status = documented.Deprecated || stale ? "zombie" : "documented";
            endpoints.Add(e with { Sources = [Traffic, Spec], Status = status, Deprecated = documented.Deprecated ? true : null, DocumentedRoute = documented.Route });
        }

        // Documented but never called: a zombie once the project has been watched for longer than the window.
        var watchedSince = seen.Count == 0 ? now : seen.Min(e => e.FirstSeen);
        var unseen = contract.Operations.Where(o => !matched.Contains(o))
            .Select(o => new UnseenEndpointView(o.Method, o.Route, [Spec], now - watchedSince > zombieAfter ? "zombie" : "documented", o.Deprecated ? true : null))
            .ToList();
        return new EndpointListView(endpoints) { Unseen = unseen };
    }
}
