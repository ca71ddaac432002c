namespace Vigil.Scan.Tests.Analyzers;

public sealed class MassAssignmentAnalyzerTests
{
    [Fact]
    public void Detect_an_entity_with_privileged_properties_bound_from_the_body()
    {
        var findings = ScanOf.Sources("""
            using Microsoft.AspNetCore.Mvc;
            [ApiController, Route("users")]
            public class UsersController : ControllerBase
            {
                [HttpPut("{id}")] public IActionResult Update(int id, User user) => Ok();
            }
            public class User { public int Id { get; set; } public string Name { get; set; } = ""; public bool IsAdmin { get; set; } public decimal Balance { get; set; } }
            """).Findings;

        var finding = Assert.Single(findings, f => f.RuleId == "VG4103");
        Assert.Contains("IsAdmin, Balance", finding.Message, StringComparison.Ordinal);
        Assert.Equal(5, finding.Source!.Line);
    }

    [Fact]
    public void Safe_with_a_dto_of_client_fields_or_read_only_privileges()
    {
        var findings = ScanOf.Sources("""
            using Microsoft.AspNetCore.Mvc;
            [ApiController, Route("users")]
            public class UsersController : ControllerBase
            {
                [HttpPut("{id}")] public IActionResult Update(int id, UpdateUser user) => Ok();
                [HttpPost] public IActionResult Create(NewUser user) => Ok();
            }
            public record UpdateUser(string Name);
            public class NewUser { public string Name { get; set; } = ""; public bool IsAdmin { get; private set; } }
            """).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == "VG4103");
    }
}
