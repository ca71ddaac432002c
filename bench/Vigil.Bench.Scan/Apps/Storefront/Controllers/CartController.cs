using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Storefront.Controllers;

[Authorize]
public sealed class CartController : ApiControllerBase
{
    public override IActionResult Get(int id) => Ok(id);

    [HttpPost("{id:int}/items")]
    public IActionResult AddItem(int id, CartItem item) => Ok(item);

    [HttpPost("{id:int}/checkout")]
    public Task<IActionResult> CheckoutAsync(int id) => Task.FromResult<IActionResult>(Ok(id));
}

public sealed record CartItem(int ProductId, int Quantity);
