namespace Vigil.Scan.Taint;

/// <summary>What request data must not reach unchecked; one taint analyzer per kind.</summary>
internal enum SinkKind
{
    Sql,
    Command,
    FilePath,
    Ssrf,
    Redirect,
    Ldap,
    XPath,
    Deserialization,
}
