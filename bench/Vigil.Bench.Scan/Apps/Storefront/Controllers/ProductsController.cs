using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Storefront.Controllers;

public sealed class ProductsController : ApiControllerBase
{
    [HttpGet]
    public IActionResult List([FromQuery] string? category) => Ok(category);

    [HttpPost, Authorize(Roles = "Admin")]
    public IActionResult Create(ProductInput input) => Ok(input);

    [HttpPut("{id:int}"), Authorize(Roles = "Admin")]
    public IActionResult Update(int id, ProductInput input) => Ok(input);

    [AcceptVerbs("GET", "HEAD", Route = "{id:int}/image")]
    public IActionResult Image(int id) => Ok(id);

    [HttpGet("~/catalog/featured")]
    public IActionResult Featured() => Ok();
}

public sealed record ProductInput(string Name, decimal Price);
