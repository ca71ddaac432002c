namespace Vigil.Detection.Injection;

/// <summary>The family of injection a verdict belongs to. Flags, so a rule can ask for several at once.</summary>
[Flags]
public enum InjectionKind
{
    None = 0,
    Sql = 1 << 0,
    Xss = 1 << 1,
    Command = 1 << 2,
    PathTraversal = 1 << 3,
    NoSql = 1 << 4,
    Ldap = 1 << 5,
    Xxe = 1 << 6,
    Ssti = 1 << 7,
    Crlf = 1 << 8,
    All = Sql | Xss | Command | PathTraversal | NoSql | Ldap | Xxe | Ssti | Crlf,
}
