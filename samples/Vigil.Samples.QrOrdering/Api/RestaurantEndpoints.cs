using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Samples.QrOrdering.Contracts;
using Vigil.Samples.QrOrdering.Data;

namespace Vigil.Samples.QrOrdering.Api;

/// <summary>The public directory: which restaurants exist and what they serve.</summary>
internal static class RestaurantEndpoints
{
    public static RouteGroupBuilder MapRestaurantEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/restaurants").WithTags("Restaurants");
        group.MapGet("/", ListRestaurants);
        group.MapGet("/{restaurantId:int}/menu", GetMenu);
        return group;
    }

    private static Results<Ok<PagedResponse<RestaurantSummary>>, ValidationProblem> ListRestaurants(
        int? page, int? pageSize, RestaurantCatalog catalog)
    {
        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(paging.Apply(catalog.Restaurants, RestaurantSummary.From));
    }

    private static Results<Ok<MenuResponse>, ProblemHttpResult> GetMenu(int restaurantId, RestaurantCatalog catalog)
    {
        var restaurant = catalog.FindRestaurant(restaurantId);
        if (restaurant is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Restaurant not found.");
        }

        var items = catalog.MenuOf(restaurantId)
            .Select(m => new MenuItemView(m.Id, m.Name, m.Category, m.Description, m.Price, m.IsVegetarian, m.IsAvailable))
            .ToList();
        return TypedResults.Ok(new MenuResponse(RestaurantSummary.From(restaurant), items));
    }
}
