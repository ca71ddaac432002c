using Vigil.Core.Findings;
using Vigil.Detection.Rules.DataExposure;
using Vigil.Detection.Tests.Support;

namespace Vigil.Detection.Tests.Rules;

public sealed class PersonalDataInResponseRuleTests
{
    [Theory]
    [InlineData("""{"customer":{"email":"priya.sharma@example.in"}}""", "e-mail address", "response.body/customer/email")]
    [InlineData("""{"customers":[{"phone":"+91 98765 43210"}]}""", "phone number", "response.body/customers/0/phone")]
    [InlineData("""{"mobile":"098765 43210"}""", "phone number", "response.body/mobile")]
    [InlineData("""{"contactNumber":"9876543210"}""", "phone number", "response.body/contactNumber")]
    [InlineData("""{"note":"call (415) 555-2671 after 5"}""", "phone number", "response.body/note")]
    [InlineData("""{"msisdn":"+14155552671"}""", "phone number", "response.body/msisdn")]
    [InlineData("""{"card":"4111 1111 1111 1111"}""", "payment card number", "response.body/card")]
    [InlineData("""{"pan":5555555555554444}""", "payment card number", "response.body/pan")]
    [InlineData("""{"iban":"GB82WEST12345698765432"}""", "IBAN", "response.body/iban")]
    [InlineData("""{"account":"DE89 3704 0044 0532 0130 00"}""", "IBAN", "response.body/account")]
    [InlineData("""{"ssn":"123-45-6789"}""", "US social security number", "response.body/ssn")]
    [InlineData("""{"taxId":"ABCPE1234F"}""", "Indian PAN", "response.body/taxId")]
    [InlineData("""{"aadhaar":"2341 2341 2346"}""", "Aadhaar number", "response.body/aadhaar")]
    [InlineData("""{"uid":"498765432102"}""", "Aadhaar number", "response.body/uid")]
    [InlineData("""{"passportNumber":"K1234567"}""", "passport number", "response.body/passportNumber")]
    [InlineData("""{"profile":{"date_of_birth":"1990-04-12"}}""", "date of birth", "response.body/profile/date_of_birth")]
    [InlineData("""{"dob":"12/04/1990"}""", "date of birth", "response.body/dob")]
    public void Detect_each_kind_at_its_field(string body, string kind, string location)
    {
        var finding = Assert.Single(Run(body));

        Assert.Equal(location, finding.Location);
        Assert.StartsWith(kind + ": 1 value in 1 field", finding.Evidence, StringComparison.Ordinal);
        Assert.Equal(ThreatLevel.Low, finding.Threat);
    }

    [Fact]
    public void Detect_in_a_plain_text_body() =>
        Assert.Equal("response.body", Assert.Single(Http.Run<PersonalDataInResponseRule>(Http.Get("https://api.example.com/export", body: "name,email\nAsha,asha.k@example.com\n", responseType: "text/csv"))).Location);

