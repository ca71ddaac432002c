using Vigil.Core.Capture;
using Vigil.Core.Findings;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Events;
using Vigil.Detection.Tests.Support;

namespace Vigil.Detection.Tests.Behaviour.Events;

public sealed class BehaviourEventReaderTests
{
    private static readonly BehaviourOptions Options = new();

    private static BehaviourEvent Read(CapturedExchange e, string endpoint, params Finding[] findings) =>
        BehaviourEventReader.Read(e, endpoint, findings, Options);

    [Fact]
    public void The_object_id_is_the_segment_under_the_last_route_parameter()
    {
        Assert.Equal("1002", Read(Http.Get("https://api.test/orders/1002"), "GET /orders/{id}").ObjectId);
        Assert.Equal("7", Read(Http.Get("https://api.test/tables/12/orders/7"), "GET /tables/{table}/orders/{id}").ObjectId);
        Assert.Equal("12", Read(Http.Get("https://api.test/tables/12/orders"), "GET /tables/{table}/orders").ObjectId);
        Assert.Null(Read(Http.Get("https://api.test/menu"), "GET /menu").ObjectId);
        Assert.Null(Read(Http.Get("https://api.test/orders"), "GET /orders/{id}").ObjectId);
    }

    [Theory]
    [InlineData("[1,2,3]", 3)]
    [InlineData("[{\"a\":[1,2]},{\"b\":\"x,y\"}]", 2)]
    [InlineData("{\"items\":[{\"id\":1},{\"id\":2}],\"total\":99}", 2)]
    [InlineData("{\"id\":1,\"name\":\"x\"}", 1)]
    [InlineData("[]", 0)]
    [InlineData("[{\"id\":1},{\"id\":2},{\"id\":", 3)]
    [InlineData("not json at all", 1)]
    public void Records_count_the_listed_elements_even_when_truncated(string body, int records)
    {
        Assert.Equal(records, Read(Http.Get("https://api.test/x", body: body), "GET /x").Records);
    }

    [Theory]
    [InlineData("{\"items\":[{\"id\":1001},{\"id\": \"a-7\"},{\"name\":\"x\"}]}", "1001,a-7")]
    [InlineData("{\"orderId\":5,\"id\":[1]}", "")]
    [InlineData("{\"name\":\"no ids\"}", "")]
    [InlineData("[{\"id\":", "")]
    public void Received_ids_are_the_id_values_the_response_showed(string body, string ids)
    {
        var received = Read(Http.Get("https://api.test/x", body: body), "GET /x").ReceivedIds;
        Assert.Equal(ids, received is null ? "" : string.Join(',', received));
    }

    [Fact]
    public void Hostile_and_truncated_bodies_never_throw_and_stay_bounded()
    {
        var random = new Random(17);
        const string alphabet = "[]{}\",:\\ idusernameitems0123456789abc\u0000\n";
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            var body = new string(chars);
            var e = Read(Http.Post("https://api.test/auth/login", body), "POST /auth/login");
            var get = Read(Http.Get("https://api.test/x", body: body), "GET /x");
            Assert.InRange(get.Records, 0, body.Length + 1);
            Assert.True(get.ReceivedIds is null || get.ReceivedIds.Count <= 100);
            Assert.True(e.UsernameHash is null || e.UsernameHash.Length == 16);
        }

