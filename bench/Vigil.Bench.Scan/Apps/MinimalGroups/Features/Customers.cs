namespace MinimalGroups.Features;

public static class Customers
{
    public static RouteGroupBuilder MapCustomers(this IEndpointRouteBuilder api)
    {
        var customers = api.MapGroup("/customers");
        customers.MapGet("/", () => Results.Ok());
        customers.MapGet("/{customerId}", (string customerId) => Results.Ok(customerId));
        customers.MapPut("/{customerId}", (string customerId, CustomerUpdate update) => Results.Ok(update));
        customers.MapPatch("/{customerId}/email", (string customerId, string email) => Results.Ok(email));
        return customers;
    }

    public static void MapCustomerNotes(this RouteGroupBuilder customers)
    {
        var notes = customers.MapGroup("/{customerId}/notes");
        notes.MapGet("/", (string customerId) => Results.Ok());
        notes.MapPost("/", (string customerId, string text) => Results.Ok(text));
    }
}

public sealed record CustomerUpdate(string Name);
