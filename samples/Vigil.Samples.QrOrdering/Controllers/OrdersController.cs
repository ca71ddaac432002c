using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vigil.Samples.QrOrdering.Auth;
using Vigil.Samples.QrOrdering.Contracts;
using Vigil.Samples.QrOrdering.Data;
using Vigil.Samples.QrOrdering.Ordering;

namespace Vigil.Samples.QrOrdering.Controllers;

/// <summary>Placing and tracking orders (diners) and moving them through the kitchen (staff).</summary>
[ApiController]
[Route("api/orders")]
public sealed class OrdersController(
    OrderPlacement placement, OrderStore orders, OrderViews views, IAuthorizationService authorization, TimeProvider time)
    : ControllerBase
{
    /// <summary>A diner places an order from the table whose QR code they scanned.</summary>
    [HttpPost]
    [ProducesResponseType<OrderView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public ActionResult<OrderView> Place(PlaceOrderRequest request)
    {
        var result = placement.Place(request);
        if (result.Order is null)
        {
            foreach (var (field, messages) in result.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }

            return ValidationProblem(ModelState);
        }

        return CreatedAtAction(nameof(GetById), new { id = result.Order.Id }, views.From(result.Order));
    }

    /// <summary>
    /// The diner's "track my order" page. DELIBERATE FLAW 1 (see README, "Order lookup by sequential id"):
    /// no authentication and no proof that the caller placed the order, while ids are sequential; anyone can
    /// walk 1001, 1002, … and read every diner's name, phone, e-mail and table.
    /// </summary>
    [HttpGet("{id:int}")]
    [ProducesResponseType<OrderView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public ActionResult<OrderView> GetById(int id)
    {
        var order = orders.Find(id);
        return order is null ? Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found.") : views.From(order);
    }

    /// <summary>Staff move an order of their own restaurant one step through the kitchen, or cancel it.</summary>
    [HttpPatch("{id:int}/status")]
    [Authorize(Policy = StaffPolicies.Staff)]
    [ProducesResponseType<OrderView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<OrderView>> UpdateStatus(int id, UpdateOrderStatusRequest request)
    {
        if (!OrderStatusNames.TryParse(request.Status, out var status))
        {
            ModelState.AddModelError("status", $"status must be one of: {string.Join(", ", OrderStatusNames.All)}.");
            return ValidationProblem(ModelState);
        }

        var order = orders.Find(id);
        if (order is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found.");
        }

        var allowed = await authorization.AuthorizeAsync(User, order.RestaurantId, StaffPolicies.OwnRestaurant);
        if (!allowed.Succeeded)
        {
            return Forbid();
        }

        var from = order.Status;
        var moved = false;
        var updated = orders.Update(id, current =>
        {
            // Re-checked under the store's lock: two waiters tapping the same order must not both win.
            from = current.Status;
            moved = OrderStatusFlow.CanMove(current.Status, status);
            return moved ? current with { Status = status, UpdatedAt = time.GetUtcNow() } : current;
        });

        return moved
            ? views.From(updated!)
            : Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Status change not allowed.",
                detail: $"An order that is {from.ToString().ToLowerInvariant()} cannot become {status.ToString().ToLowerInvariant()}.");
    }
}
