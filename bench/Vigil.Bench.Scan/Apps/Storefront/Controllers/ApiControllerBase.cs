using Microsoft.AspNetCore.Mvc;

namespace Storefront.Controllers;

[ApiController]
[Route("api/[controller]")]
public abstract class ApiControllerBase : ControllerBase
{
    [HttpGet("{id:int}")]
    public virtual IActionResult Get(int id) => Ok(id);

    [HttpDelete("{id:int}")]
    public IActionResult Remove(int id) => NoContent();

    [NonAction]
    public IActionResult Helper() => Ok();
}
