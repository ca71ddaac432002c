using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Vigil.Samples.QrOrdering.Contracts;
using Vigil.Samples.QrOrdering.Data;
using Vigil.Samples.QrOrdering.Domain;
using Vigil.Samples.QrOrdering.Payments;

namespace Vigil.Samples.QrOrdering.Controllers;

/// <summary>
/// Card payment for an order. The card number is checked, passed to the (simulated) gateway and dropped: only brand
/// and last four digits are stored or returned, and no error message repeats what was typed.
/// </summary>
[ApiController]
[Route("api/payments")]
public sealed class PaymentsController(OrderStore orders, PaymentStore payments, TimeProvider time) : ControllerBase
{
    [HttpPost]
    [ProducesResponseType<PaymentResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status402PaymentRequired)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public ActionResult<PaymentResponse> Pay(PaymentRequest request)
    {
        var now = time.GetUtcNow();
        var digits = CardNumbers.DigitsOf(request.CardNumber);
        if (digits is null || !CardNumbers.PassesLuhn(digits))
        {
            ModelState.AddModelError("cardNumber", "The card number is not valid. Check the digits and try again.");
        }

        if (!CardExpiry.TryParse(request.Expiry, out var expiry))
        {
            ModelState.AddModelError("expiry", "Enter the expiry date as MM/YY.");
        }
        else if (expiry.HasPassed(now))
        {
            ModelState.AddModelError("expiry", "The card has expired.");
        }

        if (request.Cvv is not { Length: 3 or 4 } cvv || !cvv.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError("cvv", "The security code is the 3 or 4 digits on the back of the card.");
        }

        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }

        var order = orders.Find(request.OrderId);
        if (order is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found.");
        }

        if (request.Amount != order.Total)
        {
            ModelState.AddModelError("amount", $"The amount due for order {order.Id} is {order.Total} {order.Currency}.");
            return ValidationProblem(ModelState);
        }

        if (!TryClaimForPayment(order.Id))
        {
            return Problem(statusCode: StatusCodes.Status409Conflict, title: "This order is already paid or was cancelled.");
        }

        if (!SimulatedCardGateway.Approve(digits!))
        {
            orders.Update(order.Id, o => o with { IsPaid = false });
            return Problem(statusCode: StatusCodes.Status402PaymentRequired, title: "The card was declined.", detail: "Try another card.");
        }

        var payment = new Payment(
            "pay_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            order.Id, order.Total, order.Currency, CardNumbers.BrandOf(digits!), digits![^4..], now);
        payments.Add(payment);
        return StatusCode(
            StatusCodes.Status201Created,
            new PaymentResponse(payment.Id, order.Id, "captured", payment.Amount, payment.Currency, payment.CardBrand, payment.Last4));
    }

    // Marks the order paid under the store's lock before the gateway is called, so a double tap can't charge twice.
    private bool TryClaimForPayment(int orderId)
    {
        var claimed = false;
        orders.Update(orderId, o =>
        {
            claimed = !o.IsPaid && o.Status != OrderStatus.Cancelled;
            return claimed ? o with { IsPaid = true } : o;
        });
        return claimed;
    }
}
