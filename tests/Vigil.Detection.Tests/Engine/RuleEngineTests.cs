using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Detection.Tests.Support;

namespace Vigil.Detection.Tests.Engine;

public sealed class RuleEngineTests
{
    [Fact]
    public void Every_rule_is_discovered_once_with_complete_metadata()
    {
        var descriptors = RuleCatalog.Default.Descriptors;

        Assert.True(descriptors.Count >= 12);
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, d =>
        {
            Assert.Matches("^VG1[0-9]{3}$", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.HowToFix));
            Assert.NotEqual(ThreatLevel.None, d.DefaultThreat);
        });
    }

    [Fact]
    public void Duplicate_ids_are_a_start_up_error_naming_both_rules()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RuleCatalog.From([new Throwing("VG1999"), new Throwing("VG1999")]));

        Assert.Contains("VG1999", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Throwing), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_throwing_rule_is_reported_once_and_the_others_still_run()
    {
        var engine = new RuleEngine(RuleCatalog.From([new Throwing("VG1998"), new Vigil.Detection.Rules.Transport.PlainHttpRule()]));

        var first = engine.Evaluate(Http.Get("http://api.example.com/"), "GET /");
        var second = engine.Evaluate(Http.Get("http://api.example.com/"), "GET /");

        Assert.Contains(first.Findings, f => f.RuleId == "VG1000" && f.Message!.Contains("VG1998", StringComparison.Ordinal));
        Assert.Contains(first.Findings, f => f.RuleId == "VG1201");
        Assert.DoesNotContain(second.Findings, f => f.RuleId == "VG1000");
        Assert.Contains(second.Findings, f => f.RuleId == "VG1201");
    }

    [Fact]
    public void The_threat_of_an_event_is_its_highest_finding()
    {
        var e = Http.Get("http://api.example.com/fetch?url=http%3A%2F%2F169.254.169.254%2F");

        var result = new RuleEngine(RuleCatalog.Default).Evaluate(e, "GET /fetch");

        Assert.Equal(ThreatLevel.High, result.Threat);
        Assert.All(result.Findings, f => Assert.Equal(e.Id, f.EventId));
    }

    [Fact]
    public void Findings_per_rule_are_capped_for_hostile_requests()
    {
        var query = string.Join('&', Enumerable.Range(0, 500).Select(i => $"u{i}=http%3A%2F%2F127.0.0.1%2F"));

        var result = new RuleEngine(RuleCatalog.Default).Evaluate(Http.Get("https://api.example.com/x?" + query), "GET /x");

        Assert.Equal(FindingSink.MaxPerRule, result.Findings.Count(f => f.RuleId == "VG1008"));
    }

    private sealed class Throwing(string id) : IRequestRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, "throws", "Test", ThreatLevel.Low, null, null, "none");

        public void Evaluate(RequestContext context, FindingSink findings) => throw new InvalidOperationException("boom");
    }
}