        var deep = new string('[', 100_000) + new string(']', 100_000);
        Assert.Equal(1, Read(Http.Get("https://api.test/x", body: deep), "GET /x").Records);
        var manyIds = "[" + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"{{\"id\":{i}}}")) + "]";
        Assert.Equal(100, Read(Http.Get("https://api.test/x", body: manyIds), "GET /x").ReceivedIds!.Count);
    }

    [Fact]
    public void Records_are_zero_on_errors()
    {
        Assert.Equal(0, Read(Http.Get("https://api.test/x", status: 500, body: "[1,2]"), "GET /x").Records);
    }

    [Fact]
    public void A_huge_body_is_scanned_within_a_bound()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("1", 400_000)) + "]";
        var records = Read(Http.Get("https://api.test/x", body: body), "GET /x").Records;
        Assert.InRange(records, 100_000, 140_000);
    }

    [Fact]
    public void Page_comes_from_the_usual_query_names()
    {
        Assert.Equal(7, Read(Http.Get("https://api.test/c?size=50&page=7"), "GET /c").Page);
        Assert.Equal(400, Read(Http.Get("https://api.test/c?offset=400"), "GET /c").Page);
        Assert.Null(Read(Http.Get("https://api.test/c?page=-1&q=x"), "GET /c").Page);
    }

    [Fact]
    public void Client_is_the_user_else_the_key_fingerprint_else_the_address()
    {
        var user = Http.Get("https://api.test/x");
        user.Request.User = new CapturedUser { Id = "42" };
        Assert.Equal(("user:42", ClientKind.User), (Read(user, "GET /x").Client, Read(user, "GET /x").ClientKind));

        var keyed = Http.Get("https://api.test/x").WithRequestHeader("X-Api-Key", "vk_live_0123456789abcdef");
        var client = Read(keyed, "GET /x").Client;
        Assert.StartsWith("key:", client, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef", client, StringComparison.Ordinal);
        Assert.Equal(client, Read(Http.Get("https://api.test/y").WithRequestHeader("X-Api-Key", "vk_live_0123456789abcdef"), "GET /y").Client);

        var masked = Http.Get("https://api.test/x").WithRequestHeader("Authorization", "Bearer ****");
        Assert.Equal("ip:203.0.113.9", Read(masked, "GET /x").Client);
        Assert.True(Read(masked, "GET /x").Authenticated);
    }

    [Fact]
    public void A_fingerprint_taken_before_masking_survives_masking()
    {
        var e = Http.Get("https://api.test/x").WithRequestHeader("Authorization", "Bearer abcdefghijklmnop");
        var fingerprint = ClientIdentity.KeyFingerprint(e.Request, Options.FingerprintSecret);
        e.Request.Headers["Authorization"] = ["Bearer ****"];

        Assert.Equal("key:" + fingerprint, BehaviourEventReader.Read(e, "GET /x", [], Options, fingerprint).Client);
    }

    [Fact]
    public void A_key_fingerprint_is_keyed_by_the_installation_secret_not_a_crackable_hash()
    {
        const string Key = "vk_live_0123456789abcdef";
        var request = Http.Get("https://api.test/x").WithRequestHeader("X-Api-Key", Key).Request;
        var bareHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Key))[..8]);
        byte[] one = [.. Enumerable.Repeat((byte)1, 32)], two = [.. Enumerable.Repeat((byte)2, 32)];

        var fingerprint = ClientIdentity.KeyFingerprint(request, one);

        Assert.NotEqual(bareHash, fingerprint); // a reader of the Slack channel cannot test guesses offline
        Assert.Equal(fingerprint, ClientIdentity.KeyFingerprint(request, one));
        Assert.NotEqual(fingerprint, ClientIdentity.KeyFingerprint(request, two));
        Assert.Equal(16, fingerprint!.Length);
        Assert.NotEqual(new BehaviourOptions().FingerprintSecret, new BehaviourOptions().FingerprintSecret); // offline runs: random per run
    }

    [Theory]
    [InlineData("alice.smith@example.com")]
    [InlineData("+1 415 555 0123")]
    public void A_user_id_that_is_an_email_or_phone_becomes_a_keyed_fingerprint_in_subjects(string id)
    {
        var e = Http.Get("https://api.test/x");
        e.Request.User = new CapturedUser { Id = id };

        var client = Read(e, "GET /x").Client;

        Assert.StartsWith("user:~", client, StringComparison.Ordinal);
        Assert.DoesNotContain("@", client, StringComparison.Ordinal);
        Assert.DoesNotContain("555", client, StringComparison.Ordinal);
        Assert.Equal(client, ClientIdentity.UserSubject(id.ToUpperInvariant(), Options.FingerprintSecret));
    }

    [Fact]
    public void A_plain_user_id_stays_readable_in_subjects()
    {
        var e = Http.Get("https://api.test/x");
        e.Request.User = new CapturedUser { Id = "cust-1042" };

        Assert.Equal("user:cust-1042", Read(e, "GET /x").Client);
    }

    [Fact]
    public void Login_bodies_give_a_username_hash_not_the_name()
    {
        var a = Read(Http.Post("https://api.test/auth/login", "{\"username\":\"Alice@example.com\",\"password\":\"x\"}"), "POST /auth/login");
        var b = Read(Http.Post("https://api.test/auth/login", "{\"username\":\"alice@example.com\",\"password\":\"y\"}"), "POST /auth/login");
        var masked = Read(Http.Post("https://api.test/auth/login", "{\"username\":\"****\"}"), "POST /auth/login");

        Assert.Equal(AuthAction.Login, a.AuthAction);
        Assert.Equal(a.UsernameHash, b.UsernameHash);
        Assert.DoesNotContain("alice", a.UsernameHash!, StringComparison.OrdinalIgnoreCase);
        Assert.Null(masked.UsernameHash);
        var elsewhere = BehaviourEventReader.Read(Http.Post("https://api.test/auth/login", "{\"username\":\"alice@example.com\"}"), "POST /auth/login", [], new BehaviourOptions());
        Assert.NotEqual(a.UsernameHash, elsewhere.UsernameHash); // keyed per installation: a dictionary of e-mails is no use
    }

    [Theory]
    [InlineData("POST /auth/login", AuthAction.Login)]
    [InlineData("POST /api/token", AuthAction.Login)]
    [InlineData("POST /auth/password/reset", AuthAction.PasswordReset)]
    [InlineData("POST /account/forgot-password", AuthAction.PasswordReset)]
    [InlineData("POST /auth/otp/verify", AuthAction.Otp)]
    [InlineData("GET /auth/login", AuthAction.None)]
    [InlineData("POST /orders", AuthAction.None)]
    [InlineData("POST /authors", AuthAction.None)]
    public void Auth_actions_come_from_route_words(string endpoint, AuthAction action)
    {
        var space = endpoint.IndexOf(' ');
        var e = Http.Post("https://api.test" + endpoint[(space + 1)..], "{}");
        e.Request.Method = endpoint[..space];
        Assert.Equal(action, Read(e, endpoint).AuthAction);
    }

    [Fact]
    public void Personal_data_comes_from_the_request_rules_finding()
    {
        var finding = new Finding { RuleId = BehaviourEventReader.PersonalDataRuleId, Title = "pii", Threat = ThreatLevel.Medium };
        Assert.True(Read(Http.Get("https://api.test/x"), "GET /x", finding).PersonalData);
        Assert.False(Read(Http.Get("https://api.test/x"), "GET /x").PersonalData);
    }
}
