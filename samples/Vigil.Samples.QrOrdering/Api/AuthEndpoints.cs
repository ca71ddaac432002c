using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Samples.QrOrdering.Auth;
using Vigil.Samples.QrOrdering.Contracts;

namespace Vigil.Samples.QrOrdering.Api;

/// <summary>Staff sign-in: e-mail and password for an opaque bearer token.</summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", Login);
        group.MapPost("/logout", Logout).RequireAuthorization(StaffPolicies.Staff);
    }

    private static Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult> Login(
        LoginRequest request, StaffDirectory directory, StaffSessionStore sessions)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            errors["email"] = ["email is required."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["password is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = directory.SignIn(request.Email!, request.Password!);
        if (staff is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid e-mail or password.");
        }

        var session = sessions.Open(staff);
        return TypedResults.Ok(new LoginResponse(session.Token, session.ExpiresAt, staff.RestaurantId, staff.Name, staff.Role));
    }

    private static NoContent Logout(HttpRequest request, StaffSessionStore sessions)
    {
        if (BearerToken.From(request.Headers.Authorization) is { } token)
        {
            sessions.Close(token);
        }

        return TypedResults.NoContent();
    }
}
