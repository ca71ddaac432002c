namespace Vigil.Audit.Model;

/// <summary>Where a schema is used: what a client sends, what the API returns, or a parameter. A component can be several.</summary>
[Flags]
internal enum SchemaUse
{
    None = 0,
    Request = 1,
    Response = 2,
    Parameter = 4,
}