    [Fact]
    public void Detect_many_records_as_medium_with_one_finding_per_kind()
    {
        var rows = string.Join(',', Enumerable.Range(0, 12).Select(i => $$"""{"id":{{i}},"email":"user{{i}}@example.com","phone":"+1415555{{i:0000}}"}"""));
        var findings = Run($$"""{"customers":[{{rows}}]}""");

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(ThreatLevel.Medium, f.Threat));
        var email = Assert.Single(findings, f => f.Evidence!.StartsWith("e-mail", StringComparison.Ordinal));
        Assert.Equal("e-mail address: 12 values in 1 field (e.g. response.body/customers/0/email)", email.Evidence);
        Assert.Equal("response.body/customers/0/email", email.Location);
    }

    [Fact]
    public void Detect_three_kinds_as_medium() =>
        Assert.All(Run("""{"email":"a.b@example.com","ssn":"123-45-6789","iban":"GB82WEST12345698765432"}"""), f => Assert.Equal(ThreatLevel.Medium, f.Threat));

    [Fact]
    public void Detect_without_ever_quoting_a_value()
    {
        var values = new[] { "priya.sharma@example.in", "98765 43210", "9876543210", "4111111111111111", "4111 1111 1111 1111", "GB82WEST12345698765432", "123-45-6789", "ABCPE1234F", "234123412346", "K1234567", "1990-04-12" };
        var body = """{"email":"priya.sharma@example.in","phone":"+91 98765 43210","card":"4111 1111 1111 1111","iban":"GB82WEST12345698765432","ssn":"123-45-6789","pan":"ABCPE1234F","aadhaar":"234123412346","passport":"K1234567","dob":"1990-04-12"}""";
        var findings = Run(body);

        Assert.Equal(9, findings.Count);
        foreach (var f in findings)
        {
            foreach (var v in values)
            {
                Assert.DoesNotContain(v, f.Location, StringComparison.Ordinal);
                Assert.DoesNotContain(v, f.Evidence ?? "", StringComparison.Ordinal);
                Assert.DoesNotContain(v, f.Message ?? "", StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("""{"orderId":"ORD-2026-000123","id":1001,"total":1234.56,"currency":"INR"}""")]
    [InlineData("""{"createdAt":"2026-11-21T12:00:00+05:30","ts":1732190400000,"epoch":1732190400}""")]
    [InlineData("""{"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","version":"10.0.100-rc.2.25502.107"}""")]
    [InlineData("""{"aadhaar":"234123412345"}""")]
    [InlineData("""{"iban":"DE88370400440532013000"}""")]
    [InlineData("""{"card":"4111111111111112"}""")]
    [InlineData("""{"ssn":"666-45-6789","other":"123-00-6789","third":"900-12-3456"}""")]
    [InlineData("""{"email":"p****@example.in","card":"************1111","phone":"**********10","aadhaar":"********2346","dob":"****"}""")]
    [InlineData("""{"message":"Questions? Write to support@example.com or noreply@example.com"}""")]
    [InlineData("""{"avatar":"https://cdn.example.com/img/logo@2x.png","sku":"ABCDE1234F"}""")]
    [InlineData("""{"trackingNumber":"1Z999AA10123456784","quantity":9876543210}""")]
    [InlineData("""{"passportExpiry":"2031-01-01","passport":"none"}""")]
    public void Safe_business_data_and_masked_values(string body) => Assert.Empty(Run(body));

    [Fact]
    public void Safe_an_empty_or_digitless_body()
    {
        Assert.Empty(Http.Run<PersonalDataInResponseRule>(Http.Get("https://api.example.com/o", body: null)));
        Assert.Empty(Run("""{"name":"Asha","city":"Pune"}"""));
    }

    [Fact]
    public void Safe_beyond_the_256_KiB_prefix() =>
        Assert.Empty(Run("{\"pad\":\"" + new string('x', 300 * 1024) + "\",\"email\":\"late@example.com\"}"));

    private static IReadOnlyList<Finding> Run(string body) => Http.Run<PersonalDataInResponseRule>(Http.Get("https://api.example.com/customers", body: body));
}

public sealed class SecretInResponseRuleTests
{
    [Theory]
    [InlineData("""{"key":"-----BEGIN RSA PRIVATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----"}""", "private key")]
    [InlineData("""{"config":{"aws":"AKIAIOSFODNN7EXAMPLE"}}""", "AWS access key id")]
    [InlineData("""{"maps":"AIzaSyA1234567890abcdefghijklmnopqrstuv"}""", "Google API key")]
    [InlineData("""{"token":"ghp_abcdefghijklmnopqrstuvwxyz0123456789"}""", "GitHub token")]
    [InlineData("""{"stripe":"sk_live_4eC39HqLyjWDarjtT1zdp7dc"}""", "Stripe live key")]
    [InlineData("""{"hook":"xoxb-123456789012-abcdefghij"}""", "Slack token")]
    [InlineData("""{"session":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"}""", "JWT")]
    [InlineData("""{"user":{"name":"asha","passwordHash":"AQAAAAIAAYagAAAAEJ"}}""", "credential field")]
    [InlineData("""{"user":{"password":"****"}}""", "credential field")]
    public void Detect_each_kind(string body, string kind)
    {
        var finding = Assert.Single(Run(body));

        Assert.StartsWith(kind + " at response.body/", finding.Evidence, StringComparison.Ordinal);
        Assert.Equal(ThreatLevel.High, finding.Threat);
    }

    [Fact]
    public void Detect_in_a_text_body_and_locate_the_first_field()
    {
        var text = Assert.Single(Http.Run<SecretInResponseRule>(Http.Get("https://api.example.com/debug", body: "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n", responseType: "text/plain")));
        Assert.Equal("response.body", text.Location);

        var json = Assert.Single(Run("""{"users":[{"id":1,"password":"x"},{"id":2,"password":"y"}]}"""));
        Assert.Equal("response.body/users/0/password", json.Location);
        Assert.Equal("credential field at response.body/users/0/password and 1 more", json.Evidence);
    }

    [Fact]
    public void Detect_without_ever_quoting_a_value()
    {
        var findings = Run("""{"aws":"AKIAIOSFODNN7EXAMPLE","apiKey":"k-123","jwt":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig"}""");

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f =>
        {
            foreach (var v in new[] { "AKIAIOSFODNN7EXAMPLE", "k-123", "eyJhbGci" })
            {
                Assert.DoesNotContain(v, f.Evidence ?? "", StringComparison.Ordinal);
                Assert.DoesNotContain(v, f.Location, StringComparison.Ordinal);
                Assert.DoesNotContain(v, f.Message ?? "", StringComparison.Ordinal);
            }
        });
    }

    [Theory]
    [InlineData("""{"password":"","passwordPolicy":"min 12 chars","secret":null}""")]
    [InlineData("""{"session":"****","token":"********","key":"-----BEGIN PUBLIC KEY-----\nMIIB"}""")]
    [InlineData("""{"id":"AKIA123","note":"sk_test_4eC39HqLyjWDarjtT1zdp7dc","ref":"ghp_short"}""")]
    [InlineData("""{"message":"Reset your password from the account page","hasSecret":true}""")]
    public void Safe_empty_public_and_test_values(string body) => Assert.Empty(Run(body));

    private static IReadOnlyList<Finding> Run(string body) => Http.Run<SecretInResponseRule>(Http.Get("https://api.example.com/users", body: body));
}
