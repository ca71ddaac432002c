using Microsoft.AspNetCore.Mvc;

namespace Storefront.Controllers;

public sealed class HttpGetV2Attribute : HttpGetAttribute
{
    public HttpGetV2Attribute(string template) : base("v2/" + template) { }
}

[ApiController]
[ApiVersion("1.0")]
[ApiVersion("2.0")]
[Route("api/v{version:apiVersion}/orders")]
public sealed class VersionedOrdersController : ControllerBase
{
    [HttpGet]
    public IActionResult List() => Ok();

    [HttpGet("{orderId:guid}")]
    public IActionResult Get(Guid orderId) => Ok(orderId);

    [HttpGetV2("summary")]
    public IActionResult Summary() => Ok();
}
