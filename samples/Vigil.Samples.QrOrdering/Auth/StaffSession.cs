using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Auth;

internal sealed record StaffSession(string Token, StaffMember Staff, DateTimeOffset ExpiresAt);
