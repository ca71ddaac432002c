using Vigil.Samples.QrOrdering.Api;

namespace Vigil.Samples.QrOrdering;

/// <summary>Every route of the sample: minimal-API groups, the MVC controllers, health, and the forgotten debug route.</summary>
internal static class QrOrderingEndpoints
{
    public static void MapQrOrderingEndpoints(this WebApplication app)
    {
        app.MapRestaurantEndpoints().MapRestaurantStaffEndpoints();
        app.MapTableEndpoints();
        app.MapAuthEndpoints();
        app.MapControllers();
        app.MapHealthChecks("/health");
        app.MapDebugEndpoints();
    }
}
