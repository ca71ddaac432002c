using Microsoft.AspNetCore.Mvc;

namespace Storefront.Controllers;

// Conventionally routed: no attribute routes, reached through MapControllerRoute in Program.cs.
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();

    [HttpPost]
    public IActionResult Contact(string message) => View();

    private IActionResult NotAnAction() => View();
}
