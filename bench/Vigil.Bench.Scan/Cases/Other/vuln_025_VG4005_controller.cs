// vuln VG4005
using Microsoft.AspNetCore.Mvc;
namespace Cases;
public sealed class O25Controller : Controller
{
    [HttpGet("/go25")]
    public IActionResult Go(string input)
    {
        return Redirect(input);
    }
}
