namespace MinimalGroups.Features;

public static class Invoices
{
    public static void MapInvoices(this IEndpointRouteBuilder api)
    {
        var invoices = api.MapGroup("/invoices");
        invoices.MapGet("/", List);
        invoices.MapGet("/{invoiceId:long}", Get);
        invoices.MapPost("/", (Invoice invoice) => Results.Created($"/api/v1/invoices/{invoice.Id}", invoice));
        invoices.MapDelete("/{invoiceId:long}", (long invoiceId) => Results.NoContent()).RequireAuthorization("Accounting");
        MapPayments(invoices.MapGroup("/{invoiceId:long}/payments"));
    }

    private static void MapPayments(RouteGroupBuilder payments)
    {
        payments.MapGet("", (long invoiceId) => Results.Ok());
        payments.MapPost("", (long invoiceId, Payment payment) => Results.Ok(payment));
    }

    private static IResult List(int? page) => Results.Ok(page);

    private static IResult Get(long invoiceId) => Results.Ok(invoiceId);
}

public sealed record Invoice(long Id, decimal Total);

public sealed record Payment(decimal Amount);
