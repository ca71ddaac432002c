// safe VG4005
using Microsoft.AspNetCore.Mvc;
namespace Cases;
public sealed class O28Controller : Controller
{
    [HttpGet("/go28")]
    public IActionResult Go(string input)
    {
        if (!Url.IsLocalUrl(input)) return BadRequest(); return Redirect(input);
    }
}
