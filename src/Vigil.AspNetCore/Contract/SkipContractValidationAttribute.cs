namespace Vigil.AspNetCore.Contract;

/// <summary>
/// Lets requests to this endpoint through without holding them to the OpenAPI contract (health checks, webhooks
/// with their own verification). On controllers and actions, or <c>.SkipContractValidation()</c> on minimal APIs.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SkipContractValidationAttribute : Attribute;
