namespace Vigil.Masking.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Additional_names_are_masked_in_any_format()
    {
        var masker = new Masker(new MaskingOptions { AdditionalNames = ["tenant-secret-ref", "Employee_Number"] });

        Assert.True(masker.IsSensitiveName("employeeNumber"));
        Assert.True(masker.IsSensitiveName("TENANT_SECRET_REF"));
        Assert.Equal("""{"employeeNumber":"****","name":"bob"}""", masker.MaskBody("""{"employeeNumber":12345,"name":"bob"}""", "application/json"));
        Assert.Equal("employee-number=****&x=1", masker.MaskQuery("employee-number=12345&x=1"));
        Assert.False(Masker.Default.IsSensitiveName("employeeNumber"));
    }

    [Fact]
    public void Removed_names_stop_matching_exactly_and_as_contained_tokens()
    {
        var masker = new Masker(new MaskingOptions { RemovedNames = ["PIN", "token"] });

        Assert.False(masker.IsSensitiveName("pin"));
        Assert.False(masker.IsSensitiveName("token"));
        Assert.False(masker.IsSensitiveName("nextPageToken"));
        Assert.True(masker.IsSensitiveName("password"));
        Assert.True(masker.IsSensitiveName("access_token"));
        Assert.Equal("""{"pin":"1234","password":"****"}""", masker.MaskBody("""{"pin":"1234","password":"x"}""", "application/json"));
    }

    [Fact]
    public void Value_patterns_can_be_turned_off_without_losing_name_masking()
    {
        var masker = new Masker(new MaskingOptions { MaskValuePatterns = false });
        const string Card = "4111 1111 1111 1111";

        Assert.Equal($"note {Card}", masker.MaskText($"note {Card}"));
        Assert.Equal("""{"n":4111111111111111,"pwd":"****"}""", masker.MaskBody("""{"n":4111111111111111,"pwd":"x"}""", "application/json"));
        Assert.Equal("Bearer ****", masker.MaskHeader("Authorization", "Bearer abcdefghijkl"));
    }

    [Fact]
    public void Null_option_lists_are_treated_as_empty()
    {
        var masker = new Masker(new MaskingOptions { AdditionalNames = null!, RemovedNames = null! });

        Assert.True(masker.IsSensitiveName("password"));
    }
}
