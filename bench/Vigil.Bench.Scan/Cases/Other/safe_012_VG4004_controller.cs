// safe VG4004
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/o12")]
public sealed class O12Controller : Controller
{
    [HttpPost]
    public IActionResult Run(string input)
    {
        var body = new HttpClient().GetStringAsync("https://api.example.com/ping").Result; _ = input;
        return Ok();
    }
}
