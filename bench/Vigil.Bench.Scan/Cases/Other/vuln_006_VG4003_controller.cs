// vuln VG4003
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/o6")]
public sealed class O6Controller : Controller
{
    [HttpPost]
    public IActionResult Run(string input)
    {
        System.IO.File.Delete("/srv/uploads/" + input);
        return Ok();
    }
}
