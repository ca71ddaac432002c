using Vigil.AspNetCore.Capture;

namespace Vigil.AspNetCore.Tests.Capture;

public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("APPLICATION/JSON", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("application/vnd.api+json", true)]
    [InlineData("application/xml", true)]
    [InlineData("application/atom+xml", true)]
    [InlineData("application/x-www-form-urlencoded", true)]
    [InlineData("text/plain", true)]
    [InlineData("text/html; charset=iso-8859-1", true)]
    [InlineData("text/event-stream", false)]
    [InlineData("image/png", false)]
    [InlineData("application/octet-stream", false)]
    [InlineData("multipart/form-data; boundary=x", true)]
    [InlineData("multipart/mixed; boundary=x", false)]
    [InlineData("application/jsonp", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_text_like_bodies_are_captured(string? contentType, bool expected) =>
        Assert.Equal(expected, ContentTypes.IsTextLike(contentType));
}
