// safe VG4003
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/o8")]
public sealed class O8Controller : Controller
{
    [HttpPost]
    public IActionResult Run(string input)
    {
        System.IO.File.Delete("/srv/uploads/fixed.txt"); _ = input;
        return Ok();
    }
}
