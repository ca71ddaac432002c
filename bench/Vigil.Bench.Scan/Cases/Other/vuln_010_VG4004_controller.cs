// vuln VG4004
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/o10")]
public sealed class O10Controller : Controller
{
    [HttpPost]
    public IActionResult Run(string input)
    {
        var r = new HttpClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://" + input + "/status")).Result;
        return Ok();
    }
}
