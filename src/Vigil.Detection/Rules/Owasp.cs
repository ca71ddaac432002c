namespace Vigil.Detection.Rules;

/// <summary>OWASP API Security Top 10 (2023) ids, so rules name them the same way.</summary>
internal static class Owasp
{
    public const string BrokenObjectLevelAuthorization = "API1:2023";
    public const string BrokenAuthentication = "API2:2023";
    public const string BrokenObjectPropertyLevelAuthorization = "API3:2023";
    public const string UnrestrictedResourceConsumption = "API4:2023";
    public const string ServerSideRequestForgery = "API7:2023";
    public const string SecurityMisconfiguration = "API8:2023";
    public const string UnsafeConsumption = "API10:2023";
}
