namespace Vigil.Scan.Taint.Sinks;

/// <summary>LDAP filters and paths built from request data.</summary>
internal sealed class LdapSinks : ISinkSet
{
    public IEnumerable<SinkSpec> Sinks =>
    [
        SinkSpec.New(SinkKind.Ldap, "DirectorySearcher", 0, 1),
        SinkSpec.Set(SinkKind.Ldap, "Filter", "DirectorySearcher"),
        SinkSpec.New(SinkKind.Ldap, "DirectoryEntry"),
        SinkSpec.New(SinkKind.Ldap, "SearchRequest", 1),
    ];
}
