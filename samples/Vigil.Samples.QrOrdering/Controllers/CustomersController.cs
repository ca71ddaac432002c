using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Vigil.Samples.QrOrdering.Contracts;
using Vigil.Samples.QrOrdering.Data;
using Vigil.Samples.QrOrdering.Ordering;

namespace Vigil.Samples.QrOrdering.Controllers;

[ApiController]
[Route("api/customers")]
public sealed class CustomersController(CustomerStore customers, OrderStore orders, RestaurantCatalog catalog) : ControllerBase
{
    private const int RecentOrderCount = 10;

    /// <summary>
    /// Pre-fills the order form so returning diners don't retype their details. DELIBERATE FLAW 2 (see README,
    /// "Customer lookup by phone number"): no authentication and no one-time code sent to the phone, so anyone who
    /// knows (or enumerates) a mobile number gets that person's name, e-mail and where and when they ate.
    /// </summary>
    [HttpGet("lookup")]
    [ProducesResponseType<CustomerProfile>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public ActionResult<CustomerProfile> Lookup([FromQuery, Required] string? phone)
    {
        if (PhoneNumbers.Normalize(phone) is null)
        {
            ModelState.AddModelError("phone", "Enter a mobile number, for example +91 98765 43210.");
            return ValidationProblem(ModelState);
        }

        var customer = customers.FindByPhone(phone!);
        if (customer is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No saved details for this number.");
        }

        var history = orders.Where(o => o.CustomerId == customer.Id);
        var recent = history.Take(RecentOrderCount)
            .Select(o => new CustomerOrderSummary(
                o.Id,
                o.RestaurantId,
                catalog.FindRestaurant(o.RestaurantId)?.Name ?? "",
                catalog.FindTable(o.TableId)?.Label ?? "",
                o.PlacedAt,
                o.Total,
                o.Currency,
                o.Status))
            .ToList();
        return new CustomerProfile(customer.Id, customer.Name, customer.Phone, customer.Email, customer.FirstSeenAt, history.Count, recent);
    }
}
