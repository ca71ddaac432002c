using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Vigil.Scan.Loading.MSBuild;

/// <summary>
/// The trees a <c>--msbuild</c> scan analyses, each with its project's compilation: the named projects' own C# documents
/// (not obj/'s generated ones, nor referenced projects', which only help binding), named relative to the scanned folder
/// as the default mode names them, and parsed with the scan's options.
/// </summary>
internal static class MsBuildCompilations
{
    public static async Task<(IReadOnlyList<(SyntaxTree Tree, Compilation Compilation)> Trees, IReadOnlyList<Compilation> Fallback)> OwnTreesAsync(
        Solution solution, IReadOnlyList<Project> targets, string baseDirectory, CancellationToken cancellationToken)
    {
        foreach (var project in solution.Projects.Where(p => p.ParseOptions is CSharpParseOptions))
        {
            solution = solution.WithProjectParseOptions(project.Id, ScanWorkspace.WithScanFeatures((CSharpParseOptions)project.ParseOptions!));
        }

        foreach (var project in targets)
        {
            foreach (var document in project.Documents.Where(d => d.FilePath is not null))
            {
                solution = solution.WithDocumentFilePath(document.Id, MsBuildLoader.Relative(baseDirectory, document.FilePath!));
            }
        }

        var trees = new List<(SyntaxTree, Compilation)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var project = solution.GetProject(target.Id)!;
            if (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
            {
                continue;
            }

            var projectDir = Path.GetDirectoryName(target.FilePath!)!;
            foreach (var document in target.Documents)
            {
                // Multi-targeted projects load once per framework and linked files appear in several projects: one tree each.
                if (document.FilePath is { } file && !Generated(projectDir, file) && seen.Add(file)
                    && await project.GetDocument(document.Id)!.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false) is { } tree)
                {
                    trees.Add((tree, compilation));
                }
            }
        }

        var all = new List<Compilation>();
        foreach (var project in solution.Projects)
        {
            if (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is { } compilation)
            {
                all.Add(compilation);
            }
        }

        return (trees, all);
    }

    // obj/ holds the SDK's generated global usings and assembly attributes: compiled, but not the target's code.
    private static bool Generated(string projectDir, string file)
    {
        var relative = Path.GetRelativePath(projectDir, file).Replace('\\', '/');
        return relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal);
    }
}
