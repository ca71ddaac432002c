using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Samples.QrOrdering.Contracts;
using Vigil.Samples.QrOrdering.Data;

namespace Vigil.Samples.QrOrdering.Api;

/// <summary>What a scanned QR code points at. Public: the diner has no account, only the code on the table.</summary>
internal static class TableEndpoints
{
    public static void MapTableEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tables").WithTags("Tables");
        group.MapGet("/{qrToken}", GetTable);
    }

    private static Results<Ok<TableResponse>, ProblemHttpResult> GetTable(string qrToken, RestaurantCatalog catalog)
    {
        var table = catalog.FindTableByQrToken(qrToken);
        var restaurant = table is null ? null : catalog.FindRestaurant(table.RestaurantId);
        if (table is null || restaurant is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown QR code.",
                detail: "This QR code is not linked to a table. Ask the staff for a fresh one.");
        }

        return TypedResults.Ok(new TableResponse(
            table.QrToken, table.Number, table.Label, RestaurantSummary.From(restaurant), $"/api/restaurants/{restaurant.Id}/menu"));
    }
}
