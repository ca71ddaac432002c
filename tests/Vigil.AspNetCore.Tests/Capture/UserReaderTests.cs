using System.Security.Claims;
using Vigil.AspNetCore.Capture;

namespace Vigil.AspNetCore.Tests.Capture;

public sealed class UserReaderTests
{
    [Fact]
    public void Name_identifier_comes_first_then_sub_then_name()
    {
        Assert.Equal("nid", Read([new(ClaimTypes.NameIdentifier, "nid"), new("sub", "s"), new(ClaimTypes.Name, "n")])?.Id);
        Assert.Equal("s", Read([new("sub", "s"), new(ClaimTypes.Name, "n")])?.Id);
        Assert.Equal("n", Read([new(ClaimTypes.Name, "n")])?.Id);
        Assert.Equal("Cookies", Read([new(ClaimTypes.Name, "n")])?.AuthScheme);
    }

    [Fact]
    public void An_anonymous_caller_has_no_user()
    {
        Assert.Null(UserReader.Read(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Null(UserReader.Read(null));
    }

    private static Vigil.Core.Capture.CapturedUser? Read(Claim[] claims) =>
        UserReader.Read(new ClaimsPrincipal(new ClaimsIdentity(claims, "Cookies")));
}
