// safe VG4006
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/o16")]
public sealed class O16Controller : Controller
{
    [HttpPost]
    public IActionResult Run(string input)
    {
        var s = new DirectorySearcher(); s.Filter = "(mail=*)"; _ = input;
        return Ok();
    }
}
