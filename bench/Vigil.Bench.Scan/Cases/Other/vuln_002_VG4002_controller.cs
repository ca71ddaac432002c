// vuln VG4002
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/o2")]
public sealed class O2Controller : Controller
{
    [HttpPost]
    public IActionResult Run(string input)
    {
        var psi = new ProcessStartInfo("sh", "-c " + input); Process.Start(psi);
        return Ok();
    }
}
