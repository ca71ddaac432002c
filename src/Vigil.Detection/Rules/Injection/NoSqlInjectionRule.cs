using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Detection.Inputs;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Rules.Injection;

/// <summary>NoSQL operator injection: operators in string values, and operator keys in JSON bodies (<c>{"password": {"$ne": null}}</c>).</summary>
internal sealed class NoSqlInjectionRule : InjectionRule
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal)
    {
        "$ne", "$eq", "$gt", "$gte", "$lt", "$lte", "$in", "$nin", "$regex", "$where", "$exists", "$expr", "$function", "$accumulator", "$or", "$and", "$not", "$nor", "$elemMatch",
    };

    public override RuleDescriptor Descriptor { get; } = new(
        "VG1005", "NoSQL operator injection attempt", "Injection", ThreatLevel.High, "CWE-943", Owasp.SecurityMisconfiguration,
        "Bind request bodies to typed models (a string field cannot hold an object), reject keys starting with $ in user documents, and never pass request JSON straight into a query filter.");

    protected override InjectionKind Kind => InjectionKind.NoSql;

    public override void Evaluate(RequestContext context, FindingSink findings)
    {
        base.Evaluate(context, findings);
        foreach (var input in context.Inputs)
        {
            if (input.Source == InputSource.JsonKey && Operators.Contains(input.Value))
            {
                findings.Report(input.Location, input.Value, message: "query operator as a JSON key in a request body");
            }
        }
    }
}
