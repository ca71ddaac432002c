// safe VG4008
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/o24")]
public sealed class O24Controller : Controller
{
    [HttpPost]
    public IActionResult Run(string input)
    {
        var t = Type.GetType("System.String"); _ = input;
        return Ok();
    }
}
