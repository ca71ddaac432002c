namespace Vigil.Masking.Tests.Bodies;

public sealed class MultipartTests
{
    private const string ContentType = "multipart/form-data; boundary=\"----b0undary\"";
    private static readonly Masker Masker = Masker.Default;

    [Fact]
    public void Detect_sensitive_parts_and_secrets_in_other_parts()
    {
        const string Body =
            "------b0undary\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nbob\r\n" +
            "------b0undary\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\nhunter2\r\n" +
            "------b0undary\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"token\":\"t\"}\r\n" +
            "------b0undary--\r\n";
        const string Expected =
            "------b0undary\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nbob\r\n" +
            "------b0undary\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n****\r\n" +
            "------b0undary\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"token\":\"****\"}\r\n" +
            "------b0undary--\r\n";

        Assert.Equal(Expected, Masker.MaskBody(Body, ContentType));
    }

    [Theory]
    [InlineData("------b0undary\r\nContent-Disposition: form-data; name=\"pin\"\r\n\r\n12")]
    [InlineData("------b0undary\nContent-Disposition: form-data; name=\"pin\"\n\n12")]
    public void Detect_a_truncated_sensitive_part(string body) =>
        Assert.DoesNotContain("12", Masker.MaskBody(body, ContentType), StringComparison.Ordinal);

    [Fact]
    public void Safe_file_names_do_not_count_as_field_names()
    {
        const string Body = "------b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"token.txt\"\r\n\r\nhello\r\n------b0undary--";

        Assert.Equal(Body, Masker.MaskBody(Body, ContentType));
    }
}
