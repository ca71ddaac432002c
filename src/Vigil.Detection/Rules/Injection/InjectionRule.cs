using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Rules.Injection;

/// <summary>
/// The shape every injection rule shares: report each input that the detector of one <see cref="Kind"/> flagged,
/// with the detector's reason and the context it broke out of. A rule file is then its descriptor and its kind.
/// </summary>
internal abstract class InjectionRule : IRequestRule
{
    public abstract RuleDescriptor Descriptor { get; }

    protected abstract InjectionKind Kind { get; }

    public virtual void Evaluate(RequestContext context, FindingSink findings)
    {
        foreach (var hit in context.Injections)
        {
            if (hit.Verdict.Kind == Kind)
            {
                var how = hit.Decoded ? ", after decoding" : "";
                findings.Report(hit.Input.Location, hit.Input.Value, message: $"{hit.Verdict.Reason} ({Describe(hit.Verdict.Context)}{how})");
            }
        }
    }

    private static string Describe(InjectionContext context) => context switch
    {
        InjectionContext.SingleQuoted => "breaks out of a single-quoted string",
        InjectionContext.DoubleQuoted => "breaks out of a double-quoted string",
        InjectionContext.Numeric => "in a numeric context",
        InjectionContext.UnquotedAttribute => "in an HTML attribute",
        InjectionContext.Script => "in a script context",
        InjectionContext.Url => "in a URL",
        _ => "as given",
    };
}
