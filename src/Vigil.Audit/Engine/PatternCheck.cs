using Vigil.Audit.Model;
using Vigil.Audit.Rulesets;
using Vigil.Core.Findings;

namespace Vigil.Audit.Engine;

/// <summary>Runs one ruleset <see cref="PatternRule"/>; built per ruleset, so never discovered.</summary>
internal sealed class PatternCheck(PatternRule rule) : IAuditCheck
{
    public RuleDescriptor Descriptor => rule.Descriptor;

    public void Run(AuditContext context)
    {
        foreach (var (value, pointer) in Values(context))
        {
            if (rule.Pattern.IsMatch(value) != rule.MustMatch)
            {
                var message = rule.Message ?? $"\"{value}\" {(rule.MustMatch ? "does not match" : "matches")} {rule.Pattern}.";
                context.Report(Descriptor, pointer, message);
            }
        }
    }

    private IEnumerable<(string Value, string Pointer)> Values(AuditContext context)
    {
        switch (rule.Target)
        {
            case PatternTarget.Path:
                return (context.Document.Paths?.Keys ?? (IEnumerable<string>)[]).Select(p => (p, Pointer.Child("/paths", p)));
            case PatternTarget.OperationId:
                return context.Operations.Where(o => o.Operation.OperationId is not null).Select(o => (o.Operation.OperationId!, o.Pointer + "/operationId"));
            case PatternTarget.Parameter:
                return context.Operations.SelectMany(o => o.Parameters()).Select(p => (p.Name, p.Pointer)).DistinctBy(p => p.Pointer);
            case PatternTarget.Property:
                return context.Schemas.Where(s => s.Name is not null && s.Pointer.Contains("/properties/", StringComparison.Ordinal) && !s.Pointer.EndsWith("/schema", StringComparison.Ordinal)).Select(s => (s.Name!, s.Pointer));
            default:
                var servers = context.Document.Servers ?? [];
                return servers.Select((s, i) => (s.Url ?? "", Pointer.Join("/servers", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "url")));
        }
    }
}
