using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Storefront.Areas;

[Area("Admin")]
[Route("[area]/users")]
[Authorize(Policy = "Admins")]
public sealed class AdminUsersController : Controller
{
    [HttpGet]
    public IActionResult Index() => View();

    [HttpPost("{userId}/lock")]
    public IActionResult Lock(string userId) => Ok(userId);

    [HttpGet("export"), AllowAnonymous]
    public IActionResult Export() => Ok();
}
