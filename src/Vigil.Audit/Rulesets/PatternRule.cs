using System.Text.RegularExpressions;
using Vigil.Core.Findings;

namespace Vigil.Audit.Rulesets;

/// <summary>
/// A team's own check from a ruleset file: every <see cref="Target"/> value must match <see cref="Pattern"/> (or,
/// with <see cref="MustMatch"/> false, must not). Patterns run with the non-backtracking engine, so a ruleset
/// cannot make an audit hang.
/// </summary>
public sealed record PatternRule(RuleDescriptor Descriptor, PatternTarget Target, Regex Pattern, bool MustMatch, string? Message);
