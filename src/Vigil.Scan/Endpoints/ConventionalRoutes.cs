using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Scan.Loading;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// <c>MapControllerRoute</c>, <c>MapAreaControllerRoute</c> and <c>MapDefaultControllerRoute</c> patterns, best effort:
/// each conventionally routed action is listed once per pattern, with defaults and optional segments kept as written.
/// </summary>
internal static class ConventionalRoutes
{
    public const string Default = "{controller=Home}/{action=Index}/{id?}";

    public static IReadOnlyList<string> Find(ScanWorkspace workspace)
    {
        var patterns = new List<string>();
        foreach (var call in workspace.Index.Invocations)
        {
            var tree = call.SyntaxTree;
            var name = CallSites.NameOf(call.Expression);
            if (name is "MapDefaultControllerRoute" or "UseMvcWithDefaultRoute")
            {
                patterns.Add(Default);
            }
            else if (name is "MapControllerRoute" or "MapAreaControllerRoute" or "MapRoute")
            {
                var args = call.ArgumentList.Arguments;
                var pattern = args.FirstOrDefault(a => a.NameColon?.Name.Identifier.Text == "pattern")?.Expression
                    ?? (args.Count > (name == "MapAreaControllerRoute" ? 2 : 1) ? args[name == "MapAreaControllerRoute" ? 2 : 1].Expression : null);
                var area = name == "MapAreaControllerRoute" && args.Count > 1 ? GroupResolver.Constant(args[1].Expression, workspace.Model(tree)) : null;
                if (pattern is not null)
                {
                    var text = GroupResolver.Constant(pattern, workspace.Model(tree));
                    patterns.Add(area is null ? text : text.Replace("{area:exists}", area, StringComparison.OrdinalIgnoreCase).Replace("{area}", area, StringComparison.OrdinalIgnoreCase));
                }
            }
        }

        return [.. patterns.Distinct()];
    }
}
