namespace Vigil.Audit.Engine;

/// <summary>OWASP API Security Top 10 (2023) ids the checks map to.</summary>
internal static class Owasp
{
    public const string ObjectLevelAuthorization = "API1:2023";
    public const string Authentication = "API2:2023";
    public const string PropertyLevelAuthorization = "API3:2023";
    public const string ResourceConsumption = "API4:2023";
    public const string Misconfiguration = "API8:2023";
    public const string Inventory = "API9:2023";
}
