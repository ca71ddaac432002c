using Vigil.Detection.Inputs.Decoding;
using Vigil.Detection.Injection.Command;
using Vigil.Detection.Injection.Crlf;
using Vigil.Detection.Injection.Html;
using Vigil.Detection.Injection.Ldap;
using Vigil.Detection.Injection.NoSql;
using Vigil.Detection.Injection.Sql;
using Vigil.Detection.Injection.Ssti;
using Vigil.Detection.Injection.Traversal;
using Vigil.Detection.Injection.Xxe;

namespace Vigil.Detection.Injection;

/// <summary>Analyzes one value; never throws, allocates nothing for clean values.</summary>
public delegate InjectionVerdict InjectionAnalyzer(ReadOnlySpan<char> value);

/// <summary>One detector as the facade lists it.</summary>
public sealed record InjectionDetector(InjectionKind Kind, string Name, InjectionAnalyzer Analyze);

/// <summary>
/// Every injection detector, so a request rule can run all of them (or a chosen few) on one value cheaply.
/// Each detector has its own pre-filter, so a clean value costs a handful of vectorised scans.
/// </summary>
public static class InjectionDetectors
{
    // An array, so the hot loop below enumerates without allocating an enumerator.
    private static readonly InjectionDetector[] Detectors =
    [
        new(InjectionKind.Sql, "sql", SqlInjectionDetector.Analyze),
        new(InjectionKind.Xss, "xss", XssDetector.Analyze),
        new(InjectionKind.Command, "command", CommandInjectionDetector.Analyze),
        new(InjectionKind.PathTraversal, "path-traversal", PathTraversalDetector.Analyze),
        new(InjectionKind.NoSql, "nosql", NoSqlInjectionDetector.Analyze),
        new(InjectionKind.Ldap, "ldap", LdapInjectionDetector.Analyze),
        new(InjectionKind.Xxe, "xxe", XxeDetector.Analyze),
        new(InjectionKind.Ssti, "ssti", SstiDetector.Analyze),
        new(InjectionKind.Crlf, "crlf", CrlfInjectionDetector.Analyze),
    ];

    /// <summary>Every detector, in the order <see cref="Analyze"/> runs them.</summary>
    public static IReadOnlyList<InjectionDetector> All => Detectors;

    /// <summary>The first attack verdict among the chosen detectors for the value as given (no decoding).</summary>
    public static InjectionVerdict Analyze(ReadOnlySpan<char> value, InjectionKind kinds = InjectionKind.All)
    {
        foreach (InjectionDetector detector in Detectors)
        {
            if ((kinds & detector.Kind) == 0)
            {
                continue;
            }

            InjectionVerdict verdict = detector.Analyze(value);
            if (verdict.IsAttack)
            {
                return verdict;
            }
        }

        return InjectionVerdict.Clean;
    }

    /// <summary>Decodes the value (<see cref="DecodingPipeline"/>) and analyzes the original and every decoded form.</summary>
    public static InjectionVerdict Inspect(string value, InjectionKind kinds = InjectionKind.All)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (string variant in DecodingPipeline.Decode(value))
        {
            InjectionVerdict verdict = Analyze(variant, kinds);
            if (verdict.IsAttack)
            {
                return verdict;
            }
        }

        return InjectionVerdict.Clean;
    }
}
