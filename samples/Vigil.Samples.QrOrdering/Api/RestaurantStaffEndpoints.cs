using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Samples.QrOrdering.Auth;
using Vigil.Samples.QrOrdering.Contracts;
using Vigil.Samples.QrOrdering.Data;
using Vigil.Samples.QrOrdering.Domain;
using Vigil.Samples.QrOrdering.Ordering;

namespace Vigil.Samples.QrOrdering.Api;

/// <summary>
/// The staff screens of one restaurant. The whole group requires the <see cref="StaffPolicies.OwnRestaurant"/> policy,
/// so staff of restaurant 7 get 403 on /api/restaurants/8/… before any handler runs.
/// </summary>
internal static class RestaurantStaffEndpoints
{
    public static void MapRestaurantStaffEndpoints(this RouteGroupBuilder restaurants)
    {
        var staff = restaurants.MapGroup("/{restaurantId:int}")
            .RequireAuthorization(StaffPolicies.OwnRestaurant)
            .WithTags("Staff");
        staff.MapGet("/orders", ListOrders);
        staff.MapGet("/reports/daily", GetDailyReport);
    }

    private static Results<Ok<PagedResponse<OrderView>>, ValidationProblem> ListOrders(
        int restaurantId, string? status, int? page, int? pageSize, OrderStore orders, OrderViews views)
    {
        var errors = new Dictionary<string, string[]>();
        OrderStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (OrderStatusNames.TryParse(status, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors["status"] = [$"status must be one of: {string.Join(", ", OrderStatusNames.All)}."];
            }
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var pagingErrors) || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.Concat(pagingErrors).ToDictionary());
        }

        var matching = orders.Where(o => o.RestaurantId == restaurantId && (wanted is null || o.Status == wanted));
        return TypedResults.Ok(paging.Apply(matching, views.From));
    }

    private static Results<Ok<DailyReport>, NotFound> GetDailyReport(
        int restaurantId, DateOnly? date, RestaurantCatalog catalog, OrderStore orders, TimeProvider time)
    {
        var restaurant = catalog.FindRestaurant(restaurantId);
        if (restaurant is null)
        {
            return TypedResults.NotFound();
        }

        var day = date ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var ordersThatDay = orders.Where(o => o.RestaurantId == restaurantId && DateOnly.FromDateTime(o.PlacedAt.UtcDateTime) == day);
        return TypedResults.Ok(DailyReportBuilder.Build(restaurant, day, ordersThatDay));
    }
}
