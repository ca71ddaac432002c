using Microsoft.AspNetCore.Authorization;

namespace Vigil.Samples.QrOrdering.Auth;

/// <summary>Staff may only act on their own restaurant's data.</summary>
internal sealed class OwnRestaurantRequirement : IAuthorizationRequirement;
