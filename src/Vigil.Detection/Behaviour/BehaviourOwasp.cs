namespace Vigil.Detection.Behaviour;

/// <summary>OWASP API Security Top 10 (2023) ids the behavioural detectors name.</summary>
internal static class BehaviourOwasp
{
    public const string BrokenObjectLevelAuthorization = "API1:2023";
    public const string BrokenAuthentication = "API2:2023";
    public const string UnrestrictedResourceConsumption = "API4:2023";
    public const string SensitiveBusinessFlows = "API6:2023";
    public const string SecurityMisconfiguration = "API8:2023";
}
