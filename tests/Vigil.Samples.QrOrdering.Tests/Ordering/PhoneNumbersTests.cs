using Vigil.Samples.QrOrdering.Ordering;

namespace Vigil.Samples.QrOrdering.Tests.Ordering;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("+91 98765 43210", "+919876543210")]
    [InlineData("9876543210", "+919876543210")]
    [InlineData("09876543210", "+919876543210")]
    [InlineData("+91-98765-43210", "+919876543210")]
    [InlineData("(+91) 98765 43210", "+919876543210")]
    [InlineData("+44 20 7946 0000", "+442079460000")]
    public void Normalize_AcceptsTheWaysPeopleTypeNumbers(string typed, string expected) =>
        Assert.Equal(expected, PhoneNumbers.Normalize(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("call me")]
    [InlineData("12345")]
    [InlineData("98765 43210; DROP TABLE")]
    public void Normalize_RejectsWhatIsNotANumber(string? typed) => Assert.Null(PhoneNumbers.Normalize(typed));

    [Theory]
    [InlineData("+919876543210", "+91 98765 43210")]
    [InlineData("+442079460000", "+442079460000")]
    public void Format_PrintsIndianMobilesAsOnReceipts(string normalized, string expected) =>
        Assert.Equal(expected, PhoneNumbers.Format(normalized));
}
