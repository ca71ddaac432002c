using Vigil.Core.Findings;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Analyzers.Injection;

internal sealed class SqlInjectionAnalyzer : TaintAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4001",
        "SQL injection: request data in SQL text",
        "Injection",
        ThreatLevel.High,
        "CWE-89",
        "API8:2023",
        "Pass values as parameters: SqlParameter/AddWithValue, Dapper's param object, or EF Core FromSql($\"…{value}\") which parameterises; never concatenate or format request data into SQL text.");

    public override RuleDescriptor Descriptor => Rule;

    protected override SinkKind Kind => SinkKind.Sql;

    protected override string Consequence => "the client can change the SQL statement";
}
