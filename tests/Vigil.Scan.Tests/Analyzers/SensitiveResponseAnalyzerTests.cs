namespace Vigil.Scan.Tests.Analyzers;

public sealed class SensitiveResponseAnalyzerTests
{
    [Fact]
    public void Detect_password_hash_and_card_number_in_nested_response_types()
    {
        var findings = ScanOf.Sources("""
            using Microsoft.AspNetCore.Mvc;
            [ApiController, Route("users")]
            public class UsersController : ControllerBase
            {
                [HttpGet] public ActionResult<List<UserView>> List() => new List<UserView>();
            }
            public record UserView(string Name, string PasswordHash, Wallet Wallet);
            public record Wallet(string CardNumber);
            """).Findings;

        var finding = Assert.Single(findings, f => f.RuleId == "VG4104");
        Assert.Contains("UserView.PasswordHash", finding.Message, StringComparison.Ordinal);
        Assert.Contains("UserView.Wallet.CardNumber", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_for_ignored_fields_masked_cards_and_tokens_from_a_login_route()
    {
        var findings = ScanOf.Sources("""
            using System.Text.Json.Serialization;
            using Microsoft.AspNetCore.Mvc;
            [ApiController]
            public class AuthController : ControllerBase
            {
                [HttpPost("auth/login")] public ActionResult<LoginResult> Login(string user) => new LoginResult("t");
                [HttpGet("me")] public ActionResult<Me> Me() => new Me("ann", "", "**** 4242");
            }
            public record LoginResult(string AccessToken);
            public record Me(string Name, [property: JsonIgnore] string Password, string CardNumberMasked);
            """).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == "VG4104");
    }

    [Fact]
    public void Detect_through_results_ok_when_the_signature_says_only_iresult()
    {
        var result = ScanOf.Sources("""
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/users/{id}", (int id) => Results.Ok(new Account("ann", "$2b$10$hash")));
            public record Account(string Name, string PasswordHash);
            """);

        Assert.Equal(["Account"], result.Endpoints.Single().ResponseTypes);
        Assert.Contains("Account.PasswordHash", Assert.Single(result.Findings, f => f.RuleId == "VG4104").Message, StringComparison.Ordinal);
    }
}
