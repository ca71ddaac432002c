using Vigil.Samples.QrOrdering.Domain;
using Vigil.Samples.QrOrdering.Data.Seeding;
using Vigil.Samples.QrOrdering.Ordering;

namespace Vigil.Samples.QrOrdering.Traffic.Scenarios;

/// <summary>
/// A restaurant tablet refreshes its order board and moves a couple of orders along; managers also glance at the
/// day's report. Signs in when it has no token yet, occasionally mistyping the password first.
/// </summary>
internal sealed class StaffShiftVisit : IDemoScenario
{
    private const int MaxOrdersMovedPerRefresh = 2;

    public int Weight => 25;

    public async Task RunAsync(DemoVisit visit)
    {
        var staff = visit.Pick(visit.World.Staff);
        var client = ClientIdentity.StaffTablet(staff.RestaurantId);
        var token = await SignInAsync(visit, staff, client);
        if (token is null)
        {
            return;
        }

        var http = visit.Http;
        var ct = visit.CancellationToken;
        var basePath = $"/api/restaurants/{staff.RestaurantId}";
        var filter = visit.Chance(0.5) ? "&status=placed" : "";
        var board = await http.SendAsync(DemoEndpoints.ListRestaurantOrders, HttpMethod.Get, $"{basePath}/orders?pageSize=20{filter}", client, ct, bearerToken: token);
        if (board?.Status == StatusCodes.Status401Unauthorized)
        {
            visit.World.StaffTokens.TryRemove(staff.Id, out _);
            return;
        }

        var open = board?.Body.Array("items")
            .Select(o => (Id: o.Int("id"), Status: o.String("status")))
            .Where(o => o.Id is not null && OrderStatusNames.TryParse(o.Status, out var s) && OrderStatusFlow.Next(s) is not null)
            .Take(MaxOrdersMovedPerRefresh)
            .ToList() ?? [];
        foreach (var (id, status) in open)
        {
            OrderStatusNames.TryParse(status, out var current);
            var next = OrderStatusFlow.Next(current)!.Value.ToString().ToLowerInvariant();
            var moved = await http.SendAsync(
                DemoEndpoints.UpdateOrderStatus, HttpMethod.Patch, $"/api/orders/{id}/status", client, ct, new { status = next }, token);
            if (moved is null)
            {
                return;
            }
        }

        if (staff.Role == StaffRole.Manager && visit.Chance(0.5))
        {
            await http.SendAsync(DemoEndpoints.DailyReport, HttpMethod.Get, $"{basePath}/reports/daily", client, ct, bearerToken: token);
        }
    }

    private static async Task<string?> SignInAsync(DemoVisit visit, StaffMember staff, ClientIdentity client)
    {
        if (visit.World.StaffTokens.TryGetValue(staff.Id, out var cached))
        {
            return cached;
        }

        if (visit.Chance(0.05))
        {
            var wrong = new { email = staff.Email, password = StaffEmails.DemoPassword.ToUpperInvariant() };
            if (await visit.Http.SendAsync(DemoEndpoints.Login, HttpMethod.Post, "/api/auth/login", client, visit.CancellationToken, wrong) is null)
            {
                return null;
            }
        }

        var login = await visit.Http.SendAsync(
            DemoEndpoints.Login, HttpMethod.Post, "/api/auth/login", client, visit.CancellationToken,
            new { email = staff.Email, password = StaffEmails.DemoPassword });
        if (login?.Body.String("token") is not { } token)
        {
            return null;
        }

        visit.World.StaffTokens[staff.Id] = token;
        return token;
    }
}
