using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.MSBuild;

namespace Vigil.Scan.Loading.MSBuild;

/// <summary>
/// <c>--msbuild</c>: the target's projects evaluated by MSBuild (package references resolved, generators run) and analysed
/// with their own compilations. Fails with a message rather than falling back, so a user who asked for full fidelity
/// never silently gets the name-based scan.
/// </summary>
internal static class MsBuildLoader
{
    public static async Task<MsBuildLoad> LoadAsync(string path, int parallelism, Action<string>? log, CancellationToken cancellationToken)
    {
        var input = ScanInput.ResolveProjects(path);
        if (input.Files.Count == 0)
        {
            return MsBuildLoad.Failed(string.Join("; ", input.Errors));
        }

        if (MsBuildRegistration.EnsureRegistered() is { } sdkError)
        {
            return MsBuildLoad.Failed(sdkError);
        }

        return await OpenAsync(input, parallelism, log, cancellationToken).ConfigureAwait(false);
    }

    // Not inlined: the JIT must not see MSBuildWorkspace before the locator has registered.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<MsBuildLoad> OpenAsync(ScanFiles input, int parallelism, Action<string>? log, CancellationToken cancellationToken)
    {
        using var workspace = MSBuildWorkspace.Create();
        var diagnostics = new List<WorkspaceDiagnostic>();
#pragma warning disable CS0618 // WorkspaceFailed is the only failure channel MSBuildWorkspace 4.14 offers.
        workspace.WorkspaceFailed += (_, e) =>
        {
            lock (diagnostics)
            {
                diagnostics.Add(e.Diagnostic);
            }
        };
#pragma warning restore CS0618
        var progress = new LoadProgress(log);
        foreach (var file in input.Files)
        {
            if (workspace.CurrentSolution.Projects.Any(p => SamePath(p.FilePath, file)))
            {
                continue; // already loaded as another project's reference
            }

            try
            {
                await workspace.OpenProjectAsync(file, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or ArgumentException)
            {
                return MsBuildLoad.Failed($"{Relative(input.BaseDirectory, file)} could not be loaded: {e.Message}");
            }
        }

        var targets = workspace.CurrentSolution.Projects.Where(p => input.Files.Any(f => SamePath(p.FilePath, f))).ToList();
        if (NotEvaluated(input, targets, diagnostics) is { } failed)
        {
            return MsBuildLoad.Failed(failed);
        }

        if (targets.FirstOrDefault(p => !Restored(p)) is { } unrestored)
        {
            return MsBuildLoad.Failed($"{Relative(input.BaseDirectory, unrestored.FilePath!)} is not restored (no obj/project.assets.json): run `dotnet restore` on it first");
        }

        var trees = await MsBuildCompilations.OwnTreesAsync(workspace.CurrentSolution, targets, input.BaseDirectory, cancellationToken).ConfigureAwait(false);
        var warnings = diagnostics.Select(d => $"msbuild: {d.Message}").Distinct().ToList();
        return new MsBuildLoad(ScanWorkspace.FromCompilations(input.BaseDirectory, trees.Trees, trees.Fallback, warnings, parallelism), null);
    }

    // MSBuildWorkspace reports a project it cannot evaluate as a diagnostic and an empty project, not an exception.
    private static string? NotEvaluated(ScanFiles input, IReadOnlyList<Project> targets, IReadOnlyList<WorkspaceDiagnostic> diagnostics)
    {
        foreach (var file in input.Files)
        {
            var name = Path.GetFileName(file);
            var loaded = targets.Where(p => SamePath(p.FilePath, file)).ToList();
            var failure = diagnostics.FirstOrDefault(d => d.Kind == WorkspaceDiagnosticKind.Failure && d.Message.Contains(name, StringComparison.Ordinal));
            if (loaded.Count == 0 || (loaded.All(p => !p.Documents.Any()) && failure is not null))
            {
                var why = (failure ?? diagnostics.FirstOrDefault())?.Message.Replace(input.BaseDirectory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
                return $"{Relative(input.BaseDirectory, file)} did not evaluate: {why ?? "MSBuild returned no project"}";
            }
        }

        return null;
    }

    // A design-time build does not report a missing restore (the IDE restores behind it): the project comes back with
    // no package references and no diagnostic, and the analysis would quietly be the name-based one the user opted out
    // of. The SDK writes the assets file to obj/, or artifacts/obj/<project>/ with the artifacts layout.
    private static bool Restored(Project project)
    {
        var dir = Path.GetDirectoryName(project.FilePath!)!;
        if (File.Exists(Path.Combine(dir, "obj", "project.assets.json")))
        {
            return true;
        }

        var output = project.OutputFilePath?.Replace('\\', '/') ?? "";
        var artifacts = output.IndexOf("/artifacts/bin/", StringComparison.Ordinal);
        return artifacts >= 0
            && File.Exists(Path.Combine(output[..artifacts], "artifacts", "obj", Path.GetFileNameWithoutExtension(project.FilePath!), "project.assets.json"));
    }

    internal static string Relative(string baseDirectory, string file) => Path.GetRelativePath(baseDirectory, file).Replace('\\', '/');

    private static bool SamePath(string? a, string b) => a is not null && string.Equals(Path.GetFullPath(a), b, StringComparison.Ordinal);

    /// <summary>Each project step on its own line: evaluation and the design-time build take seconds per project.</summary>
    private sealed class LoadProgress(Action<string>? log) : IProgress<ProjectLoadProgress>
    {
        public void Report(ProjectLoadProgress value) =>
            log?.Invoke($"msbuild: {value.Operation.ToString().ToLowerInvariant()} {Path.GetFileName(value.FilePath)}{(value.TargetFramework is { } tfm ? $" ({tfm})" : "")} {value.ElapsedTime.TotalSeconds:0.0} s");
    }
}

/// <summary>The loaded target, or why it could not be loaded.</summary>
internal sealed record MsBuildLoad(ScanWorkspace? Workspace, string? Error)
{
    public static MsBuildLoad Failed(string error) => new(null, error);
}
