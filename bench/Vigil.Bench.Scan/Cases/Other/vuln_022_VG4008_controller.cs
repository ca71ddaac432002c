// vuln VG4008
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
using Microsoft.AspNetCore.Mvc;
namespace Cases;
[ApiController, Route("api/o22")]
public sealed class O22Controller : Controller
{
    [HttpPost]
    public IActionResult Run(string input)
    {
        var o = JsonConvert.DeserializeObject(input, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }); var t = Type.GetType(input);
        return Ok();
    }
}
