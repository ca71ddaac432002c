namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>The endpoint keys traffic statistics are grouped by: method plus route template.</summary>
public static class DemoEndpoints
{
    public const string ListRestaurants = "GET /api/restaurants";
    public const string GetMenu = "GET /api/restaurants/{restaurantId}/menu";
    public const string GetTable = "GET /api/tables/{qrToken}";
    public const string PlaceOrder = "POST /api/orders";
    public const string GetOrder = "GET /api/orders/{id}";
    public const string LookupCustomer = "GET /api/customers/lookup";
    public const string Pay = "POST /api/payments";
    public const string Login = "POST /api/auth/login";
    public const string ListRestaurantOrders = "GET /api/restaurants/{restaurantId}/orders";
    public const string UpdateOrderStatus = "PATCH /api/orders/{id}/status";
    public const string DailyReport = "GET /api/restaurants/{restaurantId}/reports/daily";
    public const string Health = "GET /health";
}
