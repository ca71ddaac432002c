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

    /// <param name="recent">Recent findings of the project: contract findings among them name undocumented parameters and fields.</param>
    public static EndpointListView Classify(IReadOnlyList<EndpointView> seen, ContractValidator? contract, DateTimeOffset now, TimeSpan zombieAfter, IReadOnlyList<Vigil.Core.Findings.Finding>? recent = null)
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
            var key = $"{documented.Method} {documented.Route}";
            endpoints.Add(e with
            {
                Sources = [Traffic, Spec],
                Status = status,
                Deprecated = documented.Deprecated ? true : null,
                DocumentedRoute = documented.Route,
                UndocumentedParameters = Locations(recent, key, ContractRules.UndocumentedParameter.Id),
                UndocumentedFields = Locations(recent, key, ContractRules.ExcessiveData.Id),
            });
        }

        // Documented but never called: a zombie once the project has been watched for longer than the window.
        var watchedSince = seen.Count == 0 ? now : seen.Min(e => e.FirstSeen);
        var unseen = contract.Operations.Where(o => !matched.Contains(o))
            .Select(o => new UnseenEndpointView(o.Method, o.Route, [Spec], now - watchedSince > zombieAfter ? "zombie" : "documented", o.Deprecated ? true : null))
            .ToList();
        return new EndpointListView(endpoints) { Unseen = unseen };
    }

    // Array indices are folded ("/items/0/cost" and "/items/3/cost" are one field) and the list is capped.
    private static List<string>? Locations(IReadOnlyList<Vigil.Core.Findings.Finding>? recent, string endpoint, string ruleId)
    {
        var found = recent?.Where(f => f.RuleId == ruleId && f.Endpoint == endpoint && f.Location is not null)
            .Select(f => string.Join('/', f.Location!.Split('/').Select(part => part.Length > 0 && part.All(char.IsAsciiDigit) ? "*" : part)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(50).ToList();
        return found is { Count: > 0 } ? found : null;
    }
}
