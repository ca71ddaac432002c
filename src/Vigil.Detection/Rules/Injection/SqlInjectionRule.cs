using Vigil.Core.Findings;
using Vigil.Detection.Injection;

namespace Vigil.Detection.Rules.Injection;

internal sealed class SqlInjectionRule : InjectionRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "VG1001", "SQL injection attempt", "Injection", ThreatLevel.High, "CWE-89", Owasp.SecurityMisconfiguration,
        "Use parameterised queries everywhere (SqlParameter, EF Core FromSql with interpolation, Dapper parameters); never build SQL from request data, and run the API's database user with least privilege.");

    protected override InjectionKind Kind => InjectionKind.Sql;
}
