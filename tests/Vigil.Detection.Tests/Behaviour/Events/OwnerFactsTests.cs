using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Events;

namespace Vigil.Detection.Tests.Behaviour.Events;

public sealed class OwnerFactsTests
{
    private static readonly BehaviourOptions Options = new();

    private static string Foreign(string body, string user = "u-1") =>
        OwnerFacts.Foreign(body, user, Options) is { } owners ? string.Join(',', owners) : "";

    [Theory]
    [InlineData("{\"id\":9,\"customerId\":\"u-2\"}", "u-2")]
    [InlineData("{\"id\":9,\"CustomerId\": 42}", "42")]
    [InlineData("[{\"ownerId\":\"u-2\"},{\"ownerId\":\"u-3\"},{\"ownerId\":\"u-2\"}]", "u-2,u-3")]
    [InlineData("{\"id\":9,\"user\":{\"id\":\"u-5\",\"name\":\"x\"}}", "u-5")]
    [InlineData("{\"account\": { \"name\":\"x\", \"id\": 77 }}", "77")]
    public void Owners_other_than_the_user_are_read_from_fields_and_owner_objects(string body, string owners)
    {
        Assert.Equal(owners, Foreign(body));
    }

    [Theory]
    [InlineData("{\"id\":9,\"customerId\":\"u-1\"}")]
    [InlineData("[{\"userId\":\"U-1\"},{\"userId\":\"u-2\"}]")] // the user's own thread: others' replies are expected
    [InlineData("{\"id\":9,\"name\":\"no owner\"}")]
    [InlineData("{\"lastUserId\":\"u-2\",\"userIdentity\":\"u-3\"}")] // longer names are other properties
    [InlineData("{\"customerId\":null,\"user\":\"u-2\",\"owner\":{\"name\":\"x\"}}")]
    [InlineData("")]
    public void Safe_own_objects_absent_owners_and_look_alike_names(string body)
    {
        Assert.Equal("", Foreign(body));
    }

    [Fact]
    public void Only_signed_in_users_get_owners_from_the_event_reader()
    {
        var exchange = Support.Http.Get("https://api.test/orders/9", body: "{\"id\":9,\"customerId\":\"u-2\"}");
        Assert.Null(BehaviourEventReader.Read(exchange, "GET /orders/{id}", [], Options).ForeignOwners);

        exchange.Request.User = new Core.Capture.CapturedUser { Id = "u-1" };
        var foreign = BehaviourEventReader.Read(exchange, "GET /orders/{id}", [], Options);
        Assert.Equal(["u-2"], foreign.ForeignOwners);
        Assert.False(foreign.OwnObjects);

        exchange.Response.Body = "{\"id\":9,\"customerId\":\"u-1\"}";
        var own = BehaviourEventReader.Read(exchange, "GET /orders/{id}", [], Options);
        Assert.Null(own.ForeignOwners);
        Assert.True(own.OwnObjects);
    }
}
