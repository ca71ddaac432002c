// safe VG4005
using Microsoft.AspNetCore.Mvc;
namespace Cases;
public sealed class O27Controller : Controller
{
    [HttpGet("/go27")]
    public IActionResult Go(string input)
    {
        return LocalRedirect(input);
    }
}
