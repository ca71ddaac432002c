// vuln VG4005
using Microsoft.AspNetCore.Mvc;
namespace Cases;
public sealed class O26Controller : Controller
{
    [HttpGet("/go26")]
    public IActionResult Go(string input)
    {
        return RedirectPermanent("https://" + input);
    }
}
