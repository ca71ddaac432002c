// safe VG4007
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/o20")]
public sealed class O20Controller : Controller
{
    [HttpPost]
    public IActionResult Run(string input)
    {
        var n = new XmlDocument().SelectNodes("//order"); _ = input;
        return Ok();
    }
}
