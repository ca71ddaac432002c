// safe VG4002
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/o4")]
public sealed class O4Controller : Controller
{
    [HttpPost]
    public IActionResult Run(string input)
    {
        var psi = new ProcessStartInfo("convert"); psi.ArgumentList.Add(input); Process.Start(psi);
        return Ok();
    }
}
